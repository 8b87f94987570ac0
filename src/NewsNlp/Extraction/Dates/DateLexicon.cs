using System.Collections.Frozen;

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
/// The words the date recognizer knows, looked up by span with a full case-insensitive ordinal
/// comparison. Our own compilation of English calendar vocabulary.
/// </summary>
internal static class DateLexicon
{
    private static readonly FrozenDictionary<string, DateWord> Words = Build();

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The meaning of <paramref name="word"/> (a trailing full stop is ignored), or <see cref="DateWord.None"/>.</summary>
    public static DateWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return Lookup.TryGetValue(word, out DateWord found) ? found : DateWord.None;
    }

    private static FrozenDictionary<string, DateWord> Build()
    {
        var d = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (int m = 0; m < 12; m++)
        {
            d[months[m]] = new DateWord(DateWordKind.Month, m + 1);
            if (months[m].Length > 3)
            {
                d[months[m][..3]] = new DateWord(DateWordKind.Month, m + 1);
            }
        }

        d["Sept"] = new DateWord(DateWordKind.Month, 9);

        string[] days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        for (int w = 0; w < 7; w++)
        {
            d[days[w]] = new DateWord(DateWordKind.Weekday, w);
        }

        foreach ((string s, int w) in (ReadOnlySpan<(string, int)>)[("Mon", 1), ("Tue", 2), ("Tues", 2), ("Wed", 3), ("Thu", 4), ("Thur", 4), ("Thurs", 4), ("Fri", 5), ("Sat", 6), ("Sun", 0)])
        {
            d[s] = new DateWord(DateWordKind.Weekday, w);
        }

        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (int n = 1; n < numbers.Length; n++)
        {
            d[numbers[n]] = new DateWord(DateWordKind.Number, n);
        }

        string[] tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int t = 0; t < tens.Length; t++)
        {
            d[tens[t]] = new DateWord(DateWordKind.Number, 30 + (10 * t));
            for (int u = 1; u < 10; u++)
            {
                d[tens[t] + "-" + numbers[u]] = new DateWord(DateWordKind.Number, 30 + (10 * t) + u);
            }
        }

        for (int u = 1; u < 10; u++)
        {
            d["twenty-" + numbers[u]] = new DateWord(DateWordKind.Number, 20 + u);
        }

        d["a"] = new DateWord(DateWordKind.Number, 1);
        d["an"] = new DateWord(DateWordKind.Number, 1);
        d["hundred"] = new DateWord(DateWordKind.Number, 100);
        d["dozen"] = new DateWord(DateWordKind.Number, 12);

        foreach ((string s, TimeUnit u) in (ReadOnlySpan<(string, TimeUnit)>)
        [
            ("second", TimeUnit.Second), ("seconds", TimeUnit.Second), ("minute", TimeUnit.Minute), ("minutes", TimeUnit.Minute),
            ("hour", TimeUnit.Hour), ("hours", TimeUnit.Hour), ("day", TimeUnit.Day), ("days", TimeUnit.Day),
            ("weekend", TimeUnit.Weekend), ("weekends", TimeUnit.Weekend), ("week", TimeUnit.Week), ("weeks", TimeUnit.Week),
            ("month", TimeUnit.Month), ("months", TimeUnit.Month), ("quarter", TimeUnit.Quarter),
            ("year", TimeUnit.Year), ("years", TimeUnit.Year), ("decade", TimeUnit.Decade), ("decades", TimeUnit.Decade),
            ("century", TimeUnit.Century), ("centuries", TimeUnit.Century),
        ])
        {
            d[s] = new DateWord(DateWordKind.Unit, (int)u);
        }

        foreach ((string s, PartOfDay p) in (ReadOnlySpan<(string, PartOfDay)>)
        [
            ("morning", PartOfDay.Morning), ("afternoon", PartOfDay.Afternoon), ("evening", PartOfDay.Evening),
            ("night", PartOfDay.Night), ("midday", PartOfDay.Midday), ("overnight", PartOfDay.Night),
        ])
        {
            d[s] = new DateWord(DateWordKind.PartOfDay, (int)p);
        }

        d["today"] = new DateWord(DateWordKind.RelativeDay, 0);
        d["tonight"] = new DateWord(DateWordKind.RelativeDay, 0);
        d["yesterday"] = new DateWord(DateWordKind.RelativeDay, -1);
        d["tomorrow"] = new DateWord(DateWordKind.RelativeDay, 1);

        foreach ((string s, Season v) in (ReadOnlySpan<(string, Season)>)
        [
            ("spring", Season.Spring), ("summer", Season.Summer), ("autumn", Season.Autumn), ("fall", Season.Autumn), ("winter", Season.Winter),
        ])
        {
            d[s] = new DateWord(DateWordKind.Season, (int)v);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
