using System.Collections.Frozen;

namespace NewsNlp.Text;

/// <summary>
/// Words that keep their trailing full stop ("Mr.", "Gen.", "Jan."). Looked up by span with a
/// full ordinal, case-insensitive comparison, never by hash alone.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations (without the final stop) that usually precede a name and never end a sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Brig", "Messrs", "Mme", "Mlle", "Supt", "Insp",
    ]);

    /// <summary>Other abbreviations that keep their stop but may end a sentence.</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "No", "Nos", "Vol", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "approx", "est",
        "Mt", "Ft", "Ave", "Blvd", "Rd", "Sq", "Pt", "Ste", "Gov't", "gov't", "govt", "Fig", "pp", "cf", "ca",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its stop) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || OtherLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> (with or without its stop) is a title that precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return TitleLookup.Contains(word);
    }
}
