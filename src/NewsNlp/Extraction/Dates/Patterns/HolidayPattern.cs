using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>Holidays: fixed ones ("Christmas Day", "New Year's Eve") and movable ones ("Easter", "Good Friday", "Thanksgiving", "Election Day", "Eid al-Fitr").</summary>
internal sealed class HolidayPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly HolidayPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.HolidayStarts], Shapes = WordShape.Eid };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = s.New(TemporalKind.Holiday, i, i + 1);
        if (s.Is(i, "Christmas") && s.Capitalized(i))
        {
            m.Month = 12;
            m.Day = s.Is(i + 1, "Eve") ? 24 : 25;
            m.EndToken = s.Is(i + 1, "Eve") || s.Is(i + 1, "Day") ? i + 2 : i + 1;
            return true;
        }

        if (s.Is(i, "New") && s.Capitalized(i) && s.Is(i + 1, "Year") && s.KindAt(i + 2, TokenKind.Clitic) && (s.Is(i + 3, "Day") || s.Is(i + 3, "Eve")) && s.Capitalized(i + 3))
        {
            bool eve = s.Is(i + 3, "Eve");
            m.Month = eve ? 12 : 1;
            m.Day = eve ? 31 : 1;
            m.EndToken = i + 4;
            return true;
        }

        return TryMovable(s, i, ref m);
    }

    /// <summary>"Easter", "Easter Sunday", "Good Friday", "Thanksgiving Day", "Election Day", "Eid al-Fitr", "Eid-al-Adha".</summary>
    private static bool TryMovable(DateScanner s, int i, ref TemporalMention m)
    {
        ReadOnlySpan<char> w = s.W(i);
        int holiday = 0;
        int end = i + 1;
        if (w.Equals("Easter", StringComparison.Ordinal))
        {
            holiday = MovableHolidays.Easter;
            end = s.Is(i + 1, "Sunday") ? i + 2 : i + 1;
        }
        else if (w.Equals("Thanksgiving", StringComparison.Ordinal))
        {
            holiday = MovableHolidays.Thanksgiving;
            end = s.Is(i + 1, "Day") && s.Capitalized(i + 1) ? i + 2 : i + 1;
        }
        else if (w.Equals("Election", StringComparison.Ordinal) && s.Is(i + 1, "Day") && s.Capitalized(i + 1))
        {
            holiday = MovableHolidays.ElectionDay;
            end = i + 2;
        }
        else if (w.Equals("Good", StringComparison.Ordinal) && s.Is(i + 1, "Friday") && s.Capitalized(i + 1))
        {
            holiday = MovableHolidays.GoodFriday;
            end = i + 2;
        }
        else if (w.StartsWith("Eid", StringComparison.OrdinalIgnoreCase) && char.IsUpper(w[0]))
        {
            ReadOnlySpan<char> rest = w.Length > 3 ? w[3..] : s.KindAt(i + 1, TokenKind.Word) ? s.W(i + 1) : [];
            end = w.Length > 3 ? i + 1 : i + 2;
            holiday = rest.EndsWith("Fitr", StringComparison.OrdinalIgnoreCase) ? MovableHolidays.EidAlFitr
                : rest.EndsWith("Adha", StringComparison.OrdinalIgnoreCase) ? MovableHolidays.EidAlAdha
                : 0;
        }

        if (holiday == 0)
        {
            return false;
        }

        m = s.New(TemporalKind.Holiday, i, end);
        m.Shift = holiday;
        return true;
    }
}
