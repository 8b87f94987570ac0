using System.Collections.Frozen;

namespace NewsNlp.Extraction.Numbers;

/// <summary>
/// The words that spell numbers, hedge them, or show that a number is not a count of people.
/// Built once; every lookup is a full, case-insensitive comparison on a span (no key strings allocated).
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> CardinalMap = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> MultiplierMap = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["score"] = 20, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Amounts with no number: count null, approximate.</summary>
    private static readonly FrozenSet<string> VagueSet = new[]
    {
        "dozens", "scores", "hundreds", "thousands", "millions", "tens", "several", "many", "numerous", "countless",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that make it a measure, not a count of people ("five kilometers", "10 years").</summary>
    private static readonly FrozenSet<string> UnitSet = new[]
    {
        "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "km", "kms", "kilometer", "kilometers", "kilometre",
        "kilometres", "mile", "miles", "meter", "meters", "metre", "metres", "feet", "foot", "ft", "yard", "yards", "inch",
        "inches", "cm", "mm", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "pound", "pounds", "ton", "tons", "tonne",
        "tonnes", "gram", "grams", "lb", "lbs", "percent", "pct", "per", "dollar", "dollars", "euro", "euros", "yen", "yuan",
        "rupee", "rupees", "rial", "rials", "riyal", "riyals", "dinar", "dinars", "francs", "marks", "sterling", "cents",
        "billion", "bln", "mln", "barrel", "barrels", "bpd", "degree", "degrees", "gmt", "a.m.", "p.m.", "am", "pm", "o'clock",
        "point", "points", "times", "acres", "hectares", "square", "litres", "liters", "gallons", "shares", "votes", "seats",
        "cars", "vehicles", "tanks", "aircraft", "planes", "jets", "missiles", "rockets", "shells", "bombs", "drones",
        "divisions", "brigades", "battalions", "fronts", "villages", "towns", "cities", "homes", "houses", "buildings",
        "countries", "nations", "states", "provinces", "districts", "mph", "knots", "ships", "boats", "vessels",
        "storeys", "floors", "stories", "pages", "articles", "episodes", "attacks", "blasts", "explosions", "bombings",
        "strikes", "airstrikes", "raids", "incidents", "shots", "occasions", "clashes", "battles", "assaults", "offensives",
        "sites", "camps", "bases", "positions", "posts", "hospitals", "schools", "mosques", "churches", "areas", "regions",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a number that make it a label, not a count ("Resolution 598", "Flight 752", "aged 55").</summary>
    private static readonly FrozenSet<string> LabelSet = new[]
    {
        "resolution", "resolutions", "no", "no.", "nos", "number", "flight", "route", "highway", "page", "article", "chapter",
        "section", "paragraph", "clause", "item", "room", "gate", "platform", "line", "unit", "bus", "apartment", "building",
        "aged", "age", "ages", "f", "mig", "su", "boeing", "airbus", "model", "version", "phase", "stage", "round", "term",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "us$", "usd", "rs", "rs.",
        "in", "since", "until", "till", "during", "from", "circa", "c.", "year", "years", "decade", "vol", "vol.", "channel",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Cardinals = CardinalMap.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Multipliers = MultiplierMap.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vague = VagueSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = UnitSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = LabelSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a cardinal word, hyphenated compounds included ("eleven", "twenty-one").</summary>
    public static bool TryCardinal(ReadOnlySpan<char> word, out int value)
    {
        if (Cardinals.TryGetValue(word, out value))
        {
            return true;
        }

        int hyphen = word.IndexOfAny('-', '\u2010', '\u2011');
        if (hyphen > 0 && Cardinals.TryGetValue(word[..hyphen], out int tens) && tens >= 20 && tens % 10 == 0
            && Cardinals.TryGetValue(word[(hyphen + 1)..], out int ones) && ones < 10)
        {
            value = tens + ones;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>"dozen" 12, "score" 20, "hundred" 100, "thousand" 1,000, "million" 1,000,000.</summary>
    public static bool TryMultiplier(ReadOnlySpan<char> word, out int value) => Multipliers.TryGetValue(word, out value);

    /// <summary>True for amounts with no number ("dozens", "thousands", "several", "many").</summary>
    public static bool IsVague(ReadOnlySpan<char> word) => Vague.Contains(word);

    /// <summary>True for a unit of measure, time, money or things that makes a number not a count of people.</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => Units.Contains(word);

    /// <summary>True for a word before a number that makes it a label, a date or an age ("Resolution 598", "March 5", "aged 55").</summary>
    public static bool IsLabel(ReadOnlySpan<char> word) => Labels.Contains(word);
}
