using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A clock time: "10:30 a.m.", "4:00 A.M. local time", "10.30 P.M.", "0700 GMT", "0700 hours".</summary>
internal sealed class ClockPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly ClockPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        Token t = s.Token(i);
        ReadOnlySpan<char> w = s.W(i);
        int hour;
        int minute = 0;
        bool needsMarker;
        if (t.Kind == TokenKind.Time)
        {
            int colon = w.IndexOf(':');
            hour = DateScanner.ParseDigits(w[..colon]);
            minute = DateScanner.ParseDigits(w[(colon + 1)..]);
            needsMarker = false;
        }
        else if (t.Kind == TokenKind.Number && w.Length == 4 && DateScanner.ParseDigits(w) is var hhmm and >= 0 && s.IsAny(i + 1, DateWords.TimeZones))
        {
            // "0700 GMT", "2130 GMT".
            hour = hhmm / 100;
            minute = hhmm % 100;
            needsMarker = false;
        }
        else if (t.Kind == TokenKind.Number && w.Length == 4 && w[0] == '0' && DateScanner.ParseDigits(w) is var hrs and >= 0 && (s.Is(i + 1, "hours") || s.Is(i + 1, "hrs")))
        {
            // "0700 hours", military style.
            hour = hrs / 100;
            minute = hrs % 100;
            if (hour <= 24 && minute <= 59)
            {
                m = s.New(TemporalKind.Time, i, i + 2);
                m.Hour = hour;
                m.Minute = minute;
                return true;
            }

            return false;
        }
        else if (t.Kind == TokenKind.Number && w.Length <= 5)
        {
            // "10 a.m.", "10.30 P.M.".
            int dot = w.IndexOf('.');
            hour = DateScanner.ParseDigits(dot < 0 ? w : w[..dot]);
            minute = dot < 0 ? 0 : DateScanner.ParseDigits(w[(dot + 1)..]);
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
        int meridiem = MeridiemAt(s, end);
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

        if (s.IsAny(end, DateWords.TimeZones))
        {
            end++;
        }
        else if (s.Is(end, "local") && s.Is(end + 1, "time"))
        {
            end += 2;
        }

        m = s.New(TemporalKind.Time, i, end);
        m.Hour = hour;
        m.Minute = minute;
        return true;
    }

    /// <summary>+1 for "p.m.", -1 for "a.m.", 0 otherwise.</summary>
    private static int MeridiemAt(DateScanner s, int i)
    {
        if (!s.InSentence(i))
        {
            return 0;
        }

        ReadOnlySpan<char> w = s.W(i);
        if (s.IsAny(i, DateWords.Morning))
        {
            // A capitalized "AM" with no number before it is a word (or a name), not the morning.
            return w.Equals("AM", StringComparison.Ordinal) && !s.KindAt(i - 1, TokenKind.Time) && !s.KindAt(i - 1, TokenKind.Number) ? 0 : -1;
        }

        return s.IsAny(i, DateWords.Afternoon) ? 1 : 0;
    }
}
