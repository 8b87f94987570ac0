using NewsNlp.Extraction.Entities;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Tagging;

/// <summary>
/// The learned trigger tagger: for every word of a sentence, the probability that it expresses an event of each type
/// (<see cref="TriggerTaggerModel"/> over <see cref="TriggerTaggerFeatures"/>), trained on the trigger spans of the event corpus.
/// It proposes the triggers the lexicon misses ("retook the town", "clashes", "lodged a protest"): words of a type the lexicon
/// found nothing of in the sentence, outside the lexicon's own matches. The proposals then pass the same rules, scope gate,
/// argument finding and verifier as the lexicon's triggers. Thread-safe; allocates nothing per token.
/// </summary>
internal static class TriggerTagger
{
    /// <summary>The text of a proposal's pattern (the verifier reads it as the trigger's name).</summary>
    public const string PatternText = "(tagger)";

    private const string ResourceName = "NewsNlp.Models/event-triggers.bin";

    // One pattern per type, shared by all proposals: a proposal names one or more words, none of them a lexicon phrase.
    private static readonly TriggerPattern[] Patterns =
        [.. EventTaxonomy.TypeNames.Select(type => new TriggerPattern(type, [[]], Weak: false, Mutual: false, PatternText))];

    private static readonly WordClassSet ForceSet = default(WordClassSet).With(EventWords.ArmedForceWords.Id).With(EventWords.UnnamedForceNouns.Id);

    // Words that put a sentence in armed conflict: an armed force or a conflict word ("rebels", "war", "troops").
    private static readonly WordClassSet ConflictContextSet = ForceSet.With(EventWords.ConflictWords.Id);

    private static readonly Lazy<TriggerTaggerModel?> DefaultModel = new(() =>
    {
        using Stream? stream = ResourceFile.TryOpen(ResourceName);
        return stream is null ? null : TriggerTaggerModel.Load(stream);
    });

    /// <summary>
    /// The types the tagger proposes. In the cross-validation by article (Resources/Models/event-triggers.md, p >= 0.7) proposals of
    /// strike were right 22 of 28, appeal 4 of 4, accusation 9 of 13, mobilization 12 of 21, the other six types 0 of 6; but over
    /// ordinary news (39 added events judged by hand, Events/README.md) only strike held up: 8 of 12 right, against accusation 6 of
    /// 13, mobilization 3 of 9, appeal 0 of 2 ("maintained naval contingents", a Senate urging its president, a hunger strike).
    /// </summary>
    private static readonly int ProposingTypes = TypeBit(EventTaxonomy.Strike);

    [ThreadStatic]
    private static uint[]? scratch;

    /// <summary>The shipped model; null when the library carries none.</summary>
    public static TriggerTaggerModel? Default => DefaultModel.Value;

    /// <summary>
    /// Adds to <paramref name="output"/> the triggers <paramref name="model"/> finds in <paramref name="sentence"/> at probability
    /// <paramref name="floor"/> or more, of types in none of <paramref name="lexicon"/>'s matches and outside them; adjacent words
    /// of one type make one trigger.
    /// </summary>
    public static void Propose(TriggerTaggerModel model, Document document, Sentence sentence, ActorIndex index, List<TriggerMatch> lexicon, float floor, List<TriggerMatch> output)
    {
        int excludedTypes = ~ProposingTypes;
        foreach (TriggerMatch match in lexicon)
        {
            excludedTypes |= 1 << EventTaxonomy.IndexOf(match.Type);
        }

        if (excludedTypes == ~0)
        {
            return; // the lexicon already found every type the tagger may propose
        }

        // It proposes strikes, which need a sentence of armed conflict. Most news sentences name no force and no conflict word, and
        // scoring each of their words cost ordinary news a quarter of its extraction time.
        if (!InConflictContext(document, sentence))
        {
            return;
        }

        int n = sentence.TokenCount;
        Span<uint> buffer = Scratch(3 * n);
        Span<uint> words = buffer[..n], stems = buffer.Slice(n, n), clusters = buffer.Slice(2 * n, n);
        TriggerTaggerFeatures.Prepare(document, sentence, words, stems, clusters);
        (int firstMention, int lastMention, bool force) = Participants(document, sentence, index);
        Span<int> features = stackalloc int[TriggerTaggerFeatures.MaxFeatures];
        Span<float> probabilities = stackalloc float[TriggerTaggerModel.Labels];
        int open = -1;
        for (int i = 0; i < n; i++)
        {
            int token = sentence.FirstToken + i;
            int type = -1;
            if (words[i] != TriggerTaggerFeatures.NoWord && MayTrigger(document, sentence, token) && !Covered(lexicon, token))
            {
                int parties = PartyBits(token, firstMention, lastMention, force);
                int count = TriggerTaggerFeatures.Collect(document, sentence, token, words, stems, clusters, lexicon, parties, features);
                model.Score(features[..count], probabilities);
                type = Best(probabilities, floor, excludedTypes);
            }

            if (open >= 0 && output[open].Type == (type < 0 ? null : EventTaxonomy.TypeNames[type]) && output[open].LastToken == token - 1)
            {
                output[open] = output[open] with { LastToken = token };
                continue;
            }

            open = -1;
            if (type >= 0)
            {
                open = output.Count;
                output.Add(new TriggerMatch(Patterns[type], token, token));
            }
        }
    }

    /// <summary>Inserts each of <paramref name="proposals"/> into <paramref name="triggers"/> before the first trigger that starts after it (so candidates keep text order).</summary>
    public static void InsertInTextOrder(List<TriggerMatch> proposals, List<TriggerMatch> triggers)
    {
        foreach (TriggerMatch proposal in proposals)
        {
            int at = triggers.FindIndex(t => t.FirstToken > proposal.FirstToken);
            triggers.Insert(at < 0 ? triggers.Count : at, proposal);
        }
    }

    /// <summary>
    /// Where the sentence's participants stand: the first token of its first and of its last participant mention (-1 when none),
    /// and whether an armed-force word is in it. The features read them per token (<see cref="PartyBits"/>).
    /// </summary>
    public static (int First, int Last, bool Force) Participants(Document document, Sentence sentence, ActorIndex index)
    {
        int first = -1, last = -1;
        for (int m = index.FirstAtOrAfter(sentence.FirstToken); m < index.Mentions.Length && index.Mentions[m].FirstToken < sentence.EndToken; m++)
        {
            first = first < 0 ? index.Mentions[m].FirstToken : first;
            last = index.Mentions[m].FirstToken;
        }

        bool force = false;
        WordClassLayer layer = WordClassLayer.Of(document);
        for (int t = sentence.FirstToken; t < sentence.EndToken && !force; t++)
        {
            force = layer[t].Overlaps(ForceSet);
        }

        return (first, last, force);
    }

    /// <summary>True when a word of <paramref name="sentence"/> names an armed force or is a conflict word.</summary>
    public static bool InConflictContext(Document document, Sentence sentence)
    {
        WordClassLayer layer = WordClassLayer.Of(document);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (layer[t].Overlaps(ConflictContextSet))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bit 0: a participant before the token; bit 1: one after it; bit 2: an armed-force word in the sentence.</summary>
    public static int PartyBits(int token, int firstMention, int lastMention, bool force) =>
        (firstMention >= 0 && firstMention < token ? 1 : 0) | (lastMention > token ? 2 : 0) | (force ? 4 : 0);

    /// <summary>The type (index into <see cref="EventTaxonomy.TypeNames"/>) of the likeliest label when it is a type at <paramref name="floor"/> or more and not in <paramref name="excludedTypes"/>; else -1.</summary>
    private static int Best(ReadOnlySpan<float> probabilities, float floor, int excludedTypes)
    {
        int best = 0;
        for (int l = 1; l < probabilities.Length; l++)
        {
            best = probabilities[l] > probabilities[best] ? l : best;
        }

        int type = best - 1;
        return best > 0 && probabilities[best] >= floor && (excludedTypes & (1 << type)) == 0 ? type : -1;
    }

    /// <summary>
    /// Words the tagger does not score, to stay cheap: words of one or two letters ("of", "to", "a") and, in prose, capitalised
    /// words inside the sentence (names; a bulletin written in capitals keeps its words). The model still reads them as context.
    /// </summary>
    private static bool MayTrigger(Document document, Sentence sentence, int token)
    {
        Token t = document.Tokens[token];
        ReadOnlySpan<char> word = document.Span(t);
        return word.Length > 2 && (token == sentence.FirstToken || sentence.Kind != SentenceKind.Prose || !char.IsUpper(word[0]) || !FeatureHash.HasLowerAscii(word[1..]));
    }

    private static int TypeBit(string type) => 1 << EventTaxonomy.IndexOf(type);

    private static bool Covered(List<TriggerMatch> lexicon, int token)
    {
        foreach (TriggerMatch match in lexicon)
        {
            if (token >= match.FirstToken && token <= match.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    private static Span<uint> Scratch(int length)
    {
        if (scratch is null || scratch.Length < length)
        {
            scratch = new uint[Math.Max(length, 256)];
        }

        return scratch.AsSpan(0, length);
    }
}
