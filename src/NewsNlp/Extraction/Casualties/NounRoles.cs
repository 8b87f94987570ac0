using System.Collections.Frozen;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The casualty stage's nouns with a role of their own (<c>Resources/Lexicon/casualties/noun-roles.tsv</c>): nouns that
/// count incidents ("cases of torture") and injury nouns whose victims follow "to" ("injuries to a child"). A table
/// of its own, as the lexicon's word classes are full.
/// </summary>
internal static class NounRoles
{
    private static readonly Lazy<FrozenDictionary<string, string>> Roles = new(static () =>
        ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/noun-roles.tsv")
            .ToFrozenDictionary(static row => row[0], static row => row[1], StringComparer.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="word"/> counts incidents of a harm ("cases", "incidents").</summary>
    public static bool IsIncident(ReadOnlySpan<char> word) => Is(word, "incident");

    /// <summary>True when <paramref name="word"/> is an injury noun whose victims follow "to" ("injuries", "wounds").</summary>
    public static bool IsInjuryObject(ReadOnlySpan<char> word) => Is(word, "injury-object");

    private static bool Is(ReadOnlySpan<char> word, string role) =>
        Roles.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out string? found) && found == role;
}
