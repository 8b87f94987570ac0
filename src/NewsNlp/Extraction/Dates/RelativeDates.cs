using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>Weekdays, relative days, weeks, months and years, "ago" and offsets from the last date told.</summary>
internal static class RelativeDates
{
    public static ResolvedDate Weekday(DateResolver r, in TemporalMention m, Tense tense)
    {
        if (m.Anaphoric && r.Last is DateOnly last)
        {
            // "the previous Friday": the last such weekday before the day last told.
            int before = (((int)last.DayOfWeek - m.Weekday) + 7) % 7;
            return ResolvedDate.OfDay(last.AddDays(-(before == 0 ? 7 : before)), m.Part);
        }

        if (r.Anchor is not DateOnly anchor)
        {
            string suffix = Timex.Suffix(m.Part);
            return new ResolvedDate("XXXX-WXX-" + Timex.IsoWeekdayDigit(m.Weekday) + suffix, "date", null);
        }

        int today = (int)anchor.DayOfWeek;
        int back = ((today - m.Weekday) + 7) % 7;
        int ahead = ((m.Weekday - today) + 7) % 7;
        int offset;
        if (m.HasShift && m.Shift < 0)
        {
            // "last Friday": the most recent Friday before the article's day.
            offset = -(back == 0 ? 7 : back);
        }
        else if (m.HasShift && m.Shift > 0)
        {
            offset = ahead == 0 ? 7 : ahead;
        }
        else if (m.HasShift)
        {
            // "this Friday": the Friday of the article's ISO week.
            int isoToday = today == 0 ? 7 : today;
            int isoTarget = m.Weekday == 0 ? 7 : m.Weekday;
            offset = isoTarget - isoToday;
        }
        else
        {
            offset = tense == Tense.Future ? ahead : -back;
        }

        return CalendarMath.AddDays(anchor, offset) is DateOnly d ? ResolvedDate.OfDay(d, m.Part) : ResolvedDate.Unresolved;
    }

    public static ResolvedDate RelativeDay(DateResolver r, in TemporalMention m) =>
        r.Anchor is DateOnly anchor && CalendarMath.AddDays(anchor, m.Shift) is DateOnly d ? ResolvedDate.OfDay(d, m.Part) : ResolvedDate.Unresolved;

    /// <summary>The last month of the season of annual results (January to March): a whole year told in the past then is the year before.</summary>
    private const int LastReportingMonth = 3;

    public static ResolvedDate RelativeUnit(DateResolver r, in TemporalMention m, Tense tense)
    {
        if (m.WeekUnknown)
        {
            // "For the week, ...": no week can be told; TIMEX3 writes the year with an unknown week.
            return new ResolvedDate(null, "date", null, r.Anchor is DateOnly year ? Timex.Year(year.Year) + "-WXX" : "XXXX-WXX");
        }

        if (r.Anchor is not DateOnly anchor)
        {
            return ResolvedDate.Unresolved;
        }

        if (m.Unit == TimeUnit.Weekend && !m.HasShift)
        {
            // "over the weekend": the weekend just past, unless the clause looks ahead or the anchor is in one.
            bool inWeekend = anchor.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            return CalendarMath.Shifted(anchor, TimeUnit.Weekend, tense == Tense.Future || inWeekend ? 0 : -1);
        }

        if (m.Unit == TimeUnit.Year && !m.HasShift && m.Mod == "END" && tense == Tense.Past && anchor.Month < 12)
        {
            // "net debt fell at year-end", "the deal closed by the end of the year": this year's end is still
            // ahead, so a past clause means the year-end just gone.
            return CalendarMath.Shifted(anchor, m.Unit, -1);
        }

        if (m.Reported && tense == Tense.Past && anchor.Month <= LastReportingMonth)
        {
            // "For the full year, it earned 329 mln dlrs" written in March: the annual results just reported.
            return CalendarMath.Shifted(anchor, m.Unit, -1);
        }

        if (m.Unit == TimeUnit.Week && m.Shift == 0 && tense == Tense.Past && anchor.DayOfWeek == DayOfWeek.Monday)
        {
            // "This week saw a referendum" written on a Monday looks back on the week just ended.
            return CalendarMath.Shifted(anchor, m.Unit, -1);
        }

        return CalendarMath.Shifted(anchor, m.Unit, m.Shift);
    }

    public static ResolvedDate Ago(DateResolver r, in TemporalMention m)
    {
        if (r.Anchor is not DateOnly anchor)
        {
            return ResolvedDate.Unresolved;
        }

        if (!m.HasShift)
        {
            return VagueAgo(anchor, m.Unit);
        }

        if (m.Unit == TimeUnit.Year && m.Month > 0)
        {
            // "the year-ago quarter, the second quarter ...": the quarter named in apposition, in the year before the one
            // compared (the article's when none is).
            int year = (r.ComparesQuarter && r.ComparedQuarter is int compared ? compared / 4 : anchor.Year) + m.Shift;
            return QuarterYearsAway((year * 4) + m.Month - 1, 0);
        }

        if (m.Unit == TimeUnit.Year && r.ComparesQuarter && r.ComparedQuarter is int quarter)
        {
            return QuarterYearsAway(quarter, m.Shift);
        }

        return m.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? ResolvedDate.OfDay(anchor, PartOfDay.None) : CalendarMath.Shifted(anchor, m.Unit, m.Shift);
    }

    /// <summary>The least that "a few" or "several" units can mean: the period they reach is at least this many units back.</summary>
    private const int FewUnits = 2;

    /// <summary>
    /// "a few years ago", "several weeks ago": no point can be told, so the contract value stays null; the TIMEX3 value
    /// names the unit one level up with its last digit unknown, as TimeML writes an underspecified point: "199X" for
    /// years, "1998-XX" for months, "1998-WXX" for weeks, "1998-10-XX" for days. The level up is the one the period
    /// at least <see cref="FewUnits"/> units back falls in.
    /// </summary>
    private static ResolvedDate VagueAgo(DateOnly anchor, TimeUnit unit)
    {
        string? timex = unit switch
        {
            TimeUnit.Year when anchor.Year - FewUnits >= 10 => ((anchor.Year - FewUnits) / 10).ToString(CultureInfo.InvariantCulture) + "X",
            TimeUnit.Month when CalendarMath.Shifted(anchor, TimeUnit.Month, -FewUnits).Value is { } month => month[..4] + "-XX",
            TimeUnit.Week when CalendarMath.AddDays(anchor, -7 * FewUnits) is DateOnly week => Timex.Week(week)[..4] + "-WXX",
            TimeUnit.Day when CalendarMath.AddDays(anchor, -FewUnits) is DateOnly day
                => Timex.Month(day.Year, day.Month) + "-XX",
            _ => null,
        };
        return timex is null ? ResolvedDate.Unresolved : new ResolvedDate(null, "date", null, timex);
    }

    /// <summary>
    /// "a year earlier" after a quarter was named: the same quarter that many years away, the
    /// granularity of the comparison ("third-quarter profit rose from a year earlier").
    /// </summary>
    private static ResolvedDate QuarterYearsAway(int quarter, int years)
    {
        int index = quarter + (4 * years);
        return index >= 4 && CalendarMath.IsValidYear(index / 4)
            ? new ResolvedDate(Timex.Year(index / 4) + "-Q" + ((index % 4) + 1).ToString(CultureInfo.InvariantCulture), "date", null)
            : ResolvedDate.Unresolved;
    }

    /// <summary>
    /// "the same period last year", "the corresponding quarter of 1988", "the same month a year earlier": the period last
    /// reported, a year back or in the year written. A month is the last month told (if it is not the article's own: a
    /// "period" is often several months, "January to March", so only a written month counts); a quarter, or a period while
    /// quarters are compared, is the compared quarter; anything else is the year.
    /// </summary>
    public static ResolvedDate SamePeriod(DateResolver r, in TemporalMention m)
    {
        if (r.Anchor is not DateOnly anchor)
        {
            return ResolvedDate.Unresolved;
        }

        if (m.Unit == TimeUnit.Month && r.LastMonth is DateOnly month && (month.Year != anchor.Year || month.Month != anchor.Month))
        {
            // Not when the last month is the article's own: monthly figures are mostly for a month already over, and
            // when that month went unnamed ("its February load factor") only the year is sure.
            int year = m.Year > 0 ? m.Year : month.Year - 1;
            return CalendarMath.IsValidYear(year) ? new ResolvedDate(Timex.Month(year, month.Month), "date", null) : ResolvedDate.Unresolved;
        }

        if ((m.Unit == TimeUnit.Quarter || (m.Unit == TimeUnit.None && r.ComparesQuarter)) && (r.ComparesQuarter ? r.ComparedQuarter : r.LastQuarter) is int quarter)
        {
            return QuarterYearsAway(m.Year > 0 ? (m.Year * 4) + (quarter % 4) : quarter, m.Year > 0 ? 0 : -1);
        }

        int whole = m.Year > 0 ? m.Year : anchor.Year - 1;
        return CalendarMath.IsValidYear(whole) ? new ResolvedDate(Timex.Year(whole), "date", null) : ResolvedDate.Unresolved;
    }

    public static ResolvedDate AnchorOffset(DateResolver r, in TemporalMention m)
    {
        if (m.Apposed)
        {
            // "April 24, the day the cooperative will be dissolved": the day just told, even one still ahead.
            return r.LastDayTold is DateOnly told ? ResolvedDate.OfDay(told, PartOfDay.None) : ResolvedDate.Unresolved;
        }

        if (!m.HasShift || r.Last is not DateOnly last)
        {
            return ResolvedDate.Unresolved;
        }

        if (m.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
        {
            return ResolvedDate.OfDay(last, PartOfDay.None);
        }

        if (m.Unit == TimeUnit.Quarter && m.Anaphoric && r.LastQuarter is int lastQuarter)
        {
            // "that quarter": the quarter last named.
            return QuarterYearsAway(lastQuarter, 0);
        }

        if (m.Unit == TimeUnit.Year && m.Shift != 0 && !m.Sequenced && r.ComparesQuarter && r.ComparedQuarter is int quarter)
        {
            // Not for "earlier in the year": the year itself, not the quarter last named.
            return QuarterYearsAway(quarter, m.Shift);
        }

        if (m.Unit == TimeUnit.Year && m.Sequenced && r.QuarterIsLatest && r.LastQuarter is int namedQuarter)
        {
            // "the previous year" after a quarter was named: a year, counted from the quarter's.
            int year = (namedQuarter / 4) + m.Shift;
            return CalendarMath.IsValidYear(year) ? new ResolvedDate(Timex.Year(year), "date", null) : ResolvedDate.Unresolved;
        }

        DateOnly from = m.Unit switch
        {
            // "that year", "that month": the period last told, even one still ahead.
            TimeUnit.Year when m.Anaphoric && r.LastToldYear is int told => new DateOnly(told, 1, 1),
            TimeUnit.Month or TimeUnit.Quarter when m.Anaphoric && r.LastToldMonth is DateOnly toldMonth => toldMonth,
            TimeUnit.Month or TimeUnit.Quarter when r.LastMonth is DateOnly month => month,
            TimeUnit.Year when m.Sequenced && r.SequenceYear is int sequenceYear && CalendarMath.IsValidYear(sequenceYear) => new DateOnly(sequenceYear, 1, 1),
            TimeUnit.Year or TimeUnit.Decade when r.LastYear is int year && CalendarMath.IsValidYear(year) => new DateOnly(year, 1, 1),
            _ => last,
        };
        return CalendarMath.Shifted(from, m.Unit, m.Shift);
    }
}
