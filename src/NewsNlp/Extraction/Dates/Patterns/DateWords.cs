using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>The word classes the date patterns test tokens against (Resources/Lexicon/dates/).</summary>
internal static class DateWords
{
    /// <summary>Words before a bare month name that make it a date ("in March", "since May").</summary>
    public static readonly WordClass MonthTriggers = Lexicon.Default.Class("dates/month-triggers");

    /// <summary>Words that join list items, before which "May" is more likely the verb.</summary>
    public static readonly WordClass ListJoiners = Lexicon.Default.Class("dates/list-joiners");

    /// <summary>Words before a number that make it a count, not a year ("about 2000", "Flight 1987").</summary>
    public static readonly WordClass CountCues = Lexicon.Default.Class("dates/count-cues");

    /// <summary>Words after a number that make it a count or measure, not a year.</summary>
    public static readonly WordClass MeasureCues = Lexicon.Default.Class("dates/measure-cues");

    /// <summary>Words before a year that leave no doubt ("in 1983", "since 2015").</summary>
    public static readonly WordClass YearPrepositions = Lexicon.Default.Class("dates/year-prepositions");

    /// <summary>Words before a year that make it the scene of its sentence ("In 2019, ...").</summary>
    public static readonly WordClass SceneSetters = Lexicon.Default.Class("dates/scene-setters");

    /// <summary>Words ending in "s" that are not plural nouns.</summary>
    public static readonly WordClass NotPlurals = Lexicon.Default.Class("dates/not-plurals");

    /// <summary>Capitalized words that make a weekday a name ("Super Tuesday").</summary>
    public static readonly WordClass NamedDays = Lexicon.Default.Class("dates/named-days");

    /// <summary>Time zones after a clock time.</summary>
    public static readonly WordClass TimeZones = Lexicon.Default.Class("dates/time-zones");

    /// <summary>Before-noon markers.</summary>
    public static readonly WordClass Morning = Lexicon.Default.Class("dates/meridiem-am");

    /// <summary>After-noon markers.</summary>
    public static readonly WordClass Afternoon = Lexicon.Default.Class("dates/meridiem-pm");

    /// <summary>Where in a period: "early", "late", "mid".</summary>
    public static readonly WordClass PeriodPositions = Lexicon.Default.Class("dates/period-positions");

    /// <summary>"this", "next", "last".</summary>
    public static readonly WordClass ShiftWords = Lexicon.Default.Class("dates/shift-words");

    /// <summary>"the previous|next|same day".</summary>
    public static readonly WordClass SequenceWords = Lexicon.Default.Class("dates/sequence-words");

    /// <summary>Amounts without a number ("few", "several").</summary>
    public static readonly WordClass VagueAmounts = Lexicon.Default.Class("dates/vague-amounts");

    /// <summary>Words before an amount that make it a frequency ("twice a day").</summary>
    public static readonly WordClass FrequencyWords = Lexicon.Default.Class("dates/frequency-words");

    /// <summary>Words before "a day", "an hour" that make it a duration ("for a year").</summary>
    public static readonly WordClass DurationLeads = Lexicon.Default.Class("dates/duration-leads");

    /// <summary>Conjunctions and prepositions that end a phrase.</summary>
    public static readonly WordClass PhraseEnders = Lexicon.Default.Class("dates/phrase-enders");

    /// <summary>The present as a whole: "now", "currently" (PRESENT_REF).</summary>
    public static readonly WordClass PresentRef = Lexicon.Default.Class("dates/present-ref");

    /// <summary>The past as a whole: "recently", "the past" (PAST_REF).</summary>
    public static readonly WordClass PastRef = Lexicon.Default.Class("dates/past-ref");

    /// <summary>The future as a whole: "soon", "the future" (FUTURE_REF).</summary>
    public static readonly WordClass FutureRef = Lexicon.Default.Class("dates/future-ref");

    /// <summary>Ordinals of quarters and halves, ordered: "first" is 1.</summary>
    public static readonly WordClass Ordinals = Lexicon.Default.Class("dates/ordinal-words");

    /// <summary>Words naming the latest quarter reported: "the latest quarter".</summary>
    public static readonly WordClass QuarterLeads = Lexicon.Default.Class("dates/quarter-leads");

    /// <summary>Words that make an amount or a time approximate (APPROX).</summary>
    public static readonly WordClass Approximators = Lexicon.Default.Class("dates/approximators");

    /// <summary>"less than" (LESS_THAN).</summary>
    public static readonly WordClass LessThan = Lexicon.Default.Class("dates/mod-less-than");

    /// <summary>"more than" (MORE_THAN).</summary>
    public static readonly WordClass MoreThan = Lexicon.Default.Class("dates/mod-more-than");

    /// <summary>"at least" (EQUAL_OR_MORE).</summary>
    public static readonly WordClass EqualOrMore = Lexicon.Default.Class("dates/mod-equal-or-more");

    /// <summary>"no more than" (EQUAL_OR_LESS).</summary>
    public static readonly WordClass EqualOrLess = Lexicon.Default.Class("dates/mod-equal-or-less");

    /// <summary>"early", "the beginning of" (START).</summary>
    public static readonly WordClass Start = Lexicon.Default.Class("dates/mod-start");

    /// <summary>"late", "the end of" (END).</summary>
    public static readonly WordClass End = Lexicon.Default.Class("dates/mod-end");

    /// <summary>"mid", "the middle of" (MID).</summary>
    public static readonly WordClass Mid = Lexicon.Default.Class("dates/mod-mid");

    /// <summary>Words between "the" and an amount of time: "the next two weeks".</summary>
    public static readonly WordClass DurationDeterminers = Lexicon.Default.Class("dates/duration-determiners");

    /// <summary>Words before a year that name a kind of year: "fiscal 1998".</summary>
    public static readonly WordClass YearKinds = Lexicon.Default.Class("dates/year-kinds");

    /// <summary>One-word comparisons with a year before: "year-earlier", "year-ago".</summary>
    public static readonly WordClass YearAgoWords = Lexicon.Default.Class("dates/year-ago-words");

    /// <summary>Words before a plural unit that make it a vague duration: "recent", "coming".</summary>
    public static readonly WordClass PluralLeads = Lexicon.Default.Class("dates/plural-leads");

    /// <summary>The words after "a year" that make it a comparison back: "the quarter a year ago", "a year earlier".</summary>
    public static readonly WordClass YearAgoTails = Lexicon.Default.Class("dates/year-ago-tails");

    /// <summary>The end of the year as one word: "year-end".</summary>
    public static readonly WordClass YearEndWords = Lexicon.Default.Class("dates/year-end-words");

    /// <summary>The noun after "year" or "year's" that names its end: "year end", "year's end".</summary>
    public static readonly WordClass PeriodEnds = Lexicon.Default.Class("dates/period-ends");

    /// <summary>Determiners before a month that qualifies a noun: "the October slaying", "a June agreement".</summary>
    public static readonly WordClass MonthDeterminers = Lexicon.Default.Class("dates/month-determiners");

    /// <summary>The plural of "quarter", read only after a count ("the past two quarters"): alone it is mostly a place.</summary>
    public static readonly WordClass QuarterPlurals = Lexicon.Default.Class("dates/quarter-plurals");

    /// <summary>The word that makes "two thousand" a spoken year after "the year".</summary>
    public static readonly WordClass Thousands = Lexicon.Default.Class("dates/thousands");

    /// <summary>Adverbs of a regular frequency: "hourly", "annually".</summary>
    public static readonly WordClass FrequencyAdverbs = Lexicon.Default.Class("dates/frequency-adverbs");

    /// <summary>Words between "the" and a period that make it the same period a year apart: "the same period last year".</summary>
    public static readonly WordClass ComparableLeads = Lexicon.Default.Class("dates/context-comparable-leads");

    /// <summary>Participles after "the year" that make it a reporting year: "the year ended Sept. 30".</summary>
    public static readonly WordClass PeriodClosers = Lexicon.Default.Class("dates/context-period-closers");

    /// <summary>Words between "the" and "year" that make it the whole year: "the full year".</summary>
    public static readonly WordClass WholePeriodWords = Lexicon.Default.Class("dates/context-whole-period-words");

    /// <summary>Prepositions before a bare season that make it a time: "in summer", "during winter".</summary>
    public static readonly WordClass SeasonLeads = Lexicon.Default.Class("dates/context-season-leads");

    /// <summary>Words between an amount and its unit: "two more weeks", "eight trading days".</summary>
    public static readonly WordClass UnitQualifiers = Lexicon.Default.Class("dates/context-unit-qualifiers");

    /// <summary>Prepositions before "the morning" that make it the part of the day told: "in the morning", "by the evening".</summary>
    public static readonly WordClass PartOfDayLeads = Lexicon.Default.Class("dates/context-part-of-day-leads");

    /// <summary>Prepositions before "the years" that make it a vague span: "over the years".</summary>
    public static readonly WordClass SpanLeads = Lexicon.Default.Class("dates/context-span-leads");

    /// <summary>First words of the reference phrases ("the past", "these days"): where <see cref="ReferencePattern"/> tries phrases.</summary>
    public static readonly WordClass ReferencePhraseStarts = Lexicon.Default.Class("dates/reference-phrase-starts");

    /// <summary>The words <see cref="AnchorPhrasePattern"/> spells at its first token.</summary>
    public static readonly WordClass AnchorPhraseStarts = Lexicon.Default.Class("dates/start-anchor-phrase");

    /// <summary>The words <see cref="AmountPattern"/> spells at its first token ("a", "half", "couple").</summary>
    public static readonly WordClass AmountStarts = Lexicon.Default.Class("dates/start-amount");

    /// <summary>The words <see cref="ClockWordPattern"/> spells at its first token.</summary>
    public static readonly WordClass ClockWordStarts = Lexicon.Default.Class("dates/start-clock-word");

    /// <summary>The words <see cref="HolidayPattern"/> spells at its first token.</summary>
    public static readonly WordClass HolidayStarts = Lexicon.Default.Class("dates/start-holiday");

    /// <summary>Modal verbs before "one day" ("will one day be": some day).</summary>
    public static readonly WordClass Modals = Lexicon.Default.Class("dates/context-modals");

    /// <summary>Decades said in words ("nineties"); <see cref="EraPattern"/> reads their order.</summary>
    public static readonly WordClass DecadeWords = Lexicon.Default.Class("dates/decade-words");

    /// <summary>Ordinals before "century" ("twentieth"); <see cref="EraPattern"/> reads their order.</summary>
    public static readonly WordClass CenturyOrdinals = Lexicon.Default.Class("dates/century-ordinals");

    /// <summary>The words <see cref="ModifierPattern"/> (with <see cref="ShiftedPattern"/> and <see cref="SetPattern"/>) spells at its first token.</summary>
    public static readonly WordClass ModifierStarts = Lexicon.Default.Class("dates/start-modifier");

    /// <summary>The words <see cref="YearPartPattern"/> spells at its first token.</summary>
    public static readonly WordClass YearPartStarts = Lexicon.Default.Class("dates/start-year-part");

    /// <summary>Words before a bare "last" or "next" that elide the unit of a "this ..." before them: "this year and next", "this year than last".</summary>
    public static readonly WordClass EllipticJoiners = Lexicon.Default.Class("dates/context-elliptic-joiners");

    /// <summary>Words that make a clause habitual ("is usually done in the second and fourth quarters"): the parts it names recur.</summary>
    public static readonly WordClass HabitualWords = Lexicon.Default.Class("dates/context-habitual-words");

    /// <summary>Nouns of violent or sudden events ("slaying", "bombing"): a month qualifying one is already past ("the October slaying").</summary>
    public static readonly WordClass PastEventNouns = Lexicon.Default.Class("dates/context-past-event-nouns");

    /// <summary>Words after "soon" that make it a signal of order ("soon after the vote"), not FUTURE_REF.</summary>
    public static readonly WordClass SequenceSignals = Lexicon.Default.Class("dates/context-sequence-signals");

    /// <summary>Nouns after "today's" that make it the present age, not the day ("today's world", "today's youth").</summary>
    public static readonly WordClass GenericPresentNouns = Lexicon.Default.Class("dates/context-generic-present-nouns");

    /// <summary>Prepositions after "the March" that make it a protest march's name ("the March on Washington").</summary>
    public static readonly WordClass NamePrepositions = Lexicon.Default.Class("dates/context-name-prepositions");
}
