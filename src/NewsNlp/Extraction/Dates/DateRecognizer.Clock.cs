using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Clock times: "10:30 a.m.", "4:00 A.M. local time", "10.30 P.M.", "0700 GMT", "noon", "midnight".</summary>
internal sealed partial class DateRecognizer
{
    private static readonly string[] Zones = ["GMT", "UTC", "BST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "IST", "JST", "Zulu"];

    private bool TryClock(int i, out TemporalMention m)
    {
        m = default;
        Token t = tokens[i];
        ReadOnlySpan<char> s = W(i);
        int hour;
        int minute = 0;
        bool needsMarker;
        if (t.Kind == TokenKind.Time)
        {
            int colon = s.IndexOf(':');
            hour = ParseDigits(s[..colon]);
            minute = ParseDigits(s[(colon + 1)..]);
            needsMarker = false;
        }
        else if (t.Kind == TokenKind.Number && s.Length == 4 && ParseDigits(s) is var hhmm and >= 0 && IsAny(i + 1, Zones))
        {
            // "0700 GMT", "2130 GMT".
            hour = hhmm / 100;
            minute = hhmm % 100;
            needsMarker = false;
        }
        else if (t.Kind == TokenKind.Number && s.Length == 4 && s[0] == '0' && ParseDigits(s) is var hrs and >= 0 && IsAny(i + 1, ["hours", "hrs"]))
        {
            // "0700 hours", military style.
            hour = hrs / 100;
            minute = hrs % 100;
            needsMarker = false;
        }
        else if (t.Kind == TokenKind.Number && s.Length <= 5)
        {
            // "10 a.m.", "10.30 P.M.".
            int dot = s.IndexOf('.');
            hour = ParseDigits(dot < 0 ? s : s[..dot]);
            minute = dot < 0 ? 0 : ParseDigits(s[(dot + 1)..]);
            needsMarker = true;
        }
        else
        {
            return false;
        }

        if (hour is < 0 or > 24 || minute is < 0 or > 59)
        {
            return false;
        }

        int end = i + 1;
        int meridiem = MeridiemAt(end);
        if (meridiem != 0)
        {
            if (hour is 0 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem > 0 ? 12 : 0);
            end++;
        }
        else if (needsMarker)
        {
            return false;
        }

        if (IsAny(end, Zones))
        {
            end++;
        }
        else if (Is(end, "local") && Is(end + 1, "time"))
        {
            end += 2;
        }

        m = New(TemporalKind.Time, i, end);
        m.Hour = hour;
        m.Minute = minute;
        return true;
    }

    /// <summary>+1 for "p.m.", -1 for "a.m.", 0 otherwise.</summary>
    private int MeridiemAt(int i)
    {
        if (!InSentence(i))
        {
            return 0;
        }

        ReadOnlySpan<char> s = W(i);
        if (s.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || s.Equals("am", StringComparison.OrdinalIgnoreCase) || s.Equals("a.m", StringComparison.OrdinalIgnoreCase))
        {
            return s.Equals("AM", StringComparison.Ordinal) && !KindAt(i - 1, TokenKind.Time) && !KindAt(i - 1, TokenKind.Number) ? 0 : -1;
        }

        if (s.Equals("p.m.", StringComparison.OrdinalIgnoreCase) || s.Equals("pm", StringComparison.OrdinalIgnoreCase) || s.Equals("p.m", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return 0;
    }

    /// <summary>"noon", "midnight", "10am", "7pm".</summary>
    private bool TryClockWord(int i, out TemporalMention m)
    {
        m = default;
        ReadOnlySpan<char> s = W(i);
        if (s.Equals("noon", StringComparison.OrdinalIgnoreCase) || s.Equals("midday", StringComparison.OrdinalIgnoreCase))
        {
            m = New(TemporalKind.Time, i, i + 1);
            m.Hour = 12;
            return true;
        }

        if (s.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            m = New(TemporalKind.Time, i, i + 1);
            m.Hour = 24;
            return true;
        }

        if (s.Length is >= 3 and <= 4 && (s.EndsWith("am", StringComparison.OrdinalIgnoreCase) || s.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
        {
            int hour = ParseDigits(s[..^2]);
            if (hour is >= 1 and <= 12)
            {
                m = New(TemporalKind.Time, i, i + 1);
                m.Hour = (hour % 12) + (char.ToLowerInvariant(s[^2]) == 'p' ? 12 : 0);
                return true;
            }
        }

        return false;
    }
}
