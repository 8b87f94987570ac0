using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Forms of a victim phrase that tell people without the person lexicon: a plural with the ending of a person noun
/// ("onlookers", "spectators"), and amount nouns that make an indefinite phrase no count of one ("a number of youths").
/// </summary>
internal static class PersonForms
{
    private static readonly WordClass AmountNouns = Lexicon.Default.Class("casualties/amount-nouns");
    private static readonly WordClass PersonSuffixClass = Lexicon.Default.Class("casualties/person-suffixes");
    private static readonly Lazy<string[]> PersonSuffixes = new(static () => [.. Lexicon.Default.Entries(PersonSuffixClass)]);

    /// <summary>True when the word at <paramref name="k"/> is a plural with the ending of a person noun ("onlookers", "spectators", "tourists").</summary>
    internal static bool HasPersonSuffix(in CasualtySentence s, int k)
    {
        if (!s.IsWord(k) || s.Is(k, CasualtyLexicon.PhraseStops))
        {
            return false;
        }

        ReadOnlySpan<char> word = s.Word(k);
        foreach (string suffix in PersonSuffixes.Value)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the indefinite phrase [<paramref name="start"/>, <paramref name="end"/>) is an amount of people
    /// ("a large number of youths", "a group of students"): an unknown number, not one person.
    /// </summary>
    internal static bool HoldsAmount(in CasualtySentence s, int start, int end)
    {
        for (int k = start; k < end && k < s.Limit; k++)
        {
            if (s.Is(k, AmountNouns) && s.Is(k + 1, "of"))
            {
                return true;
            }
        }

        return false;
    }
}
