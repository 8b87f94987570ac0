using System.Collections.Frozen;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Dates;

/// <summary>What a word means to the date recognizer.</summary>
internal enum DateWordKind : byte
{
    /// <summary>Not a date word.</summary>
    None,
    /// <summary>A month name or abbreviation; value 1..12.</summary>
    Month,
    /// <summary>A weekday name or abbreviation; value is <see cref="DayOfWeek"/>.</summary>
    Weekday,
    /// <summary>A number word ("three", "a", "dozen"); value is the number.</summary>
    Number,
    /// <summary>A calendar unit ("day", "weeks"); value is a <see cref="TimeUnit"/>.</summary>
    Unit,
    /// <summary>A part of day ("morning"); value is a <see cref="PartOfDay"/>.</summary>
    PartOfDay,
    /// <summary>A day relative to the article date ("yesterday"); value is the offset in days.</summary>
    RelativeDay,
    /// <summary>A season ("summer"); value is a <see cref="Season"/>.</summary>
    Season,
}

/// <summary>Calendar units, smallest first.</summary>
internal enum TimeUnit : byte
{
    /// <summary>No unit.</summary>
    None,
    /// <summary>Seconds.</summary>
    Second,
    /// <summary>Minutes.</summary>
    Minute,
    /// <summary>Hours.</summary>
    Hour,
    /// <summary>Days.</summary>
    Day,
    /// <summary>Weekends.</summary>
    Weekend,
    /// <summary>Weeks.</summary>
    Week,
    /// <summary>Months.</summary>
    Month,
    /// <summary>Quarters.</summary>
    Quarter,
    /// <summary>Years.</summary>
    Year,
    /// <summary>Decades.</summary>
    Decade,
    /// <summary>Centuries.</summary>
    Century,
    /// <summary>Halves of a year (no unit word: only "first half", "second-half").</summary>
    Half,
}

/// <summary>TIMEX3 parts of day.</summary>
internal enum PartOfDay : byte
{
    /// <summary>No part of day.</summary>
    None,
    /// <summary>Morning (TMO).</summary>
    Morning,
    /// <summary>Midday (TMI).</summary>
    Midday,
    /// <summary>Afternoon (TAF).</summary>
    Afternoon,
    /// <summary>Evening (TEV).</summary>
    Evening,
    /// <summary>Night (TNI).</summary>
    Night,
}

/// <summary>TIMEX3 seasons.</summary>
internal enum Season : byte
{
    /// <summary>No season.</summary>
    None,
    /// <summary>Spring (SP).</summary>
    Spring,
    /// <summary>Summer (SU).</summary>
    Summer,
    /// <summary>Autumn (FA).</summary>
    Autumn,
    /// <summary>Winter (WI).</summary>
    Winter,
}

/// <summary>A date word and its value.</summary>
internal readonly record struct DateWord(DateWordKind Kind, int Value)
{
    /// <summary>Nothing.</summary>
    public static DateWord None => default;
}

/// <summary>
/// The words the date recognizer knows, with their values, looked up by span with a full
/// case-insensitive ordinal comparison. The words live in the ordered word classes
/// <c>Resources/Lexicon/dates/*-names.txt</c>, <c>*-words.txt</c> and <c>number-*.txt</c>, where
/// a line's position is its value (line 3 of month-names is March).
/// </summary>
internal static class DateLexicon
{
    // The table and the classes it was read from (MayBeDateWord's gate), built together so the two cannot disagree.
    private static readonly (FrozenDictionary<string, DateWord> Words, WordClassSet Sources) Table = Build();

    private static readonly FrozenDictionary<string, DateWord> Words = Table.Words;

    private static readonly WordClassSet SourceClasses = Table.Sources;

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every key of the table (for tests that check <see cref="MayBeDateWord"/> against it).</summary>
    internal static IEnumerable<string> Keys => Words.Keys;

    /// <summary>
    /// A cheap test before <see cref="Find"/>, from the word classes the document has already tagged: false only for words
    /// that are no key of the table. Every key is a form of one of the classes the table is built from, except the joined
    /// tens ("thirty-five", with a hyphen) and "hundred"; <see cref="Find"/> also strips a final stop ("Jan.").
    /// </summary>
    public static bool MayBeDateWord(WordClassSet classes, ReadOnlySpan<char> word) =>
        classes.Overlaps(SourceClasses) || (word.Length > 0 && word[^1] == '.') || word.Contains('-') || word.Equals("hundred", StringComparison.OrdinalIgnoreCase);

    /// <summary>The meaning of <paramref name="word"/> (a trailing full stop is ignored), or <see cref="DateWord.None"/>.</summary>
    public static DateWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return Lookup.TryGetValue(word, out DateWord found) ? found : DateWord.None;
    }

    private static (FrozenDictionary<string, DateWord> Words, WordClassSet Sources) Build()
    {
        var d = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        WordClassSet sources = WordClassSet.Empty;
        Add(d, ref sources, "dates/month-names", DateWordKind.Month, first: 1);
        Add(d, ref sources, "dates/weekday-names", DateWordKind.Weekday, first: (int)DayOfWeek.Sunday);
        List<string[]> ones = Add(d, ref sources, "dates/number-words", DateWordKind.Number, first: 1);
        List<string[]> tens = Lines(ref sources, "dates/number-tens");
        for (int t = 0; t < tens.Count; t++)
        {
            int value = 20 + (10 * t);
            foreach (string ten in tens[t])
            {
                d[ten] = new DateWord(DateWordKind.Number, value);
                for (int u = 1; u < 10; u++)
                {
                    // "thirty-five": a ten and a unit word (its first spelling) joined by a hyphen.
                    d[ten + "-" + ones[u - 1][0]] = new DateWord(DateWordKind.Number, value + u);
                }
            }
        }

        d["hundred"] = new DateWord(DateWordKind.Number, 100);
        Add(d, ref sources, "dates/unit-words", DateWordKind.Unit, first: (int)TimeUnit.Second);
        Add(d, ref sources, "dates/part-of-day-words", DateWordKind.PartOfDay, first: (int)PartOfDay.Morning);
        Add(d, ref sources, "dates/relative-day-words", DateWordKind.RelativeDay, first: -1);
        Add(d, ref sources, "dates/season-words", DateWordKind.Season, first: (int)Season.Spring);
        return (d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), sources);
    }

    /// <summary>The lines of an ordered class, noting the class among the table's sources.</summary>
    private static List<string[]> Lines(ref WordClassSet sources, string className)
    {
        sources = sources.With(Lexicon.Default.Class(className).Id);
        return OrderedClass.Lines(className);
    }

    /// <summary>Adds every form of an ordered class; the form on line k has the value <paramref name="first"/> + k.</summary>
    private static List<string[]> Add(Dictionary<string, DateWord> d, ref WordClassSet sources, string className, DateWordKind kind, int first)
    {
        List<string[]> lines = Lines(ref sources, className);
        for (int k = 0; k < lines.Count; k++)
        {
            foreach (string form in lines[k])
            {
                d[form] = new DateWord(kind, first + k);
            }
        }

        return lines;
    }
}
