using System.Collections.Frozen;
using NewsNlp.Lexicons;

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
    private static readonly WordClass Titles = Lexicon.Default.Class("text/title-abbreviations");
    private static readonly WordClass Others = Lexicon.Default.Class("text/abbreviations");

    // The same abbreviations written in capitals ("CORP", "DEC") in wire headlines.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherCapitalsLookup =
        Lexicon.Default.Entries(Others).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its stop) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 7
        && (Lexicon.Default.Contains(Titles, word) || Lexicon.Default.Contains(Others, word) || (WordCase.IsAllCapitals(word) && OtherCapitalsLookup.Contains(word)));

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

        return Lexicon.Default.Contains(Titles, word);
    }
}
