using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// Document-level evidence for names that are also somewhere else: "Georgia" is the country only
/// in an article with Caucasus context (Tbilisi, Abkhazia, Russia) and no US-state context
/// (Atlanta, Savannah, "Ga."); "Jersey" only beside Guernsey or the Channel Islands.
/// </summary>
internal static class CountryEvidence
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Supporting = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["GE"] = Set("Tbilisi", "Abkhazia", "Abkhaz", "Ossetia", "Ossetian", "Saakashvili", "Shevardnadze", "Caucasus", "Batumi",
            "Sukhumi", "Tskhinvali", "Russia", "Russian", "Russians", "Moscow", "Kremlin", "Armenia", "Azerbaijan", "Soviet", "Kutaisi"),
        ["JE"] = Set("Guernsey", "Channel", "Helier", "Bailiwick", "Alderney", "Sark"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UsStateContext = Set(
        "Atlanta", "Savannah", "Augusta", "Macon", "Alabama", "Florida", "Tennessee", "Carolina", "Ga.", "Peach", "Bulldogs",
        "Kemp", "Raffensperger", "county", "County", "Jersey", "York");

    /// <summary>True when the article supports reading <paramref name="code"/>'s ambiguous name as the country.</summary>
    public static bool Supports(string code, string text, ReadOnlySpan<Token> tokens)
    {
        if (!Supporting.TryGetValue(code, out FrozenSet<string>? cues))
        {
            return false;
        }

        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cueLookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> againstLookup = UsStateContext.GetAlternateLookup<ReadOnlySpan<char>>();
        bool support = false;
        foreach (Token token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }

            ReadOnlySpan<char> word = token.Slice(text);
            if (code == "GE" && againstLookup.Contains(word))
            {
                return false;
            }

            support |= cueLookup.Contains(word);
        }

        return support;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
