using System.Runtime.CompilerServices;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The tagger's features: hashed templates over the word, its lower case, shape, prefixes and
/// suffixes, neighbours at ±2, word pairs, sentence position, all-caps context and gazetteer
/// flags and word clusters. Computed from spans; nothing is allocated. Training and inference share this code, so
/// a change here needs a retrained model.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The most features one token can produce.</summary>
    public const int MaxPerToken = 96;

    private const ulong Boundary = 0x5EED5EED5EED5EEDUL;

    /// <summary>
    /// Fills <paramref name="info"/> for every token of a sentence and returns true when the
    /// sentence is written in capitals (a headline), where case says little.
    /// </summary>
    public static bool Prepare(string text, ReadOnlySpan<Token> tokens, Span<TokenInfo> info, EntityGazetteer gazetteer, WordClusters clusters, DocumentFeatures? document)
    {
        PrepareWords(text, tokens, info, gazetteer);
        return PrepareContext(text, tokens, info, clusters, document);
    }

    /// <summary>
    /// Fills what <paramref name="info"/> knows of each token by itself: its hashes and gazetteer
    /// flags. A whole document is prepared at once, so <see cref="DocumentFeatures"/> can read them.
    /// </summary>
    public static void PrepareWords(string text, ReadOnlySpan<Token> tokens, Span<TokenInfo> info, EntityGazetteer gazetteer)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            info[i].Lower = FeatureHash.Lower(word);
            info[i].Suffix3 = word.Length > 3 ? FeatureHash.Lower(word[^3..]) : info[i].Lower;
            info[i].Raw = FeatureHash.Raw(word);
            info[i].Shape = FeatureHash.Shape(word);
            info[i].Flags = gazetteer.Lookup(word);
        }
    }

    /// <summary>
    /// Fills what <paramref name="info"/> knows of each token of a sentence from elsewhere (its
    /// clusters and the <paramref name="document"/> bits) once <see cref="PrepareWords"/> has run,
    /// and returns true when the sentence is written in capitals.
    /// </summary>
    public static bool PrepareContext(string text, ReadOnlySpan<Token> tokens, Span<TokenInfo> info, WordClusters clusters, DocumentFeatures? document)
    {
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            info[i].Cluster = clusters.Get(info[i].Lower);
            info[i].Document = document is null ? (byte)0 : document.Get(info[i].Lower);
            if (word.Length >= 2 && char.IsLetter(word[0]))
            {
                words++;
                if (!FeatureHash.HasLowerAscii(word))
                {
                    capitals++;
                }
            }
        }

        return words > 0 && capitals * 10 >= words * 6;
    }

    /// <summary>Writes the weight-table rows of token <paramref name="i"/>'s features and returns their number.</summary>
    public static int Extract(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenInfo> info, int i, bool allCaps, int mask, Span<int> rows)
    {
        int n = 0;
        ref readonly TokenInfo w0 = ref info[i];
        ulong lower0 = w0.Lower;
        ulong shape0 = w0.Shape;
        ulong lowerP1 = i > 0 ? info[i - 1].Lower : Boundary;
        ulong lowerP2 = i > 1 ? info[i - 2].Lower : Boundary;
        ulong lowerN1 = i + 1 < info.Length ? info[i + 1].Lower : Boundary;
        ulong lowerN2 = i + 2 < info.Length ? info[i + 2].Lower : Boundary;
        ulong shapeP1 = i > 0 ? info[i - 1].Shape : Boundary;
        ulong shapeN1 = i + 1 < info.Length ? info[i + 1].Shape : Boundary;
        ulong caps = allCaps ? 100UL : 0UL;

        rows[n++] = Row(1, 0, mask);
        rows[n++] = Row(2, lower0, mask);
        rows[n++] = Row(3 + caps, w0.Raw, mask);
        rows[n++] = Row(4 + caps, shape0, mask);

        ReadOnlySpan<char> word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        ulong prefix = FeatureHash.Empty;
        for (int k = 1; k <= 3 && k < word.Length; k++)
        {
            prefix = FeatureHash.LowerStep(prefix, word[k - 1]);
            rows[n++] = Row(4 + (ulong)k, prefix, mask);
        }

        for (int k = 1; k <= 4 && k < word.Length; k++)
        {
            // The three-character suffix was hashed once for the word (its neighbours read it too).
            rows[n++] = Row(8 + (ulong)k, k == 3 ? w0.Suffix3 : FeatureHash.Lower(word[^k..]), mask);
        }

        rows[n++] = Row(13, lowerP1, mask);
        rows[n++] = Row(14, lowerN1, mask);
        rows[n++] = Row(15, lowerP2, mask);
        rows[n++] = Row(16, lowerN2, mask);
        rows[n++] = Row(17 + caps, FeatureHash.Pair(shapeP1, shape0), mask);
        rows[n++] = Row(18 + caps, FeatureHash.Pair(shape0, shapeN1), mask);
        rows[n++] = Row(19, FeatureHash.Pair(lowerP1, lower0), mask);
        rows[n++] = Row(20, FeatureHash.Pair(lower0, lowerN1), mask);
        rows[n++] = Row(21 + caps, shapeP1, mask);
        rows[n++] = Row(22 + caps, shapeN1, mask);
        rows[n++] = Row(23 + caps, FeatureHash.Pair(lowerP1, shape0), mask);
        rows[n++] = Row(24 + caps, FeatureHash.Pair(shape0, lowerN1), mask);
        rows[n++] = Row(25, (ulong)Math.Min(word.Length, 10), mask);
        rows[n++] = Row(32 + caps, FeatureHash.Pair(FeatureHash.Pair(shapeP1, shape0), shapeN1), mask);
        rows[n++] = Row(33, FeatureHash.Pair(lowerP1, lowerN1), mask);
        if (i > 0)
        {
            rows[n++] = Row(34, info[i - 1].Suffix3, mask);
        }

        if (i + 1 < tokens.Length)
        {
            rows[n++] = Row(35, info[i + 1].Suffix3, mask);
        }

        if (w0.Document != 0)
        {
            rows[n++] = Row(36, FeatureHash.Pair(w0.Document, shape0), mask);
            for (int bit = 0; bit < 4; bit++)
            {
                if ((w0.Document & (1 << bit)) != 0)
                {
                    rows[n++] = Row(37, (ulong)bit, mask);
                }
            }
        }

        n = AddClusters(info, i, shape0, rows, n, mask);
        rows[n++] = Row(38, i > 0 ? info[i - 1].Document : 255UL, mask);
        rows[n++] = Row(39, i + 1 < info.Length ? info[i + 1].Document : 255UL, mask);
        if (i == 0)
        {
            rows[n++] = Row(26 + caps, shape0, mask);
        }

        if (allCaps)
        {
            rows[n++] = Row(27, 1, mask);
        }

        n = AddFlags(28, w0.Flags, rows, n, mask);
        n = AddFlags(29, i > 0 ? info[i - 1].Flags : GazetteerFlags.None, rows, n, mask);
        n = AddFlags(30, i + 1 < info.Length ? info[i + 1].Flags : GazetteerFlags.None, rows, n, mask);
        n = AddFlags(31, i > 1 ? info[i - 2].Flags : GazetteerFlags.None, rows, n, mask);
        return n;
    }

    /// <summary>
    /// Appends the second pass's features of token <paramref name="i"/> (how the first pass labelled
    /// this token, its neighbours, the same word and the same name over the document: the
    /// <see cref="FirstPassVotes"/> fields of <paramref name="info"/>) after the <paramref name="n"/>
    /// rows already written, and returns the new count.
    /// </summary>
    public static int ExtractSecondPass(ReadOnlySpan<TokenInfo> info, int i, int mask, Span<int> rows, int n)
    {
        ref readonly TokenInfo w0 = ref info[i];
        ulong shape0 = w0.Shape;
        ulong label = w0.FirstPass;
        ulong previous = i > 0 ? info[i - 1].FirstPass : 15UL;
        ulong next = i + 1 < info.Length ? info[i + 1].FirstPass : 15UL;
        rows[n++] = Row(60, label, mask);
        rows[n++] = Row(61, FeatureHash.Pair(previous, label), mask);
        rows[n++] = Row(62, FeatureHash.Pair(label, next), mask);
        rows[n++] = Row(63, w0.WordMajority, mask);
        rows[n++] = Row(64, FeatureHash.Pair(w0.WordMajority, shape0), mask);
        rows[n++] = Row(65, FeatureHash.Pair(w0.WordMajority, label), mask);
        rows[n++] = Row(66, w0.WordTypes, mask);
        rows[n++] = Row(67, FeatureHash.Pair(w0.NameMajority, label), mask);
        rows[n++] = Row(68, FeatureHash.Pair(w0.LongerNameMajority, shape0), mask);
        rows[n++] = Row(69, FeatureHash.Pair(w0.PersonEdge, shape0), mask);
        rows[n++] = Row(70, FeatureHash.Pair(i > 0 ? info[i - 1].WordMajority : 15UL, w0.WordMajority), mask);
        rows[n++] = Row(71, FeatureHash.Pair(w0.WordMajority, i + 1 < info.Length ? info[i + 1].WordMajority : 15UL), mask);
        return n;
    }

    // Clusters generalise from the words seen in training to words only seen in unlabelled text:
    // the word's own clusters at every granularity, its neighbours' middle clusters, and pairs.
    private static int AddClusters(ReadOnlySpan<TokenInfo> info, int i, ulong shape0, Span<int> rows, int n, int mask)
    {
        uint c0 = info[i].Cluster;
        uint previous = i > 0 ? info[i - 1].Cluster : 0x3FFFFFFFu;
        uint next = i + 1 < info.Length ? info[i + 1].Cluster : 0x3FFFFFFFu;
        rows[n++] = Row(40, WordClusters.Level(c0, 0), mask);
        rows[n++] = Row(41, WordClusters.Level(c0, 1), mask);
        rows[n++] = Row(42, WordClusters.Level(c0, 2), mask);
        rows[n++] = Row(43, WordClusters.Level(previous, 1), mask);
        rows[n++] = Row(44, WordClusters.Level(next, 1), mask);
        rows[n++] = Row(45, FeatureHash.Pair(WordClusters.Level(c0, 2), shape0), mask);
        rows[n++] = Row(46, FeatureHash.Pair(WordClusters.Level(previous, 0), WordClusters.Level(c0, 1)), mask);
        rows[n++] = Row(47, FeatureHash.Pair(WordClusters.Level(c0, 1), WordClusters.Level(next, 0)), mask);
        return n;
    }

    private static int AddFlags(ulong template, GazetteerFlags flags, Span<int> rows, int n, int mask)
    {
        uint bits = (uint)flags;
        while (bits != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            rows[n++] = Row(template, (ulong)bit + 1, mask);
            bits &= bits - 1;
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Row(ulong template, ulong value, int mask) => (int)(FeatureHash.Mix(template, value) & (ulong)mask);
}
