using System.Collections.Frozen;

namespace NewsNlp.Text;

/// <summary>
/// Words that keep their trailing full stop ("Mr.", "Gen.", "Jan."). Looked up by span in frozen
/// sets, which compare the full string on every hit, never the hash alone. Words that are also
/// ordinary English words in lower case ("sat.", "no.", "fig.") only count as written below or in
/// capitals, so "they sat." still ends a sentence.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations (without the final stop) that usually precede a name and never end a sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Brig", "Messrs", "Mme", "Mlle", "Supt", "Insp",
        "Amb", "Pres", "Cdr", "Lieut", "Msgr",
    ]);

    /// <summary>Other abbreviations that keep their stop but may end a sentence, matched exactly as written or in capitals.</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Vol", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "approx", "est", "Est",
        "Mt", "Ft", "Ave", "Blvd", "Rd", "Sq", "Pt", "Ste", "Gov't", "gov't", "govt", "Govt", "Fig", "pp", "cf", "ca",
        "Pty", "Plc", "Intl", "Assn", "Natl", "Admin", "Dist", "Prov", "Div", "Bn", "Bde", "Regt",
    ]);

    /// <summary>The same words as <see cref="Others"/>, for text in capitals ("JAN.", "INC.").</summary>
    private static readonly FrozenSet<string> OthersIgnoreCase = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, [.. Others]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherCapitalsLookup = OthersIgnoreCase.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its stop) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 7
        && (TitleLookup.Contains(word) || OtherLookup.Contains(word) || (IsAllCapitals(word) && OtherCapitalsLookup.Contains(word)));

    /// <summary>True for "No" and "Nos", which are abbreviations only before a number ("No. 10").</summary>
    public static bool IsNumberSign(ReadOnlySpan<char> word) =>
        word.Equals("No", StringComparison.OrdinalIgnoreCase) || word.Equals("Nos", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> (with or without its stop) is a title that precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return TitleLookup.Contains(word);
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
