using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Holidays: fixed ones ("Christmas Day", "New Year's Day") and movable ones ("Easter", "Eid al-Fitr").</summary>
internal sealed partial class DateRecognizer
{
    private bool TryHoliday(int i, out TemporalMention m)
    {
        m = New(TemporalKind.Holiday, i, i + 1);
        if (Is(i, "Christmas") && Capitalized(i))
        {
            m.Month = 12;
            m.Day = Is(i + 1, "Eve") ? 24 : 25;
            m.EndToken = IsAny(i + 1, ["Eve", "Day"]) ? i + 2 : i + 1;
            return true;
        }

        if (Is(i, "New") && Capitalized(i) && Is(i + 1, "Year") && KindAt(i + 2, TokenKind.Clitic) && IsAny(i + 3, ["Day", "Eve"]) && Capitalized(i + 3))
        {
            bool eve = Is(i + 3, "Eve");
            m.Month = eve ? 12 : 1;
            m.Day = eve ? 31 : 1;
            m.EndToken = i + 4;
            return true;
        }

        return TryMovableHoliday(i, ref m);
    }

    /// <summary>"Easter", "Easter Sunday", "Good Friday", "Eid al-Fitr", "Eid-al-Adha".</summary>
    private bool TryMovableHoliday(int i, ref TemporalMention m)
    {
        ReadOnlySpan<char> s = W(i);
        int holiday = 0;
        int end = i + 1;
        if (s.Equals("Easter", StringComparison.Ordinal))
        {
            holiday = MovableHolidays.Easter;
            end = Is(i + 1, "Sunday") ? i + 2 : i + 1;
        }
        else if (s.Equals("Good", StringComparison.Ordinal) && Is(i + 1, "Friday") && Capitalized(i + 1))
        {
            holiday = MovableHolidays.GoodFriday;
            end = i + 2;
        }
        else if (s.StartsWith("Eid", StringComparison.OrdinalIgnoreCase) && char.IsUpper(s[0]))
        {
            ReadOnlySpan<char> rest = s.Length > 3 ? s[3..] : KindAt(i + 1, TokenKind.Word) ? W(i + 1) : [];
            end = s.Length > 3 ? i + 1 : i + 2;
            holiday = rest.EndsWith("Fitr", StringComparison.OrdinalIgnoreCase) ? MovableHolidays.EidAlFitr
                : rest.EndsWith("Adha", StringComparison.OrdinalIgnoreCase) ? MovableHolidays.EidAlAdha
                : 0;
        }

        if (holiday == 0)
        {
            return false;
        }

        m = New(TemporalKind.Holiday, i, end);
        m.Shift = holiday;
        return true;
    }
}
