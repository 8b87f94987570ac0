using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The named-entity tagger: an averaged perceptron over hashed features with Viterbi decoding,
/// labelling tokens as PER, LOC, ORG or MISC, then made consistent over the document
/// (<see cref="DocumentConsistency"/>). Shared by every stage that needs names.
/// Thread-safe: the model is read-only and scratch buffers are per thread; tagging allocates
/// nothing per token.
/// </summary>
internal sealed class EntityTagger
{
    /// <summary>Logical name of the embedded model.</summary>
    public const string ResourceName = "NewsNlp.Models/ner-conll2003.bin";

    private const int L = EntityLabels.Count;

    private static readonly Lazy<EntityTagger> Instance = new(() => new EntityTagger(LoadEmbeddedModel(), EntityGazetteer.Default));

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly EntityGazetteer gazetteer;
    private readonly WordClusters clusters;
    private readonly PackedWeights weights;

    // Only what tagging reads is kept: the full hashed table (4.7 MB) is packed and then let go.
    private readonly int mask;
    private readonly float scale;
    private readonly float[] transitions;

    /// <summary>Creates a tagger over <paramref name="model"/> with the embedded word clusters.</summary>
    public EntityTagger(NerModel model, EntityGazetteer gazetteer)
        : this(model, gazetteer, WordClusters.Default)
    {
    }

    /// <summary>Creates a tagger over <paramref name="model"/> and the word clusters it was trained with.</summary>
    public EntityTagger(NerModel model, EntityGazetteer gazetteer, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(model);
        weights = new PackedWeights(model);
        mask = model.Mask;
        scale = model.Scale;
        transitions = model.Transitions;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /// <summary>The tagger with the embedded model trained on CoNLL-2003.</summary>
    public static EntityTagger Default => Instance.Value;

    /// <summary>Tags every sentence of <paramref name="document"/> and returns the entities in text order.</summary>
    public EntitySpan[] Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Scratch s = scratch ??= new Scratch();
        List<EntitySpan> spans = s.Spans;
        spans.Clear();
        DocumentFeatures context = s.Document;
        context.Clear();
        foreach (Sentence sentence in document.Sentences)
        {
            context.Add(document.Text, document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), gazetteer);
        }

        s.EnsureDocument(document.Tokens.Length);
        Span<byte> all = s.DocumentLabels.AsSpan(0, document.Tokens.Length);
        all.Clear();
        foreach (Sentence sentence in document.Sentences)
        {
            ReadOnlySpan<Token> tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            TagSentence(document.Text, tokens, all.Slice(sentence.FirstToken, sentence.TokenCount), context);
        }

        s.Consistency.Apply(document.Text, document.Tokens, all, gazetteer);
        foreach (Sentence sentence in document.Sentences)
        {
            EntityLabels.ToSpans(all.Slice(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, spans);
        }

        return [.. spans];
    }

    /// <summary>
    /// Writes one label per token of a sentence into <paramref name="labels"/>;
    /// <paramref name="context"/> is what the rest of the document says, or null.
    /// </summary>
    public void TagSentence(string text, ReadOnlySpan<Token> tokens, Span<byte> labels, DocumentFeatures? context = null)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        Scratch s = scratch ??= new Scratch();
        s.Ensure(n);
        Span<TokenInfo> info = s.Info.AsSpan(0, n);
        bool allCaps = NerFeatures.Prepare(text, tokens, info, gazetteer, clusters, context);
        Span<float> emissions = s.Emissions.AsSpan(0, n * L);
        Span<int> rows = stackalloc int[NerFeatures.MaxPerToken];
        for (int i = 0; i < n; i++)
        {
            int count = NerFeatures.Extract(text, tokens, info, i, allCaps, mask, rows);
            weights.Score(rows[..count], scale, emissions.Slice(i * L, L));
        }

        Viterbi.Decode(emissions, n, transitions, s.Back.AsSpan(0, n * L), labels);
    }

    /// <summary>Reads the embedded model (a fresh copy with its full weight table, for training tools and tests).</summary>
    public static NerModel LoadEmbeddedModel()
    {
        using Stream? stream = ResourceFile.TryOpen(ResourceName);
        return stream is null
            ? new NerModel(10, new short[(1 << 10) * L], 1f, new float[(L + 1) * L])
            : NerModel.Load(stream);
    }

    private sealed class Scratch
    {
        public TokenInfo[] Info = new TokenInfo[256];
        public float[] Emissions = new float[256 * L];
        public byte[] Back = new byte[256 * L];
        public byte[] Labels = new byte[256];
        public DocumentFeatures Document = new();
        public List<EntitySpan> Spans = new(64);   // the result is copied out, so one list serves every document
        public byte[] DocumentLabels = new byte[1024];
        public DocumentConsistency Consistency = new();

        public void EnsureDocument(int n)
        {
            if (DocumentLabels.Length < n)
            {
                DocumentLabels = new byte[Math.Max(n, DocumentLabels.Length * 2)];
            }
        }

        public void Ensure(int n)
        {
            if (Info.Length < n)
            {
                int size = Math.Max(n, Info.Length * 2);
                Info = new TokenInfo[size];
                Emissions = new float[size * L];
                Back = new byte[size * L];
                Labels = new byte[size];
            }
        }
    }
}
