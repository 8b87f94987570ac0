using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// American state tags after a name: the party-and-state tag of legislators ("William Proxmire,
/// D-Wis.", "Rep. William Gray (D-Pa.)", "Tony Coelho, a California Democrat"), which only the United
/// States uses and which states the country wire copy seldom adds; and the state after a city
/// ("Denver, Colo."), which makes the name a place.
/// </summary>
internal static class UsStateTags
{
    /// <summary>The country the tag stands for.</summary>
    internal const string UnitedStates = "US";

    private static readonly WordClass StateAbbreviations = Lexicon.Default.Class("people/us-state-abbreviations");

    private static readonly WordClass States = Lexicon.Default.Class("people/us-states");

    private static readonly WordClass PartyMembers = Lexicon.Default.Class("people/descriptor-nouns");

    // Longest tag read after the name: ", D-W.Va.)" and the spaces around it.
    private const int LongestTag = 16;

    /// <summary>True when a party-and-state tag follows the name ending at token <paramref name="end"/> (exclusive).</summary>
    public static bool PartyTagFollows(Document document, int end, int last) =>
        end > 0 && (PartyStateFollows(document.Text, document.Tokens[end - 1].End) || StatePartyAppositive(document, end, last));

    /// <summary>True when <paramref name="word"/> is the full name of a state ("Louisiana").</summary>
    public static bool IsState(ReadOnlySpan<char> word) => Lexicon.Default.Contains(States, word);

    /// <summary>"Denver, Colo.": a comma and a state's abbreviation right after the name ending at token <paramref name="end"/>.</summary>
    public static bool StateFollows(Document document, int end)
    {
        Token[] tokens = document.Tokens;
        return end + 1 < tokens.Length && document.Span(tokens[end]) is ","
            && Lexicon.Default.Contains(StateAbbreviations, document.Span(tokens[end + 1]).TrimEnd('.'))
            && document.Span(tokens[end + 1]).Length > 2;
    }

    // ", D-Wis.", " (R-Iowa)", ", I-Vt": the party's initial, a hyphen, the state's abbreviation.
    private static bool PartyStateFollows(string text, int i)
    {
        int limit = Math.Min(text.Length, i + LongestTag);
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        if (i >= limit || text[i] is not (',' or '('))
        {
            return false;
        }

        i++;
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        if (i + 2 >= limit || text[i] is not ('D' or 'R' or 'I') || text[i + 1] != '-')
        {
            return false;
        }

        int start = i + 2;
        int stop = start;
        while (stop < limit && (char.IsLetter(text[stop]) || text[stop] == '.'))
        {
            stop++;
        }

        ReadOnlySpan<char> state = text.AsSpan(start, stop - start).TrimEnd('.');
        return state.Length > 0 && (stop == text.Length || text[stop] is ',' or ')' or ' ' or ';' or '\n' or '\r')
            && (Lexicon.Default.Contains(StateAbbreviations, state) || Lexicon.Default.Contains(StateAbbreviations, text.AsSpan(start, stop - start))
                || Lexicon.Default.Contains(States, state));
    }

    // ", a California Democrat", ", a New York Republican".
    private static bool StatePartyAppositive(Document document, int end, int last)
    {
        Token[] tokens = document.Tokens;
        if (end + 3 >= last || document.Span(tokens[end]) is not "," || document.Span(tokens[end + 1]) is not ("a" or "an"))
        {
            return false;
        }

        int k = end + 2;
        if (Lexicon.Default.Contains(States, document.Span(tokens[k])))
        {
            k++;
        }
        else if (Lexicon.Default.TryMatchPhrase(States, document.Text, tokens, k, last, out int count))
        {
            k += count;
        }
        else
        {
            return false;
        }

        return k < last && Lexicon.Default.Contains(PartyMembers, document.Span(tokens[k]));
    }
}
