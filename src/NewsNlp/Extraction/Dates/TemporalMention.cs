namespace NewsNlp.Extraction.Dates;

/// <summary>The shape of a recognized temporal expression, before resolution.</summary>
internal enum TemporalKind : byte
{
    /// <summary>A calendar date; <see cref="TemporalMention.Year"/> may be 0 ("February 8").</summary>
    CalendarDate,
    /// <summary>A month, with or without a year ("March 2023", "in March", "last October").</summary>
    Month,
    /// <summary>A year ("in 2019", "mid-2020").</summary>
    Year,
    /// <summary>A decade ("the 1980s").</summary>
    Decade,
    /// <summary>A season ("last summer").</summary>
    Season,
    /// <summary>A weekday ("Friday", "last Friday", "Tuesday evening").</summary>
    Weekday,
    /// <summary>A day relative to the article date ("yesterday", "last night", "earlier today").</summary>
    RelativeDay,
    /// <summary>The unit containing the article date, shifted ("this week", "last month", "next year").</summary>
    RelativeUnit,
    /// <summary>An amount back from the article date ("two days ago").</summary>
    Ago,
    /// <summary>An amount from the last resolved date ("three weeks later", "the previous day").</summary>
    AnchorOffset,
    /// <summary>A clock time ("10:30 a.m.", "0700 GMT", "noon").</summary>
    Time,
    /// <summary>A part of day on its own ("pre-dawn").</summary>
    PartOfDay,
    /// <summary>A duration ("three years", "48 hours", "for decades").</summary>
    Duration,
    /// <summary>A recurring time ("every Friday", "weekly").</summary>
    Set,
    /// <summary>A fixed holiday ("Christmas Day", "New Year's Day").</summary>
    Holiday,
    /// <summary>The present, past or future as a whole ("now", "recently", "the future"); <see cref="TemporalMention.TimexLiteral"/> says which.</summary>
    Reference,
    /// <summary>A quarter or a half of a year ("the third quarter", "fiscal 1998's first half"); <see cref="TemporalMention.Unit"/> says which.</summary>
    YearPart,
    /// <summary>The period last reported, a year apart or in a written year ("the same period last year", "the corresponding quarter of 1988"); <see cref="TemporalMention.Unit"/> is its granularity when written (month, quarter), else none.</summary>
    SamePeriod,
    /// <summary>A century by its ordinal ("the 20th century"); <see cref="TemporalMention.Year"/> is the ordinal.</summary>
    Century,
}

/// <summary>
/// A recognized temporal expression: where it is and what it says, not yet resolved against a date.
/// </summary>
internal record struct TemporalMention
{
    /// <summary>Start offset in the document text.</summary>
    public int Start;

    /// <summary>Exclusive end offset.</summary>
    public int End;

    /// <summary>Index of the first token.</summary>
    public int FirstToken;

    /// <summary>Index one past the last token.</summary>
    public int EndToken;

    /// <summary>Index of the sentence that holds it.</summary>
    public int Sentence;

    /// <summary>What kind of expression it is.</summary>
    public TemporalKind Kind;

    /// <summary>The year, or 0 when not written.</summary>
    public int Year;

    /// <summary>The month 1..12, or 0.</summary>
    public int Month;

    /// <summary>The day of month, or 0.</summary>
    public int Day;

    /// <summary>The weekday (<see cref="DayOfWeek"/>), or -1.</summary>
    public int Weekday;

    /// <summary>The shift: -1 last/ago/earlier, 0 this, +1 next/later; the amount for offsets.</summary>
    public int Shift;

    /// <summary>True when a "last"/"next"/"this" modifier was written.</summary>
    public bool HasShift;

    /// <summary>For a month placed in a year named relative to the anchor ("June last year": -1), else null.</summary>
    public int? YearShift;

    /// <summary>The unit of relative expressions and durations.</summary>
    public TimeUnit Unit;

    /// <summary>The part of day, if any.</summary>
    public PartOfDay Part;

    /// <summary>The season, if any.</summary>
    public Season Season;

    /// <summary>Hour 0..24 for times, or -1.</summary>
    public int Hour;

    /// <summary>Minute for times.</summary>
    public int Minute;

    /// <summary>A value fixed at recognition (durations, sets, vague expressions); null when resolution computes it.</summary>
    public string? Literal;

    /// <summary>True for a year that sets the scene for its sentence ("In 2019, ...").</summary>
    public bool SetsScene;

    /// <summary>True for "that year", "that quarter": the period of the date last told, even one still ahead of the article; for "the previous Friday", the weekday before the day last told.</summary>
    public bool Anaphoric;

    /// <summary>True for "the day" in apposition to the day told just before it ("Oct. 12, the day before the crash"): that day.</summary>
    public bool Apposed;

    /// <summary>True for a period counted by a sequence word ("the following year", "the previous day"): told at its own unit, never as a quarter.</summary>
    public bool Sequenced;

    /// <summary>True for a month named as what a figure is for ("sales for February", "for April shipment"): the nearest such month, whatever the clause's tense.</summary>
    public bool Nearest;

    /// <summary>True for a month qualifying a noun of a violent or sudden event ("the October slaying"): read as in a past clause, whatever the verb's tense.</summary>
    public bool PastEvent;

    /// <summary>True for an ordinal of a list of quarters or halves ("the third and fourth quarters"): the members share one year.</summary>
    public bool Listed;

    /// <summary>True for a whole reporting year ("for the full year", "For the year, sales rose"): a past clause early in the year reports the year just ended.</summary>
    public bool Reported;

    /// <summary>True for a Reuters-style dateline ("BAHRAIN, March 5 -").</summary>
    public bool IsDateline;

    /// <summary>A weekday with a part of day whose TIMEX3 value is the day alone ("on Friday night", "Saturday night's debate"): the contract value keeps the part of day.</summary>
    public bool TimexDayOnly;

    /// <summary>"the week" named without telling which ("For the week, the index fell 3%", "the week's busiest session"): TIMEX3 writes the article's year and an unknown week ("1989-WXX"); the contract value stays null.</summary>
    public bool WeekUnknown;

    /// <summary>The TIMEX3 value when the contract value stays null: vague expressions ("PRESENT_REF", "PXY").</summary>
    public string? TimexLiteral;

    /// <summary>The TIMEX3 modifier ("APPROX", "START", "END", "LESS_THAN", ...), or null.</summary>
    public string? Mod;

    /// <summary>For a clock time joined with its day ("10 p.m. Wednesday"): the kind of the day part, else null.</summary>
    public TemporalKind? DayKind;
}
