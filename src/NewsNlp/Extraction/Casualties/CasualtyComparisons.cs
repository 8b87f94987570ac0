using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// A period cue that follows a superlative compares rather than totals: "the most important offensive since
/// 1981 has already left 139 dead" and "the highest-profile assassination in eight months" count one event.
/// </summary>
internal static class CasualtyComparisons
{
    private static readonly WordClass ComparisonWords = Lexicon.Default.Class("casualties/comparison-words");

    /// <summary>The superlative stands within six tokens before the period cue, in the same clause.</summary>
    private static readonly TokenWindow SuperlativeReach = new(6, 0);

    /// <summary>True when a superlative stands shortly before the period cue at <paramref name="cue"/>.</summary>
    public static bool Before(string text, Token[] tokens, int first, int cue)
    {
        for (int k = cue - 1; k >= first && SuperlativeReach.Contains(cue, k); k--)
        {
            if (tokens[k].Slice(text) is [',' or ';' or '.' or ':'])
            {
                return false;
            }

            if (Lexicon.Default.Contains(ComparisonWords, tokens[k].Slice(text)) || Lexicon.Default.TryMatchPhrase(ComparisonWords, text, tokens, k, cue, out _))
            {
                return true;
            }
        }

        return false;
    }
}
