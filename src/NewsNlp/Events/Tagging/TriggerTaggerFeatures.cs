using NewsNlp.Extraction.Entities;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Tagging;

/// <summary>
/// The features of the trigger tagger (<see cref="TriggerTagger"/>) for one token: the word, its crude stem, its word clusters,
/// its shape, the words and clusters around it, the trigger lexicon's patterns and matches at it, the event stage's word classes
/// of the word and of its context (negation, modality, conflict, business), and whether participants stand before or after it in
/// the sentence. Training (<c>train-event-triggers</c>) and inference read them through this one type, so both see the same
/// numbers. A sentence's words are hashed once (<see cref="Prepare"/>); a token's features go into a caller's span, so scoring
/// allocates nothing.
/// </summary>
internal static class TriggerTaggerFeatures
{
    /// <summary>Number of hash buckets (2^16).</summary>
    public const int Dimension = 1 << 16;

    /// <summary>The most features one token can have: the span a caller passes must be at least this long.</summary>
    public const int MaxFeatures = 128;

    /// <summary>
    /// Context read around the token: five words before it hold "refused to", "was expected to", "plans to" or the subject; two after
    /// it hold the object's first words ("set up observation posts", "lodged a protest").
    /// </summary>
    public static readonly TokenWindow Reach = new(5, 5);

    private const uint WordSeed = 0x3C6EF372;

    /// <summary>Classes of the word itself: what kind of word it is for the event rules.</summary>
    private static readonly WordClass[] OwnClasses =
    [
        EventWords.ConflictWords, EventWords.ArmedForceWords, EventWords.UnnamedForceNouns, EventWords.SayVerbs, EventWords.Business,
        EventWords.EconomicWords, EventWords.LabourWords, EventWords.OtherSense, EventWords.DisasterWords, EventWords.DowngradeWords,
        EventWords.TradeMeasureWords, EventWords.DealNouns, EventWords.TitleWords, EventWords.PlanNouns, EventWords.TalksProposalNouns,
        EventWords.CountermeasureWords, EventWords.BackReferenceWords, NewsNlp.Lexicons.Lexicon.Default.Class("events/strike-nouns"),
    ];

    /// <summary>Classes read in the words before the token: negation, modality, plans, hearsay.</summary>
    private static readonly WordClass[] ContextClasses =
    [
        EventWords.Irrealis, EventWords.NegatingVerbs, EventWords.FutureAuxiliaries, EventWords.FutureModals, EventWords.ConditionalModals,
        EventWords.SubjectModals, EventWords.PlanNouns, EventWords.PlanAdjectives, EventWords.HearsayWords, EventWords.BackReferenceWords,
        EventWords.DirectedPrepositions, EventWords.Business, EventWords.ArmedForceWords,
    ];

    private static readonly WordClassSet OwnSet = OwnClasses.Aggregate(default(WordClassSet), (set, c) => set.With(c.Id));
    private static readonly WordClassSet ContextSet = ContextClasses.Aggregate(default(WordClassSet), (set, c) => set.With(c.Id));

    // Template keys: each feature is its template's key mixed with a value.
    private const uint WordKey = 1, StemKey = 2, ClusterKey = 3, ShapeKey = 4, PreviousKey = 5, NextKey = 6, BeforeKey = 7, AfterKey = 8,
        BigramKey = 9, PreviousBigramKey = 10, LexiconStartKey = 11, LexiconInsideKey = 12, OwnClassKey = 13, BeforeClassKey = 14,
        AfterClassKey = 15, PartyKey = 16, ForceKey = 17, NeighbourClusterKey = 18, BiasKey = 19, WordPartyKey = 20;

    /// <summary>The token is no word: no features and no proposal.</summary>
    public const uint NoWord = 0;

    /// <summary>
    /// Hashes the words of <paramref name="sentence"/> once: for every token, its word hash (<see cref="NoWord"/> for punctuation and
    /// numbers), its stem hash and its packed clusters (<see cref="WordClusters"/>), at the token's offset in the sentence.
    /// </summary>
    public static void Prepare(Document document, Sentence sentence, Span<uint> words, Span<uint> stems, Span<uint> clusters)
    {
        WordClusters table = WordClusters.Default;
        for (int i = 0; i < sentence.TokenCount; i++)
        {
            Token token = document.Tokens[sentence.FirstToken + i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic))
            {
                words[i] = stems[i] = clusters[i] = NoWord;
                continue;
            }

            ReadOnlySpan<char> word = document.Span(token);
            uint hash = SentenceFeaturizer.Hash(word, WordSeed);
            words[i] = hash == NoWord ? 1 : hash;
            int stem = SentenceFeaturizer.StemLength(word);
            stems[i] = stem < word.Length ? SentenceFeaturizer.Hash(word[..stem], WordSeed) : words[i];
            clusters[i] = table.Get(FeatureHash.Lower(word));
        }
    }

    /// <summary>The features of token <paramref name="token"/> (a document index) into <paramref name="output"/>; returns their number.</summary>
    /// <param name="document">The article.</param>
    /// <param name="sentence">The token's sentence.</param>
    /// <param name="token">The token, a document index inside <paramref name="sentence"/>; a word (its prepared hash is not <see cref="NoWord"/>).</param>
    /// <param name="words">The sentence's word hashes (<see cref="Prepare"/>).</param>
    /// <param name="stems">The sentence's stem hashes.</param>
    /// <param name="clusters">The sentence's packed clusters.</param>
    /// <param name="lexicon">The trigger lexicon's matches in the sentence.</param>
    /// <param name="parties">The sentence's participants: bit 0 a mention before the token, bit 1 after it, bit 2 an armed-force word anywhere.</param>
    /// <param name="output">Receives the bucket indexes; at least <see cref="MaxFeatures"/> long.</param>
    public static int Collect(Document document, Sentence sentence, int token, ReadOnlySpan<uint> words, ReadOnlySpan<uint> stems,
        ReadOnlySpan<uint> clusters, List<TriggerMatch> lexicon, int parties, Span<int> output)
    {
        int n = 0;
        int i = token - sentence.FirstToken;
        uint word = words[i];
        output[n++] = Bucket(Mix(BiasKey, 0));
        output[n++] = Bucket(Mix(WordKey, word));
        output[n++] = Bucket(Mix(StemKey, stems[i]));
        for (int level = 0; level < WordClusters.Granularities; level++)
        {
            output[n++] = Bucket(Mix(ClusterKey + (uint)(level << 8), WordClusters.Level(clusters[i], level)));
        }

        output[n++] = Bucket(Mix(ShapeKey, Shape(document.Span(document.Tokens[token]), sentence.Kind == SentenceKind.Prose)));
        for (int d = 1; d <= 2; d++)
        {
            output[n++] = Bucket(Mix(PreviousKey + (uint)(d << 8), i - d >= 0 ? words[i - d] : 0xB0u));
            output[n++] = Bucket(Mix(NextKey + (uint)(d << 8), i + d < sentence.TokenCount ? words[i + d] : 0xE0u));
        }

        output[n++] = Bucket(Mix(NeighbourClusterKey, i > 0 ? WordClusters.Level(clusters[i - 1], 1) : 0x3FFu));
        output[n++] = Bucket(Mix(NeighbourClusterKey + 0x100, i + 1 < sentence.TokenCount ? WordClusters.Level(clusters[i + 1], 1) : 0x3FFu));
        uint next = NextWord(words, i);
        output[n++] = Bucket(Mix(Mix(BigramKey, word), next));
        output[n++] = Bucket(Mix(Mix(PreviousBigramKey, PreviousWord(words, i)), word));
        n = Context(document, sentence, i, stems, output, n);
        n = LexiconCues(document, token, lexicon, output, n);
        WordClassSet own = WordClassLayer.Of(document)[token];
        if (own.Overlaps(OwnSet))
        {
            for (int c = 0; c < OwnClasses.Length; c++)
            {
                if (own.Has(OwnClasses[c]))
                {
                    output[n++] = Bucket(Mix(OwnClassKey, (uint)c));
                }
            }
        }

        output[n++] = Bucket(Mix(PartyKey, (uint)(parties & 3)));
        output[n++] = Bucket(Mix(ForceKey, (uint)(parties >> 2) & 1));
        output[n++] = Bucket(Mix(Mix(WordPartyKey, stems[i]), (uint)(parties & 1)));
        return n;
    }

    private static int Context(Document document, Sentence sentence, int i, ReadOnlySpan<uint> stems, Span<int> output, int n)
    {
        WordClassLayer layer = WordClassLayer.Of(document);
        int from = Math.Max(0, i - Reach.Before), to = Math.Min(sentence.TokenCount - 1, i + Reach.After);
        uint seenBefore = 0, seenAfter = 0;
        for (int j = from; j <= to; j++)
        {
            if (j == i || stems[j] == NoWord)
            {
                continue;
            }

            output[n++] = Bucket(Mix(j < i ? BeforeKey : AfterKey, stems[j]));
            WordClassSet classes = layer[sentence.FirstToken + j];
            if (!classes.Overlaps(ContextSet))
            {
                continue;
            }

            for (int c = 0; c < ContextClasses.Length; c++)
            {
                if (classes.Has(ContextClasses[c]))
                {
                    if (j < i)
                    {
                        seenBefore |= 1u << c;
                    }
                    else
                    {
                        seenAfter |= 1u << c;
                    }
                }
            }
        }

        for (int c = 0; c < ContextClasses.Length; c++)
        {
            if ((seenBefore & (1u << c)) != 0)
            {
                output[n++] = Bucket(Mix(BeforeClassKey, (uint)c));
            }

            if ((seenAfter & (1u << c)) != 0)
            {
                output[n++] = Bucket(Mix(AfterClassKey, (uint)c));
            }
        }

        return n;
    }

    private static int LexiconCues(Document document, int token, List<TriggerMatch> lexicon, Span<int> output, int n)
    {
        ReadOnlySpan<TriggerPattern> starting = TriggerLexicon.Default.StartingWith(document.Span(document.Tokens[token]));
        uint seen = 0;
        foreach (TriggerPattern pattern in starting)
        {
            uint key = ((uint)EventTaxonomy.IndexOf(pattern.Type) << 1) | (pattern.Weak ? 1u : 0u);
            if (key < 32 && (seen & (1u << (int)key)) == 0)
            {
                seen |= 1u << (int)key;
                output[n++] = Bucket(Mix(LexiconStartKey, key));
            }
        }

        uint inside = 0;
        foreach (TriggerMatch match in lexicon)
        {
            if (token >= match.FirstToken && token <= match.LastToken)
            {
                int type = EventTaxonomy.IndexOf(match.Type);
                if (type >= 0 && (inside & (1u << type)) == 0 && n < MaxFeatures)
                {
                    inside |= 1u << type;
                    output[n++] = Bucket(Mix(LexiconInsideKey, (uint)type));
                }
            }
        }

        return n;
    }

    private static uint PreviousWord(ReadOnlySpan<uint> words, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (words[j] != NoWord)
            {
                return words[j];
            }
        }

        return 0xB0u;
    }

    private static uint NextWord(ReadOnlySpan<uint> words, int i)
    {
        for (int j = i + 1; j < words.Length; j++)
        {
            if (words[j] != NoWord)
            {
                return words[j];
            }
        }

        return 0xE0u;
    }

    /// <summary>0 lower case, 1 capitalised, 2 all capitals; plus 3 in a line that is no prose (a headline, a bulletin).</summary>
    private static uint Shape(ReadOnlySpan<char> word, bool prose)
    {
        uint shape = char.IsUpper(word[0]) ? (word.Length > 1 && !FeatureHash.HasLowerAscii(word) ? 2u : 1u) : 0u;
        return prose ? shape : shape + 3;
    }

    private static int Bucket(uint hash) => (int)(hash & (Dimension - 1));

    private static uint Mix(uint a, uint b) => EventFeatureHash.Mix(a, b);
}
