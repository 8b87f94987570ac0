using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Turns a sentence into hashed features for the event classifier: lower-cased word unigrams,
/// crude stems ("attacked" and "attacks" share "attack") and word bigrams, each hashed (FNV-1a)
/// into <see cref="Dimension"/> buckets. Training and scoring use this one featurizer, so the
/// features agree; it allocates nothing beyond the caller's buffer.
/// </summary>
internal static class SentenceFeaturizer
{
    /// <summary>Number of hash buckets (2^16).</summary>
    public const int Dimension = 1 << 16;

    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;
    private const uint UnigramSeed = 0x9E3779B1;
    private const uint StemSeed = 0x85EBCA77;
    private const uint BigramSeed = 0xC2B2AE3D;
    private const uint CueSeed = 0x27D4EB2F;

    /// <summary>
    /// Appends the bucket index of every feature of the word tokens in <paramref name="tokens"/>
    /// (a range of tokens over <paramref name="text"/>) to <paramref name="features"/>.
    /// </summary>
    public static void Featurize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<int> features)
    {
        uint previous = 0;
        bool hasPrevious = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (!IsFeatureToken(token.Kind))
            {
                // Punctuation breaks bigrams: "Iran, Iraq" is not the bigram "iran iraq".
                hasPrevious = token.Kind is TokenKind.Quote or TokenKind.Clitic && hasPrevious;
                continue;
            }

            ReadOnlySpan<char> word = text.Slice(token.Start, token.Length);
            uint unigram = token.Kind == TokenKind.Number ? Hash("#num", UnigramSeed) : Hash(word, UnigramSeed);
            features.Add(Bucket(unigram));
            int stemLength = StemLength(word);
            if (stemLength < word.Length && token.Kind == TokenKind.Word)
            {
                features.Add(Bucket(Hash(word[..stemLength], StemSeed)));
            }

            if (hasPrevious)
            {
                features.Add(Bucket(Mix(previous, unigram)));
            }

            previous = unigram;
            hasPrevious = true;
            AddLexiconCues(text, tokens, i, word, features);
        }
    }

    /// <summary>
    /// The trigger lexicon as features: a word that starts a phrase of a type adds one feature per type
    /// (strong or weak; "negated" when a negation, modal or denial word stands just before), so what the
    /// classifier learns for one trigger word carries over to the rarer words of the same type.
    /// </summary>
    private static void AddLexiconCues(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, ReadOnlySpan<char> word, List<int> features)
    {
        ReadOnlySpan<TriggerPattern> patterns = TriggerLexicon.Default.StartingWith(word);
        if (patterns.IsEmpty)
        {
            return;
        }

        bool negated = false;
        for (int t = index - 1, seen = 0; t >= 0 && seen < 3; t--)
        {
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Clitic)
            {
                negated |= EventWords.Irrealis.Contains(text.Slice(tokens[t].Start, tokens[t].Length));
                seen++;
            }
        }

        int added = 0;
        foreach (TriggerPattern pattern in patterns)
        {
            int type = EventTaxonomy.TypeNames.IndexOf(pattern.Type);
            int bit = 1 << type;
            if (type < 0 || (added & bit) != 0)
            {
                continue;
            }

            added |= bit;
            uint cue = (CueSeed + ((uint)type * 4) + (pattern.Weak ? 1u : 0u) + (negated ? 2u : 0u)) * 0x9E3779B1;
            features.Add(Bucket(cue ^ (cue >> 16)));
        }
    }

    /// <summary>Featurizes a whole string (used for training and ad-hoc scoring).</summary>
    public static void Featurize(string text, List<int> features)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenizer.Tokenize(text, tokens);
        Featurize(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), features);
    }

    /// <summary>The value of each feature occurrence in a sentence with <paramref name="count"/> features: 3/sqrt(count), so long sentences do not shout.</summary>
    public static float Scale(int count) => count == 0 ? 0 : 3f / MathF.Sqrt(count);

    private static bool IsFeatureToken(TokenKind kind) => kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number;

    /// <summary>The feature index of a 32-bit hash.</summary>
    internal static int Bucket(uint hash) => (int)(hash & (Dimension - 1));

    private static uint Mix(uint a, uint b)
    {
        uint h = BigramSeed;
        h = (h ^ a) * Prime;
        h = (h ^ (b >> 7)) * Prime;
        h ^= b;
        h *= 0x27D4EB2F;
        return h ^ (h >> 15);
    }

    /// <summary>A word's hash under <paramref name="seed"/>, case-folded, with the typographic apostrophe read as a plain one.</summary>
    internal static uint Hash(ReadOnlySpan<char> word, uint seed)
    {
        uint h = OffsetBasis ^ seed;
        foreach (char c in word)
        {
            char lower = char.ToLowerInvariant(c == '\u2019' ? '\'' : c);
            h = (h ^ lower) * Prime;
        }

        h ^= h >> 13;
        h *= 0x5BD1E995;
        return h ^ (h >> 15);
    }

    /// <summary>Length of a crude stem: strips -ing, -ed, -es, -s from longer words.</summary>
    internal static int StemLength(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return word.Length - 3;
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return word.Length - 2;
        }

        if (word.Length > 4 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase))
        {
            return word.Length - 2;
        }

        if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is not 's' and not 'S')
        {
            return word.Length - 1;
        }

        return word.Length;
    }
}
