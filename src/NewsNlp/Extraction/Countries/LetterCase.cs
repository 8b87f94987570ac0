using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// How the capitals of the words around a phrase read: a wire headline in capitals says nothing by its capitals, nor does a headline
/// in title case; in running text a capitalised neighbour marks a name.
/// </summary>
internal static class LetterCase
{
    /// <summary>True when the words around <paramref name="index"/> are written in capitals (a wire headline).</summary>
    public static bool IsShouting(string text, ReadOnlySpan<Token> tokens, int index)
    {
        int upper = 0;
        int from = Math.Max(0, index - 6);
        int to = Math.Min(tokens.Length, index + 7);
        for (int i = from; i < to; i++)
        {
            if (i == index || tokens[i].Kind != TokenKind.Word || tokens[i].Length < 2)
            {
                continue;
            }

            if (!WordCase.IsAllCapitals(tokens[i].Slice(text)))
            {
                return false;
            }

            upper++;
        }

        return upper >= 2;
    }

    /// <summary>
    /// True when the words around the phrase at <paramref name="index"/> are written in title case, as headlines often are: every
    /// word of four letters or more within six tokens either side starts with a capital (at least three of them) and has a lower-case
    /// letter (so not <see cref="IsShouting"/>). Short words ("of", "in", "the") may stay lower case. A line break ends the window:
    /// a headline's case says nothing about the body under it.
    /// </summary>
    public static bool IsTitleCase(string text, ReadOnlySpan<Token> tokens, int index, int count)
    {
        int capitalised = 0;
        for (int i = index - 1; i >= Math.Max(0, index - 6) && !HasBreakBetween(text, tokens[i].End, tokens[i + 1].Start); i--)
        {
            if (!TitleCaseWord(text, tokens[i], ref capitalised))
            {
                return false;
            }
        }

        for (int i = index + count; i < Math.Min(tokens.Length, index + count + 6) && !HasBreakBetween(text, tokens[i - 1].End, tokens[i].Start); i++)
        {
            if (!TitleCaseWord(text, tokens[i], ref capitalised))
            {
                return false;
            }
        }

        return capitalised >= 3;
    }

    // False for a long word that breaks title case; counts the capitalised ones.
    private static bool TitleCaseWord(string text, Token token, ref int capitalised)
    {
        if (token.Kind != TokenKind.Word || token.Length < 4)
        {
            return true;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        if (!char.IsUpper(word[0]) || !word[1..].ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        capitalised++;
        return true;
    }

    /// <summary>True when a line break stands between <paramref name="from"/> and <paramref name="to"/>: a headline's case ends there.</summary>
    public static bool HasBreakBetween(string text, int from, int to) => text.AsSpan(from, to - from).ContainsAny('\n', '\r');
}
