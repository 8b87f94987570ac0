using System.Collections.Frozen;
using System.Globalization;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Numbers;

/// <summary>
/// The words that spell numbers, hedge them, or show that a number is not a count of people.
/// Built once; every lookup is a full, case-insensitive comparison on a span (no key strings allocated).
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Cardinals = ValueTable("NewsNlp.Lexicon/numbers/cardinals.tsv");
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Multipliers = ValueTable("NewsNlp.Lexicon/numbers/multipliers.tsv");

    /// <summary>Amounts with no number: count null, approximate.</summary>
    private static readonly WordClass Vague = Lexicon.Default.Class("numbers/vague-amounts");

    /// <summary>Words after a number that make it a measure, not a count of people ("five kilometers", "10 years").</summary>
    private static readonly WordClass Units = Lexicon.Default.Class("numbers/units");

    /// <summary>Words before a number that make it a label, not a count ("Resolution 598", "Flight 752", "aged 55").</summary>
    private static readonly WordClass Labels = Lexicon.Default.Class("numbers/labels");

    /// <summary>The cardinal words of the table ("one" to "ninety"), without hyphenated compounds.</summary>
    public static IEnumerable<string> CardinalWords => Cardinals.Dictionary.Keys;

    /// <summary>The words of the vague amounts.</summary>
    public static IEnumerable<string> VagueWords => Lexicon.Default.Entries(Vague);

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
    public static bool IsVague(ReadOnlySpan<char> word) => Lexicon.Default.Contains(Vague, word);

    /// <summary>True for a unit of measure, time, money or things that makes a number not a count of people.</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => Lexicon.Default.Contains(Units, word);

    /// <summary>True for a word before a number that makes it a label, a date or an age ("Resolution 598", "March 5", "aged 55").</summary>
    public static bool IsLabel(ReadOnlySpan<char> word) => Lexicon.Default.Contains(Labels, word);

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ValueTable(string resource) =>
        ResourceFile.ReadRows(resource).ToFrozenDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
