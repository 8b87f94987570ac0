using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>Calendar dates, months, seasons and movable holidays: the year comes from the text, or from the anchor and the clause's tense.</summary>
internal static class AbsoluteDates
{
    /// <summary>How far past the anchor a past-tense date may fall (datelines run a day ahead of publication).</summary>
    private const int PastSlackDays = 7;

    /// <summary>How far ahead a date in a past-tense clause may be before it is read as last year's ("announced that on April 17 he would").</summary>
    private const int PastReachDays = 30;

    public static ResolvedDate CalendarDate(DateResolver r, in TemporalMention m, Tense tense)
    {
        if (m.Year > 0)
        {
            return CalendarMath.IsValid(m.Year, m.Month, m.Day) ? ResolvedDate.OfDay(new DateOnly(m.Year, m.Month, m.Day), PartOfDay.None) : ResolvedDate.Unresolved;
        }

        if (r.Anchor is not DateOnly anchor)
        {
            return new ResolvedDate(string.Create(CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}-{m.Day:D2}"), "date", null);
        }

        if (m.Weekday >= 0)
        {
            // "Monday, December 6": the nearest year in which that day is a Monday.
            for (int k = 0; k <= 6; k++)
            {
                foreach (int y in (ReadOnlySpan<int>)[anchor.Year + k, anchor.Year - k])
                {
                    if (CalendarMath.IsValid(y, m.Month, m.Day) && (int)new DateOnly(y, m.Month, m.Day).DayOfWeek == m.Weekday)
                    {
                        return ResolvedDate.OfDay(new DateOnly(y, m.Month, m.Day), PartOfDay.None);
                    }
                }
            }
        }

        if (m.HasShift)
        {
            return ShiftedDay(anchor, m);
        }

        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (!CalendarMath.IsValid(y, m.Month, m.Day))
            {
                continue;
            }

            var candidate = new DateOnly(y, m.Month, m.Day);
            int distance = Math.Abs(candidate.DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is not DateOnly chosen)
        {
            return ResolvedDate.Unresolved;
        }

        if (tense != Tense.Future && chosen.DayNumber > anchor.DayNumber + PastSlackDays && r.ContextYear(m) is int contextYear
            && contextYear < anchor.Year && CalendarMath.IsValid(contextYear, m.Month, m.Day))
        {
            // "on November 15, 2017 ... his resignation on November 21": not a future date but the year just written.
            chosen = new DateOnly(contextYear, m.Month, m.Day);
        }
        else if (tense == Tense.Past && chosen.DayNumber > anchor.DayNumber + PastReachDays && CalendarMath.IsValid(chosen.Year - 1, m.Month, m.Day))
        {
            chosen = new DateOnly(chosen.Year - 1, m.Month, m.Day);
        }
        else if (tense == Tense.Future && chosen.DayNumber < anchor.DayNumber - PastSlackDays && CalendarMath.IsValid(chosen.Year + 1, m.Month, m.Day))
        {
            chosen = new DateOnly(chosen.Year + 1, m.Month, m.Day);
        }

        return ResolvedDate.OfDay(chosen, PartOfDay.None);
    }


    /// <summary>Easter or Eid: the occurrence nearest the anchor, or the last one for a past clause, the next one for a future clause.</summary>
    /// <summary>"last Oct. 23": that day in the latest year before the anchor; "next March 3": in the first year after it; "this": the anchor's year.</summary>
    private static ResolvedDate ShiftedDay(DateOnly anchor, in TemporalMention m)
    {
        for (int y = anchor.Year; Math.Abs(y - anchor.Year) <= 4; y += m.Shift < 0 ? -1 : 1)
        {
            if (!CalendarMath.IsValid(y, m.Month, m.Day))
            {
                continue;
            }

            var d = new DateOnly(y, m.Month, m.Day);
            if (m.Shift == 0 || (m.Shift < 0 && d < anchor) || (m.Shift > 0 && d > anchor))
            {
                return ResolvedDate.OfDay(d, PartOfDay.None);
            }
        }

        return ResolvedDate.Unresolved;
    }

    public static ResolvedDate Movable(DateResolver r, in TemporalMention m, Tense tense)
    {
        if (r.Anchor is not DateOnly anchor)
        {
            return ResolvedDate.Unresolved;
        }

        if (m.HasShift)
        {
            return ShiftedDay(anchor, m);
        }

        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (MovableHolidays.InYear(m.Shift, y) is not DateOnly d
                || (tense == Tense.Past && d.DayNumber > anchor.DayNumber + PastSlackDays)
                || (tense == Tense.Future && d.DayNumber < anchor.DayNumber - PastSlackDays))
            {
                continue;
            }

            int distance = Math.Abs(d.DayNumber - anchor.DayNumber);
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best is DateOnly day ? ResolvedDate.OfDay(day, PartOfDay.None) : ResolvedDate.Unresolved;
    }

    public static ResolvedDate Month(DateResolver r, in TemporalMention m, Tense tense)
    {
        if (m.Year > 0)
        {
            return new ResolvedDate(Timex.Month(m.Year, m.Month), "date", null);
        }

        if (r.Anchor is not DateOnly anchor)
        {
            return new ResolvedDate(string.Create(CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}"), "date", null);
        }

        if (m.PastEvent)
        {
            // "the October slaying" told in April: last October, as a past clause would place it.
            tense = Tense.Past;
        }
        else if (m.Nearest)
        {
            // "sales for February", "for April shipment": the figure's month, read as the nearest one (a delivery month
            // in a past clause is still ahead).
            tense = Tense.Unknown;
        }

        int year = anchor.Year;
        if (m.YearShift is int yearShift)
        {
            // "June last year": the month of the year named relative to the anchor.
            year += yearShift;
        }
        else if (m.HasShift)
        {
            // "last October": the most recent October before this month; "next March": the first after it.
            if (m.Shift < 0 && m.Month >= anchor.Month)
            {
                year--;
            }
            else if (m.Shift > 0 && m.Month <= anchor.Month)
            {
                year++;
            }
        }
        else if (tense == Tense.Past && m.Month > anchor.Month)
        {
            year--;
        }
        else if (tense == Tense.Future && m.Month < anchor.Month)
        {
            year++;
        }
        else if (tense == Tense.Unknown && Math.Abs(m.Month - anchor.Month) > 6)
        {
            // Nearest: December read in January is last December.
            year += m.Month > anchor.Month ? -1 : 1;
        }

        if (!m.HasShift && m.YearShift is null && tense != Tense.Future && (year > anchor.Year || (year == anchor.Year && m.Month > anchor.Month))
            && r.ContextYear(m) is int contextYear && contextYear < anchor.Year)
        {
            // "Bayes withdrew in March 2019 ... in August": the year just written, not a future month.
            year = contextYear;
        }

        return CalendarMath.IsValidYear(year) ? new ResolvedDate(Timex.Month(year, m.Month), "date", null) : ResolvedDate.Unresolved;
    }

    /// <summary>A season: the year written, the shifted one ("last winter"), else this year's, or the last one already begun in a past clause ("over the summer" in March is last year's).</summary>
    public static ResolvedDate SeasonValue(DateResolver r, in TemporalMention m, Tense tense)
    {
        if (m.Year > 0)
        {
            return new ResolvedDate(Timex.Year(m.Year) + "-" + Timex.Code(m.Season), "date", null);
        }

        if (r.Anchor is not DateOnly anchor)
        {
            return new ResolvedDate("XXXX-" + Timex.Code(m.Season), "date", null);
        }

        int year = anchor.Year + m.Shift;
        if (!m.HasShift && tense == Tense.Past && anchor.Month < FirstMonth(m.Season))
        {
            year--;
        }

        return CalendarMath.IsValidYear(year) ? new ResolvedDate(Timex.Year(year) + "-" + Timex.Code(m.Season), "date", null) : ResolvedDate.Unresolved;
    }

    /// <summary>The month a season begins in (northern meteorological seasons; winter counts from December).</summary>
    private static int FirstMonth(Season season) => season switch
    {
        Season.Spring => 3,
        Season.Summer => 6,
        Season.Autumn => 9,
        _ => 12,
    };

    /// <summary>A quarter or half: the written year, the shifted one ("next year's"), else the latest such part not after the anchor (the next one in a future clause).</summary>
    public static ResolvedDate YearPart(DateResolver r, in TemporalMention m, Tense tense)
    {
        char letter = m.Unit == TimeUnit.Half ? 'H' : 'Q';
        int monthsPerPart = m.Unit == TimeUnit.Half ? 6 : 3;
        if (r.Anchor is not DateOnly anchor)
        {
            return m.Year > 0 && m.Month > 0 ? new ResolvedDate(Timex.Year(m.Year) + "-" + letter + m.Month.ToString(CultureInfo.InvariantCulture), "date", null) : ResolvedDate.Unresolved;
        }

        int year;
        int part = m.Month;
        if (part == 0 && m.Year > 0)
        {
            // "the 1988 quarter": the quarter under discussion (the last one named, else the anchor's), in that year.
            year = m.Year;
            part = r.LastQuarter is int last ? (last % 4) + 1 : ((anchor.Month - 1) / 3) + 1;
        }
        else if (part == 0 && m.Shift == -1 && r.ReportedQuarter is int reported)
        {
            // "the quarter", "the latest quarter", "the latest period" after a quarter was reported ("fourth-quarter earnings"
            // of a fiscal year ended Sept. 30, told in November): that quarter, not the calendar's last.
            year = reported / 4;
            part = (reported % 4) + 1;
        }
        else if (part == 0)
        {
            // "the latest quarter": counted from the anchor's own quarter.
            int index = (anchor.Year * 4) + ((anchor.Month - 1) / 3) + m.Shift;
            year = index / 4;
            part = (index % 4) + 1;
        }
        else if (m.Year > 0)
        {
            year = m.Year;
        }
        else if (m.HasShift)
        {
            year = anchor.Year + m.Shift;
        }
        else
        {
            // A part not begun by the article's month is last year's, unless the clause is in the future; but not the quarter
            // just before the article's own ("will report a fourth-quarter loss" in March): its results come after it ends.
            int firstMonth = ((part - 1) * monthsPerPart) + 1;
            bool justEnded = m.Unit == TimeUnit.Quarter && part == ((((anchor.Month - 1) / 3) + 3) % 4) + 1;
            year = firstMonth > anchor.Month && (tense != Tense.Future || justEnded) ? anchor.Year - 1 : anchor.Year;
        }

        return CalendarMath.IsValidYear(year)
            ? new ResolvedDate(Timex.Year(year) + "-" + letter + part.ToString(CultureInfo.InvariantCulture), "date", null)
            : ResolvedDate.Unresolved;
    }
}
