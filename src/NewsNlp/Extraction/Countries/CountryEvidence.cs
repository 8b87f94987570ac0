using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// Document-level evidence for names that are also somewhere else: "Georgia" is the country only
/// in an article with Caucasus context (Tbilisi, Abkhazia, Russia) and no US-state context
/// (Atlanta, Savannah, "Ga."); "Jersey" only beside Guernsey or the Channel Islands.
/// </summary>
internal static class CountryEvidence
{
    // Per ambiguous code, the word class whose words elsewhere in the article support the country reading.
    private static readonly FrozenDictionary<string, WordClass> Supporting = new Dictionary<string, WordClass>(StringComparer.Ordinal)
    {
        ["GE"] = Lexicon.Default.Class("countries/evidence-ge"),
        ["JE"] = Lexicon.Default.Class("countries/evidence-je"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly WordClass UsStateContext = Lexicon.Default.Class("countries/us-state-context");

    /// <summary>True when the article supports reading <paramref name="code"/>'s ambiguous name as the country.</summary>
    public static bool Supports(string code, string text, ReadOnlySpan<Token> tokens)
    {
        if (!Supporting.TryGetValue(code, out WordClass? cues))
        {
            return false;
        }

        bool support = false;
        foreach (Token token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }

            ReadOnlySpan<char> word = token.Slice(text);
            if (code == "GE" && Lexicon.Default.Contains(UsStateContext, word))
            {
                return false;
            }

            support |= Lexicon.Default.Contains(cues, word);
        }

        return support;
    }

}
