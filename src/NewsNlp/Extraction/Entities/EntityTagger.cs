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

    /// <summary>Logical name of the embedded model for documents written in capitals (trained on CoNLL-2003 upper-cased).</summary>
    public const string CapitalsResourceName = "NewsNlp.Models/ner-conll2003-caps.bin";

    private const int L = EntityLabels.Count;

    // The capitals model is read only when a document in capitals comes: ordinary news never loads it.
    private static readonly Lazy<EntityTagger> CapitalsInstance = new(() => new EntityTagger(LoadEmbeddedModel(CapitalsResourceName), EntityGazetteer.Default));

    private static readonly Lazy<EntityTagger> Instance = new(() => new EntityTagger(LoadEmbeddedModel(), EntityGazetteer.Default) { capitals = CapitalsInstance });

    [ThreadStatic]
    private static TaggerScratch? scratch;

    private readonly EntityGazetteer gazetteer;
    private readonly WordClusters clusters;
    private readonly Pass first;

    // The second pass of a stacked model: its weights interleaved with the first pass's.
    private readonly PairedWeights? paired;
    private readonly float secondScale;
    private readonly float[]? secondTransitions;

    // The tagger of documents written in capitals, where case says nothing about names; null: this model tags them too.
    private Lazy<EntityTagger>? capitals;

    /// <summary>Creates a tagger over <paramref name="model"/> with the embedded word clusters.</summary>
    public EntityTagger(NerModel model, EntityGazetteer gazetteer)
        : this(model, gazetteer, WordClusters.Default)
    {
    }

    /// <summary>Creates a tagger over <paramref name="model"/> and the word clusters it was trained with.</summary>
    public EntityTagger(NerModel model, EntityGazetteer gazetteer, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(model);
        first = new Pass(model);
        if (model.SecondPass is { } second)
        {
            paired = new PairedWeights(model, second);
            secondScale = second.Scale;
            secondTransitions = second.Transitions;
        }
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /// <summary>The tagger with the embedded model trained on CoNLL-2003 (and its capitals model for documents in capitals).</summary>
    public static EntityTagger Default => Instance.Value;

    /// <summary>The tagger of documents in capitals alone (the embedded model trained on CoNLL-2003 upper-cased).</summary>
    public static EntityTagger Capitals => CapitalsInstance.Value;

    /// <summary>
    /// Tags every sentence of <paramref name="document"/> and returns the entities in text order. A document
    /// written wholly in capitals (<see cref="Document.IsWrittenInCapitals"/>) goes to the capitals model when
    /// this tagger has one: the ordinary model, trained on mixed case, finds a third of the names there.
    /// </summary>
    public EntitySpan[] Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (capitals is not null && document.IsWrittenInCapitals)
        {
            return capitals.Value.Tag(document);
        }

        TaggerScratch s = scratch ??= new TaggerScratch();
        s.EnsureDocument(document.Tokens.Length);
        Span<byte> all = s.DocumentLabels.AsSpan(0, document.Tokens.Length);
        TagDocument(document.Text, document.Tokens, document.Sentences, all);
        List<EntitySpan> spans = s.Spans;
        spans.Clear();
        foreach (Sentence sentence in document.Sentences)
        {
            EntityLabels.ToSpans(all.Slice(sentence.FirstToken, sentence.TokenCount), sentence.FirstToken, spans);
        }

        return [.. spans];
    }

    /// <summary>
    /// Writes one label per token of a whole document into <paramref name="labels"/>: the first
    /// pass, the second pass over the first pass's labels when the model is stacked, then
    /// <see cref="DocumentConsistency"/>.
    /// </summary>
    public void TagDocument(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<byte> labels)
    {
        TaggerScratch s = scratch ??= new TaggerScratch();
        DocumentFeatures context = s.Document;
        context.Clear();

        // Each word is hashed and looked up once: the document features and both passes read it.
        s.EnsureTokens(tokens.Length);
        Span<TokenInfo> info = s.DocumentInfo.AsSpan(0, tokens.Length);
        NerFeatures.PrepareWords(text, tokens, info, gazetteer);
        foreach (Sentence sentence in sentences)
        {
            context.Add(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), info.Slice(sentence.FirstToken, sentence.TokenCount));
        }

        labels.Clear();
        if (paired is null)
        {
            foreach (Sentence sentence in sentences)
            {
                ReadOnlySpan<Token> sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
                Span<TokenInfo> words = info.Slice(sentence.FirstToken, sentence.TokenCount);
                bool allCaps = NerFeatures.PrepareContext(text, sentenceTokens, words, clusters, context);
                TagFirstPass(text, sentenceTokens, words, allCaps, labels.Slice(sentence.FirstToken, sentence.TokenCount));
            }
        }
        else
        {
            TagTwoPasses(text, tokens, sentences, labels, context, s);
        }

        s.Consistency.Apply(text, tokens, labels, gazetteer);
    }

    /// <summary>
    /// Writes the first pass's label for every token of a sentence into <paramref name="labels"/>;
    /// <paramref name="context"/> is what the rest of the document says, or null.
    /// </summary>
    public void TagSentence(string text, ReadOnlySpan<Token> tokens, Span<byte> labels, DocumentFeatures? context = null)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        TaggerScratch s = scratch ??= new TaggerScratch();
        s.Ensure(n);
        Span<TokenInfo> info = s.Info.AsSpan(0, n);
        bool allCaps = NerFeatures.Prepare(text, tokens, info, gazetteer, clusters, context);
        TagFirstPass(text, tokens, info, allCaps, labels);
    }

    // The first pass over a sentence whose words are prepared (the document path prepares them once for the whole article).
    private void TagFirstPass(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenInfo> info, bool allCaps, Span<byte> labels)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        TaggerScratch s = scratch ??= new TaggerScratch();
        s.Ensure(n);
        Span<float> emissions = s.Emissions.AsSpan(0, n * L);
        Span<int> rows = stackalloc int[NerFeatures.MaxPerToken];
        for (int i = 0; i < n; i++)
        {
            int count = NerFeatures.Extract(text, tokens, info, i, allCaps, first.Mask, rows);
            first.Weights.Score(rows[..count], first.Scale, emissions.Slice(i * L, L));
        }

        Viterbi.Decode(emissions, n, first.Transitions, s.Back.AsSpan(0, n * L), labels);
    }

    // The stacked tagger. The second pass's features are the first pass's plus those of the first
    // pass's labels, and both passes hash into tables of one size: one read of an interleaved row
    // gives both passes' weights of a first-pass feature, the second pass's sums wait per token,
    // and the second pass adds only its own dozen features. Integer sums: the same scores as
    // scoring each pass's features in its own table. The rows of token i + 1 are located (and
    // prefetched) before token i is summed, so the table's cache misses overlap with hashing.
    private void TagTwoPasses(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<byte> labels, DocumentFeatures context, TaggerScratch s)
    {
        PairedWeights weights = paired!;
        Span<TokenInfo> allInfo = s.DocumentInfo.AsSpan(0, tokens.Length);
        Span<int> secondSums = s.SecondSums.AsSpan(0, tokens.Length * L);
        Span<int> rows = stackalloc int[NerFeatures.MaxPerToken];
        Span<int> nextRows = stackalloc int[NerFeatures.MaxPerToken];
        Span<int> firstSums = stackalloc int[L];
        foreach (Sentence sentence in sentences)
        {
            int n = sentence.TokenCount;
            if (n == 0)
            {
                continue;
            }

            ReadOnlySpan<Token> sentenceTokens = tokens.Slice(sentence.FirstToken, n);
            Span<TokenInfo> info = allInfo.Slice(sentence.FirstToken, n);
            bool allCaps = NerFeatures.PrepareContext(text, sentenceTokens, info, clusters, context);
            s.Ensure(n);
            Span<float> emissions = s.Emissions.AsSpan(0, n * L);
            int count = NerFeatures.Extract(text, sentenceTokens, info, 0, allCaps, first.Mask, rows);
            weights.Locate(rows[..count]);
            for (int i = 0; i < n; i++)
            {
                int nextCount = 0;
                if (i + 1 < n)
                {
                    nextCount = NerFeatures.Extract(text, sentenceTokens, info, i + 1, allCaps, first.Mask, nextRows);
                    weights.Locate(nextRows[..nextCount]);
                }

                weights.SumBoth(rows[..count], firstSums, secondSums.Slice((sentence.FirstToken + i) * L, L));
                Scale(firstSums, first.Scale, emissions.Slice(i * L, L));
                Span<int> swap = rows;
                rows = nextRows;
                nextRows = swap;
                count = nextCount;
            }

            Viterbi.Decode(emissions, n, first.Transitions, s.Back.AsSpan(0, n * L), labels.Slice(sentence.FirstToken, n));
        }

        Span<byte> firstPass = s.FirstPassLabels.AsSpan(0, tokens.Length);
        labels.CopyTo(firstPass);
        s.Votes.Collect(text, tokens, firstPass);
        foreach (Sentence sentence in sentences)
        {
            int n = sentence.TokenCount;
            if (n == 0)
            {
                continue;
            }

            Span<TokenInfo> info = allInfo.Slice(sentence.FirstToken, n);
            s.Votes.Fill(firstPass.Slice(sentence.FirstToken, n), info);
            s.Ensure(n);
            Span<float> emissions = s.Emissions.AsSpan(0, n * L);
            for (int i = 0; i < n; i++)
            {
                Span<int> sums = secondSums.Slice((sentence.FirstToken + i) * L, L);
                int count = NerFeatures.ExtractSecondPass(info, i, first.Mask, rows, 0);
                weights.AddSecond(rows[..count], sums);
                Scale(sums, secondScale, emissions.Slice(i * L, L));
            }

            Viterbi.Decode(emissions, n, secondTransitions!, s.Back.AsSpan(0, n * L), labels.Slice(sentence.FirstToken, n));
        }
    }

    private static void Scale(ReadOnlySpan<int> sums, float scale, Span<float> scores)
    {
        for (int y = 0; y < L; y++)
        {
            scores[y] = sums[y] * scale;
        }
    }

    /// <summary>Reads an embedded model, by default the ordinary one (a fresh copy with its full weight table, for training tools and tests).</summary>
    public static NerModel LoadEmbeddedModel(string resourceName = ResourceName)
    {
        using Stream? stream = ResourceFile.TryOpen(resourceName);
        return stream is null
            ? new NerModel(10, new short[(1 << 10) * L], 1f, new float[(L + 1) * L])
            : NerModel.Load(stream);
    }

    // Only what tagging reads is kept: the full hashed table (4.7 MB) is packed and then let go.
    private sealed class Pass(NerModel model)
    {
        public readonly PackedWeights Weights = new(model);
        public readonly int Mask = model.Mask;
        public readonly float Scale = model.Scale;
        public readonly float[] Transitions = model.Transitions;
    }
}
