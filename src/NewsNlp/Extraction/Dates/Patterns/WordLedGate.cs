using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// Which word-led patterns may start at a word, as one bit per pattern (bit k: the k-th of the engine's list). Built once
/// from each pattern's <see cref="WordStart"/>. Most words that pass <see cref="DateScanner.MayStartWordLed"/> are
/// prepositions and articles ("of", "to", "in", "the"): each may start few patterns or none, and one look here replaces a
/// call to every pattern of the list.
/// </summary>
internal sealed class WordLedGate
{
    // Spelled words are found by length and first and last letter (upper-cased, as the comparison does): a bucket of
    // one word or none for nearly every word of a text, so the one comparison left is usually a miss on length.
    private const int Buckets = 64;

    private readonly uint[] byKind = new uint[(int)DateWordKind.Season + 1];
    private readonly (int ClassId, uint Patterns)[] byClass;
    private readonly WordClassSet anyClass;
    private readonly (string Word, uint Patterns)[][] byBucket = new (string, uint)[Buckets][];
    private readonly uint hyphenated;
    private readonly uint quarterCode;
    private readonly uint clockWord;
    private readonly uint eid;

    /// <summary>Compiles the first-word tests of <paramref name="patterns"/> (at most 32), in the engine's order.</summary>
    public WordLedGate(IReadOnlyList<IWordLedPattern> patterns)
    {
        if (patterns.Count > 32)
        {
            throw new ArgumentException("At most 32 word-led patterns.", nameof(patterns));
        }

        All = patterns.Count == 32 ? uint.MaxValue : (1u << patterns.Count) - 1;
        var classes = new Dictionary<int, uint>();
        var words = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < patterns.Count; k++)
        {
            uint bit = 1u << k;
            WordStart start = patterns[k].Start;
            foreach (DateWordKind kind in start.Kinds)
            {
                byKind[(int)kind] |= bit;
            }

            foreach (WordClass c in start.Classes)
            {
                classes[c.Id] = classes.GetValueOrDefault(c.Id) | bit;
                anyClass = anyClass.With(c.Id);
            }

            foreach (string word in start.Words)
            {
                words[word] = words.GetValueOrDefault(word) | bit;
            }

            hyphenated |= start.Shapes.HasFlag(WordShape.Hyphenated) ? bit : 0;
            quarterCode |= start.Shapes.HasFlag(WordShape.QuarterCode) ? bit : 0;
            clockWord |= start.Shapes.HasFlag(WordShape.ClockWord) ? bit : 0;
            eid |= start.Shapes.HasFlag(WordShape.Eid) ? bit : 0;
        }

        byClass = [.. classes.Select(c => (c.Key, c.Value))];
        for (int b = 0; b < Buckets; b++)
        {
            byBucket[b] = [.. words.Where(w => Bucket(w.Key) == b).Select(w => (w.Key, w.Value))];
        }
    }

    /// <summary>Every pattern's bit: what the grammar would try without the gate.</summary>
    public uint All { get; }

    /// <summary>The patterns that may start at token <paramref name="i"/> (a word or an abbreviation of the current sentence).</summary>
    public uint Starts(DateScanner s, int i)
    {
        uint patterns = byKind[(int)s.Lex(i).Kind];
        WordClassSet classes = s.ClassesAt(i);
        if (classes.Overlaps(anyClass))
        {
            foreach ((int id, uint bits) in byClass)
            {
                patterns |= classes.Has(id) ? bits : 0;
            }
        }

        ReadOnlySpan<char> w = s.W(i);
        if (w.IsEmpty)
        {
            return patterns;
        }

        foreach ((string word, uint bits) in byBucket[Bucket(w)])
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                patterns |= bits;
            }
        }

        if ((patterns & hyphenated) != hyphenated && w.Contains('-'))
        {
            patterns |= hyphenated;
        }

        if (w.Length == 2 && w[0] == 'Q')
        {
            patterns |= quarterCode;
        }

        // Only 'm' and 'M' upper-case to 'M', only 'e' and 'E' to 'E': the letter tests only skip the calls.
        if (w.Length is 3 or 4 && (w[^1] | 0x20) == 'm'
            && (w.EndsWith("am", StringComparison.OrdinalIgnoreCase) || w.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
        {
            patterns |= clockWord;
        }

        if (w.Length >= 3 && (w[0] | 0x20) == 'e' && w.StartsWith("Eid", StringComparison.OrdinalIgnoreCase))
        {
            patterns |= eid;
        }

        return patterns;
    }

    private static int Bucket(ReadOnlySpan<char> w) =>
        (int)((uint)((w.Length * 7) + (char.ToUpperInvariant(w[0]) * 3) + char.ToUpperInvariant(w[^1])) % Buckets);
}
