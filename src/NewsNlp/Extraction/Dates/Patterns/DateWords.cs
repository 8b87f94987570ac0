namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>The word classes the date patterns test tokens against.</summary>
internal static class DateWords
{
    /// <summary>Words before a bare month name that make it a date ("in March", "since May").</summary>
    public static readonly string[] MonthTriggers =
        ["in", "since", "until", "till", "by", "during", "from", "through", "throughout", "early", "late", "mid", "of", "before", "after", "end", "last", "next", "this", "between", "to", "and", "or"];

    /// <summary>Words that join list items, before which "May" is more likely the verb.</summary>
    public static readonly string[] ListJoiners = ["and", "or", "to"];

    /// <summary>Words before a number that make it a count, not a year ("about 2000", "Flight 1987").</summary>
    public static readonly string[] CountCues =
        ["about", "some", "around", "nearly", "almost", "over", "than", "least", "approximately", "estimated", "roughly", "only", "just",
         "flight", "resolution", "number", "no.", "route", "highway", "boeing", "airbus", "room", "article", "page", "chapter", "$", "€", "£", "#",
         "additional", "another"];

    /// <summary>Words after a number that make it a count or measure, not a year.</summary>
    public static readonly string[] MeasureCues =
        ["people", "troops", "soldiers", "men", "women", "children", "civilians", "dead", "killed", "injured", "wounded", "%", "percent", "per",
         "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "kg", "tonnes", "tons", "dollars", "barrels", "bpd", "hours", "GMT", "UTC", "hrs", "times"];

    /// <summary>Words before a year that leave no doubt ("in 1983", "since 2015").</summary>
    public static readonly string[] YearPrepositions = ["in", "since", "by", "from", "until", "till", "of", "during", "before", "after", "between", "and", "to", "through", "on", "for", "the", "its", "their", "fiscal", "calendar", "early", "late", "mid"];

    /// <summary>Words before a year that make it the scene of its sentence ("In 2019, ...").</summary>
    public static readonly string[] SceneSetters = ["in", "during", "by"];

    /// <summary>Words ending in "s" that are not plural nouns.</summary>
    public static readonly string[] NotPlurals = ["this", "was", "has", "does", "always", "perhaps", "whereas", "afterwards", "towards", "besides", "sees", "says", "gives", "marks", "makes", "brings", "comes", "goes", "sets"];

    /// <summary>Capitalized words that make a weekday a name ("Super Tuesday").</summary>
    public static readonly string[] NamedDays = ["Super", "Black", "Good", "Bloody", "Ash", "Holy", "Palm", "Easter", "Cyber", "Maundy", "Shrove", "Mega"];

    /// <summary>Time zones after a clock time.</summary>
    public static readonly string[] TimeZones = ["GMT", "UTC", "BST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "IST", "JST", "Zulu"];

    /// <summary>Before-noon markers.</summary>
    public static readonly string[] Morning = ["a.m.", "am", "a.m"];

    /// <summary>After-noon markers.</summary>
    public static readonly string[] Afternoon = ["p.m.", "pm", "p.m"];

    /// <summary>Where in a period: "early", "late", "mid".</summary>
    public static readonly string[] PeriodPositions = ["early", "late", "mid"];

    /// <summary>"this", "next", "last".</summary>
    public static readonly string[] ShiftWords = ["this", "next", "last"];

    /// <summary>"the previous|next|same day".</summary>
    public static readonly string[] SequenceWords = ["previous", "preceding", "next", "following", "same"];

    /// <summary>Amounts without a number ("few", "several").</summary>
    public static readonly string[] VagueAmounts = ["few", "several", "many", "some"];

    /// <summary>Words before an amount that make it a frequency ("twice a day").</summary>
    public static readonly string[] FrequencyWords = ["once", "twice", "times", "per"];

    /// <summary>Words before "a day", "an hour" that make it a duration ("for a year").</summary>
    public static readonly string[] DurationLeads = ["for", "in", "within", "over", "than", "about", "nearly", "almost", "past", "last"];

    /// <summary>Conjunctions and prepositions that end a phrase.</summary>
    public static readonly string[] PhraseEnders = ["and", "but", "when", "as", "while", "in", "on", "at", "to", "that"];
}
