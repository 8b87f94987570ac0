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

    /// <summary>
    /// Appends the bucket index of every feature of the word tokens in <paramref name="tokens"/>
    /// (a range of tokens over <paramref name="text"/>) to <paramref name="features"/>.
    /// </summary>
    public static void Featurize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<int> features)
    {
        uint previous = 0;
        bool hasPrevious = false;
        foreach (Token token in tokens)
        {
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

    private static int Bucket(uint hash) => (int)(hash & (Dimension - 1));

    private static uint Mix(uint a, uint b)
    {
        uint h = BigramSeed;
        h = (h ^ a) * Prime;
        h = (h ^ (b >> 7)) * Prime;
        h ^= b;
        h *= 0x27D4EB2F;
        return h ^ (h >> 15);
    }

    private static uint Hash(ReadOnlySpan<char> word, uint seed)
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
    private static int StemLength(ReadOnlySpan<char> word)
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
