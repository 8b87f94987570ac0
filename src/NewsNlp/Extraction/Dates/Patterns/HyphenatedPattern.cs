using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>One hyphenated word: "mid-2020", "early-March", "two-week-long", "10-day", "pre-dawn", "decade-long".</summary>
internal sealed class HyphenatedPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly HyphenatedPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Shapes = WordShape.Hyphenated };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        ReadOnlySpan<char> w = s.W(i);
        int dash = w.IndexOf('-');
        if (dash <= 0 || s.Token(i).Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> head = w[..dash];
        ReadOnlySpan<char> tail = w[(dash + 1)..];
        if (head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("early", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase))
        {
            if (!TryPeriodPosition(s, i, tail, out m))
            {
                return false;
            }

            m.Mod = head.Equals("mid", StringComparison.OrdinalIgnoreCase) ? "MID" : head.Equals("early", StringComparison.OrdinalIgnoreCase) ? "START" : "END";
            return true;
        }

        if (w.Equals("pre-dawn", StringComparison.OrdinalIgnoreCase))
        {
            m = s.New(TemporalKind.PartOfDay, i, i + 1);
            m.Part = PartOfDay.Morning;
            return true;
        }

        int second = tail.IndexOf('-');
        ReadOnlySpan<char> unitText = second < 0 ? tail : tail[..second];
        ReadOnlySpan<char> rest = second < 0 ? [] : tail[(second + 1)..];
        if (rest.Length > 0 && !rest.Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            // "55-year-old" is an age; "three-day-old" too.
            return false;
        }

        DateWord unitWord = DateLexicon.Find(unitText);
        double amount = DateScanner.ParseDigits(head);
        if (amount < 0)
        {
            DateWord number = DateLexicon.Find(head);
            amount = number.Kind == DateWordKind.Number && !head.Equals("a", StringComparison.OrdinalIgnoreCase) ? number.Value : -1;
        }

        if (unitWord.Kind == DateWordKind.Unit && amount > 0)
        {
            // "two-week-long", "10-day", "48-hour".
            m = s.New(TemporalKind.Duration, i, i + 1);
            m.Unit = (TimeUnit)unitWord.Value;
            m.Literal = Timex.Duration(amount, m.Unit);
            return true;
        }

        DateWord headUnit = DateLexicon.Find(head);
        if (headUnit.Kind == DateWordKind.Unit && tail.Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            // "decade-long" is one decade; "years-long" has no number.
            m = s.New(TemporalKind.Duration, i, i + 1);
            m.Unit = (TimeUnit)headUnit.Value;
            m.Literal = head.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? null : Timex.Duration(1, m.Unit);
            return true;
        }

        return false;
    }

    /// <summary>"mid-2020", "late-March", "mid-1990s": the year, decade or month after the dash.</summary>
    private static bool TryPeriodPosition(DateScanner s, int i, ReadOnlySpan<char> tail, out TemporalMention m)
    {
        m = default;
        int year = tail.Length == 4 ? DateScanner.ParseDigits(tail) : -1;
        if (year is >= 1800 and <= 2199)
        {
            m = s.New(TemporalKind.Year, i, i + 1);
            m.Year = year;
            return true;
        }

        int decade = tail.Length == 5 && tail[4] == 's' ? DateScanner.ParseDigits(tail[..4]) : -1;
        if (decade is >= 1800 and <= 2199 && decade % 10 == 0)
        {
            // "the mid-1990s".
            m = s.New(TemporalKind.Decade, i, i + 1);
            m.Year = decade;
            return true;
        }

        DateWord month = DateLexicon.Find(tail);
        if (month.Kind == DateWordKind.Month && tail.Length > 3 && char.IsUpper(tail[0]))
        {
            m = s.New(TemporalKind.Month, i, i + 1);
            m.Month = month.Value;
            return true;
        }

        return false;
    }
}
