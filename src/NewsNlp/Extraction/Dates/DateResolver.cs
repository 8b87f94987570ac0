using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>
/// Turns recognized expressions into TIMEX3 values. <see cref="Anchor"/> is the article's date (the
/// dateline's, else the publication date); <see cref="Last"/> is the last day resolved, for
/// expressions such as "the previous day". Never reads the clock: without an anchor, values stay
/// underspecified ("XXXX-02-08") or null.
/// </summary>
internal sealed class DateResolver
{
    /// <summary>Creates a resolver for an article dated <paramref name="anchor"/> (or undated).</summary>
    public DateResolver(DateOnly? anchor) => Reset(anchor);

    /// <summary>
    /// Makes this resolver as new, for an article dated <paramref name="anchor"/>: one resolver per thread serves every
    /// document (<see cref="DateExtractor"/>), so every field the resolution remembers is set here.
    /// </summary>
    public void Reset(DateOnly? anchor)
    {
        Anchor = anchor;
        Last = anchor;
        LastDayTold = null;
        LastMonth = anchor;
        LastQuarter = null;
        ComparedQuarter = null;
        ReportedQuarter = null;
        comparedQuarterSentence = -1;
        ComparesQuarter = false;
        LastYear = anchor?.Year;
        SequenceYear = anchor?.Year;
        QuarterIsLatest = false;
        LastToldMonth = null;
        LastToldYear = null;
        writtenYear = null;
        links.Reset();
    }

    /// <summary>The article's own date, or null.</summary>
    public DateOnly? Anchor { get; private set; }

    /// <summary>The last day resolved so far, or the anchor.</summary>
    public DateOnly? Last { get; private set; }

    /// <summary>The day of the last expression resolved to one, in the past or the future (for "Oct. 12, the day ...").</summary>
    public DateOnly? LastDayTold { get; private set; }

    /// <summary>The first day of the last month resolved so far, for "the next month".</summary>
    public DateOnly? LastMonth { get; private set; }

    /// <summary>The last quarter resolved so far (year * 4 + quarter - 1), for "a year earlier" in earnings news; null before any.</summary>
    public int? LastQuarter { get; private set; }

    /// <summary>
    /// The quarter "a year earlier" compares with (year * 4 + quarter - 1): the first quarter named in the latest sentence
    /// naming one, the subject of its comparisons ("imports in the December quarter were X, against Y in the September
    /// quarter and Z a year earlier"); null before any.
    /// </summary>
    public int? ComparedQuarter { get; private set; }

    /// <summary>
    /// <see cref="ComparedQuarter"/> when it is sure to be a quarter already reported, named without a year (a year written
    /// mostly names the comparison: "against the first quarter of 1986"): one before the article's own, or the article's own
    /// named in a past clause ("posted a decline in fourth-quarter earnings" of a fiscal year ended Sept. 30, told
    /// in November; not "will result in a fourth-quarter charge"). "The latest quarter" and "the latest period" are that quarter.
    /// </summary>
    public int? ReportedQuarter { get; private set; }

    /// <summary>The sentence <see cref="ComparedQuarter"/> was named in.</summary>
    private int comparedQuarterSentence;

    /// <summary>
    /// True while the last reporting period named is a quarter: "a year earlier" then compares that quarter. After a longer
    /// period ("for the nine months", "the year ended Sept. 30") it compares the year, as TimeBank reads earnings news.
    /// </summary>
    public bool ComparesQuarter { get; private set; }

    /// <summary>The last year resolved so far, for "the following year".</summary>
    public int? LastYear { get; private set; }

    /// <summary>The year "the previous year" and "the following year" count from: <see cref="LastYear"/>, or a year told relatively ("last year") after it.</summary>
    public int? SequenceYear { get; private set; }

    /// <summary>True when <see cref="LastQuarter"/> was told after <see cref="LastYear"/>: "the previous year" then counts from the quarter's year.</summary>
    public bool QuarterIsLatest { get; private set; }

    /// <summary>The first day of the last month told with its year written, in the past or the future, for "that month" (the narrative's <see cref="LastMonth"/> skips the future).</summary>
    public DateOnly? LastToldMonth { get; private set; }

    /// <summary>The last year written, in the past or the future, for "that year".</summary>
    public int? LastToldYear { get; private set; }

    /// <summary>Quarters told together that share a year (an apposition to a year-ago quarter, a list).</summary>
    private readonly QuarterLinks links = new();

    /// <summary>A year written out in the text ("November 15, 2017") and the sentence it was in.</summary>
    private (int Year, int Sentence, bool ReachesNextSentence)? writtenYear;

    /// <summary>Makes <paramref name="day"/> the article's date (a dateline).</summary>
    public void SetAnchor(DateOnly day)
    {
        Anchor = day;
        Last = day;
        LastMonth = day;
        LastYear = day.Year;
        SequenceYear = day.Year;
    }

    /// <summary>
    /// Resolves <paramref name="m"/> and, when it names a day of the narrative (not after the
    /// article's date), remembers it as <see cref="Last"/>.
    /// </summary>
    public ResolvedDate Resolve(in TemporalMention m, Tense tense, DateOnly? sameSentenceDay)
    {
        ResolvedDate r = links.Apply(m, Peek(m, tense, sameSentenceDay), out bool apposed);
        if (m.Kind == TemporalKind.Duration && IsReportingPeriod(m.Literal))
        {
            ComparesQuarter = false;
        }

        if (m.Kind is TemporalKind.Time or TemporalKind.PartOfDay or TemporalKind.Duration or TemporalKind.Set or TemporalKind.SamePeriod)
        {
            return r;
        }

        if (m.Kind == TemporalKind.YearPart && m.Unit == TimeUnit.Quarter && r.Value is { Length: 7 } quarter
            && int.TryParse(quarter.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int quarterYear))
        {
            // Earnings news compares a quarter with the same quarter "a year earlier".
            LastQuarter = (quarterYear * 4) + (quarter[6] - '1');
            QuarterIsLatest = true;
            if (!apposed && (Anchor is not DateOnly today || LastQuarter <= (today.Year * 4) + ((today.Month - 1) / 3)))
            {
                // A quarter after the article's own ("losses through the third quarter of 1990") is a forecast, not the
                // quarter the results compare. The article's own quarter may be a fiscal one just reported ("fourth-quarter
                // earnings" of a year ended Sept. 30, told in November).
                ComparesQuarter = true;
                if (m.Sentence != comparedQuarterSentence)
                {
                    ComparedQuarter = LastQuarter;
                    comparedQuarterSentence = m.Sentence;
                    if (m.Year == 0 && (Anchor is not DateOnly own || LastQuarter < (own.Year * 4) + ((own.Month - 1) / 3) || tense == Tense.Past))
                    {
                        ReportedQuarter = LastQuarter;
                    }
                }
            }
        }

        if (m.Year > 0 && m.Kind is TemporalKind.CalendarDate or TemporalKind.Month)
        {
            writtenYear = (m.Year, m.Sentence, true);
        }
        else if (m.Year > 0 && m.Kind == TemporalKind.Year && m.SetsScene)
        {
            // A bare year sets the scene only for its own sentence ("In 2019, ... on February 6").
            writtenYear = (m.Year, m.Sentence, false);
        }

        if (m.Year > 0)
        {
            Remember(r);
        }
        if (r.Day is DateOnly day)
        {
            LastDayTold = day;
            if (Anchor is not DateOnly anchor || day <= anchor)
            {
                Last = day;
                LastMonth = new DateOnly(day.Year, day.Month, 1);
                LastYear = day.Year;
                SequenceYear = day.Year;
                QuarterIsLatest = false;
            }
        }
        else if (r.Value is { Length: 7 } month && month[4] == '-' && month[5] != 'W'
            && int.TryParse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            && int.TryParse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int mo) && CalendarMath.IsValid(y, mo, 1))
        {
            var first = new DateOnly(y, mo, 1);
            if (Anchor is not DateOnly anchor || first <= anchor)
            {
                LastMonth = first;
                LastYear = y;
                SequenceYear = y;
                QuarterIsLatest = false;
            }
        }
        else if (m.Kind == TemporalKind.Year && CalendarMath.IsValidYear(m.Year) && (Anchor is not DateOnly anchor || m.Year <= anchor.Year))
        {
            LastYear = m.Year;
            SequenceYear = m.Year;
            QuarterIsLatest = false;
        }
        else if (m.Kind == TemporalKind.RelativeUnit && m.Unit == TimeUnit.Year && m.Shift < 0 && r.Value is { Length: 4 } lastYear
            && int.TryParse(lastYear, NumberStyles.None, CultureInfo.InvariantCulture, out int told))
        {
            // "last year ... from the previous year": the year before the one just told.
            SequenceYear = told;
            QuarterIsLatest = false;
        }

        return r;
    }

    /// <summary>True for a reporting period other than a quarter, up to a year: "P2M", "P6M", "P9M", "P1Y" ("the first two months", "the nine months", "the year ended ...").</summary>
    private static bool IsReportingPeriod(string? duration) =>
        duration is "P1Y" or "P2M" or { Length: 3 } and ['P', >= '4' and <= '9', 'M'] or "P10M" or "P11M";

    /// <summary>Notes the month and year of a value whose year was written ("2019", "October 2019", "Oct. 5, 2019") as the last told: "September of that year" looks past the bare "September".</summary>
    private void Remember(in ResolvedDate r)
    {
        if (r.Value is not { Length: >= 4 } value || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || !CalendarMath.IsValidYear(year))
        {
            return;
        }

        LastToldYear = year;
        LastToldMonth = value.Length >= 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) && CalendarMath.IsValid(year, month, 1)
            ? new DateOnly(year, month, 1)
            : null;
    }

    /// <summary>Resolves a relative day said in a quotation against the day the words were spoken.</summary>
    public ResolvedDate ResolveSpoken(in TemporalMention m, DateOnly spokenOn)
    {
        DateOnly? saved = Anchor;
        Anchor = spokenOn;
        ResolvedDate r = RelativeDates.RelativeDay(this, m);
        Anchor = saved;
        return r;
    }

    /// <summary>Resolves <paramref name="m"/> without changing state; a present tense reads as no tense.</summary>
    public ResolvedDate Peek(in TemporalMention m, Tense tense, DateOnly? sameSentenceDay) =>
        Dispatch(m, tense == Tense.Present ? Tense.Unknown : tense, sameSentenceDay);

    private ResolvedDate Dispatch(in TemporalMention m, Tense tense, DateOnly? sameSentenceDay) => m.Kind switch
    {
        TemporalKind.Holiday when m.Month == 0 => AbsoluteDates.Movable(this, m, tense),
        TemporalKind.CalendarDate or TemporalKind.Holiday => AbsoluteDates.CalendarDate(this, m, tense),
        TemporalKind.Month => AbsoluteDates.Month(this, m, tense),
        TemporalKind.Year => new ResolvedDate(m.Literal ?? Timex.Year(m.Year), "date", null),
        TemporalKind.Decade when m.Year < 100 => SpokenDecade(m.Year),
        TemporalKind.Decade => new ResolvedDate((m.Year / 10).ToString(CultureInfo.InvariantCulture), "date", null),
        TemporalKind.Century => new ResolvedDate((m.Year - 1).ToString("D2", CultureInfo.InvariantCulture), "date", null),
        TemporalKind.Season => AbsoluteDates.SeasonValue(this, m, tense),
        TemporalKind.Weekday => WeekdayValue(m, tense),
        TemporalKind.RelativeDay => RelativeDates.RelativeDay(this, m),
        TemporalKind.RelativeUnit => RelativeDates.RelativeUnit(this, m, tense),
        TemporalKind.Ago => RelativeDates.Ago(this, m),
        TemporalKind.AnchorOffset when m.Literal is not null => RelativeDates.AnchorOffset(this, m) with { TimexOverride = m.Literal, TimexType = "DURATION" },
        TemporalKind.AnchorOffset => RelativeDates.AnchorOffset(this, m),
        TemporalKind.Time when m.DayKind is TemporalKind dayKind => Clock(m, Dispatch(m with { Kind = dayKind, Part = PartOfDay.None }, tense, null).Day),
        TemporalKind.Time => Clock(m, sameSentenceDay ?? Last),
        TemporalKind.PartOfDay => (sameSentenceDay ?? Last) is DateOnly d ? new ResolvedDate(Timex.Day(d) + Timex.Suffix(m.Part), "time", d) : new ResolvedDate(null, "time", null),
        TemporalKind.Duration => new ResolvedDate(m.Literal, "duration", null, m.Literal is null ? Timex.VagueDuration(m.Unit) : null),
        TemporalKind.YearPart => AbsoluteDates.YearPart(this, m, tense),
        TemporalKind.Reference => new ResolvedDate(null, "date", null, m.TimexLiteral),
        TemporalKind.SamePeriod => RelativeDates.SamePeriod(this, m),
        _ => new ResolvedDate(m.Literal, "set", null),
    };

    /// <summary>A weekday; "on Friday night", "Saturday night's debate" keep the part of day in the contract value only (<see cref="TemporalMention.TimexDayOnly"/>).</summary>
    private ResolvedDate WeekdayValue(in TemporalMention m, Tense tense)
    {
        ResolvedDate r = RelativeDates.Weekday(this, m, tense);
        return m.TimexDayOnly && r.Day is DateOnly day ? r with { TimexOverride = Timex.Day(day) } : r;
    }

    /// <summary>The year written in this or the previous sentence, if any.</summary>
    public int? ContextYear(in TemporalMention m) =>
        writtenYear is (int year, int sentence, bool reaches) && m.Sentence - sentence is >= 0 && m.Sentence - sentence <= (reaches ? 1 : 0) ? year : null;

    /// <summary>"the nineties": the latest such decade begun by the article's year (the 1900s without an article date).</summary>
    private ResolvedDate SpokenDecade(int tens)
    {
        int century = Anchor is DateOnly anchor ? anchor.Year / 100 * 100 : 1900;
        if (Anchor is DateOnly a && century + tens > a.Year)
        {
            century -= 100;
        }

        return new ResolvedDate(((century + tens) / 10).ToString(CultureInfo.InvariantCulture), "date", null);
    }

    private static ResolvedDate Clock(in TemporalMention m, DateOnly? day)
    {
        string clock = string.Create(CultureInfo.InvariantCulture, $"T{m.Hour:D2}:{m.Minute:D2}");
        return day is DateOnly d ? new ResolvedDate(Timex.Day(d) + clock, "time", d) : new ResolvedDate("XXXX-XX-XX" + clock, "time", null);
    }
}
