using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The engine's first step after a pattern matched: joins a clock time and the day right after it
/// into one expression, as TimeML does: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov.
/// 6". Across a preposition ("10 a.m. on Friday", "Friday at 10 a.m.") the two stay apart, as in
/// TimeBank. The day's fields go into the time's mention (<see cref="TemporalMention.DayKind"/>).
/// </summary>
internal static class CompoundJoin
{
    private static readonly IDatePattern[] DayPatterns =
    [
        WeekdayPattern.Instance,
        RelativeDayPattern.Instance,
        MonthNamePattern.Instance,
        DayMonthPattern.Instance,
    ];

    /// <summary>
    /// Extends a clock time <paramref name="m"/> forwards over the day that completes it, and a month
    /// or a quarter over the relative year that places it ("January this year", "the second quarter
    /// last year"), which TimeML marks as one expression valued in that year.
    /// </summary>
    public static void Extend(DateScanner s, ref TemporalMention m)
    {
        if (m.Year == 0 && !m.HasShift && m.Kind is TemporalKind.Month or TemporalKind.YearPart
            && s.IsAny(m.EndToken, DateWords.ShiftWords) && s.Is(m.EndToken + 1, "year") && !s.KindAt(m.EndToken + 2, TokenKind.Clitic))
        {
            int shift = s.Is(m.EndToken, "last") ? -1 : s.Is(m.EndToken, "next") ? 1 : 0;
            if (m.Kind == TemporalKind.Month)
            {
                m.YearShift = shift;
            }
            else if (m.Month > 0)
            {
                // A numbered quarter or half: its year is the shifted one (the latest-quarter form counts from the anchor instead).
                m.Shift = shift;
                m.HasShift = true;
            }
            else
            {
                return;
            }

            m.EndToken += 2;
            return;
        }

        if (m.Kind == TemporalKind.Time && m.DayKind is null)
        {
            int k = m.EndToken;
            k += s.IsChar(k, ',') ? 1 : 0;
            if (TryAny(s, DayPatterns, k, out TemporalMention day) && day.Kind is TemporalKind.Weekday or TemporalKind.RelativeDay or TemporalKind.CalendarDate)
            {
                TakeDay(ref m, day);
                m.EndToken = day.EndToken;
            }
        }
    }

    private static void TakeDay(ref TemporalMention time, in TemporalMention day)
    {
        time.DayKind = day.Kind;
        time.Weekday = day.Weekday;
        time.Day = day.Day;
        time.Month = day.Month;
        time.Year = day.Year;
        time.Shift = day.Shift;
        time.HasShift = day.HasShift;
    }

    private static bool TryAny(DateScanner s, IDatePattern[] patterns, int i, out TemporalMention m)
    {
        foreach (IDatePattern pattern in patterns)
        {
            if (s.InSentence(i) && pattern.TryMatch(s, i, out m))
            {
                return true;
            }
        }

        m = default;
        return false;
    }
}
