using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// A decade said in words after "the" ("the nineties", "the early seventies"; not "in her forties", an age) and a century
/// by its ordinal ("the 11th century", "the twentieth century"; TIMEX3 writes the 20th century "19"; not "20th Century Fox").
/// The decade's century is read at resolution: the latest such decade begun by the article's year.
/// </summary>
internal sealed class EraPattern : IWordLedPattern, IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly EraPattern Instance = new();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DecadeWords = Ordered("dates/decade-words", first: 2);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CenturyOrdinals = Ordered("dates/century-ordinals", first: 1);

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.DecadeWords, DateWords.CenturyOrdinals] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.Is(i + 1, "century") && CenturyAt(s, i) is int century and >= 1 and <= 21
            && !(s.Capitalized(i + 1) && s.KindAt(i + 2, TokenKind.Word) && s.Capitalized(i + 2)))
        {
            // Not "20th Century Fox": a capitalized "Century" before a capitalized word is a name.
            m = s.New(TemporalKind.Century, i, i + 2);
            m.Year = century;
            return true;
        }

        if (!s.KindAt(i, TokenKind.Word) || !DecadeWords.TryGetValue(s.W(i), out int tens))
        {
            return false;
        }

        // "the nineties", "the early nineties": only after "the" is it a decade ("in their forties" is an age).
        int before = s.IsAny(i - 1, DateWords.PeriodPositions) ? i - 2 : i - 1;
        if (!s.Is(before, "the"))
        {
            return false;
        }

        m = s.New(TemporalKind.Decade, i, i + 1);
        m.Year = tens * 10;
        return true;
    }

    /// <summary>The ordinal at <paramref name="i"/> ("11th", "twentieth"), or null.</summary>
    private static int? CenturyAt(DateScanner s, int i)
    {
        if (s.KindAt(i, TokenKind.Ordinal))
        {
            ReadOnlySpan<char> w = s.W(i);
            return w.Length is 3 or 4 ? DateScanner.ParseDigits(w[..^2]) : null;
        }

        return s.KindAt(i, TokenKind.Word) && CenturyOrdinals.TryGetValue(s.W(i), out int n) ? n : null;
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordered(string className, int first)
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        List<string[]> lines = OrderedClass.Lines(className);
        for (int k = 0; k < lines.Count; k++)
        {
            foreach (string form in lines[k])
            {
                d[form] = first + k;
            }
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
