namespace NewsNlp.Text;

/// <summary>
/// A wire dateline opening a sentence ("BONN, March 24 -", "KABUL, Afghanistan -"): the place a story was filed from. It says
/// where the reporter was, not who acted (an unnamed bomber in "GABORONE, April 9 - A bomb went off ..." is no Botswanan), and it
/// speaks for the article's people only as a fallback. The people stage and the event stage read it here.
/// </summary>
internal static class Datelines
{
    // A dateline is short: a place, a comma, a date or a region, then the dash.
    private const int Reach = 12;

    /// <summary>
    /// The token index of the dateline's dash when <paramref name="sentence"/> opens with one (capitalised words only, a comma, then
    /// a dash within <see cref="Reach"/> tokens; or, when asked, one word in capitals, then the dash); else -1.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="capitalsAlone">Also take a lone word in capitals before the dash ("BAHRAIN - Iran reported ..."). The event
    /// stage's subject finder does not: in "WASHINGTON - Undercutting the Bush administration's rationale for invading Iraq" the
    /// dateline stands in for the government it missed.</param>
    public static int DashIndex(Document document, Sentence sentence, bool capitalsAlone = false)
    {
        Token[] tokens = document.Tokens;
        bool comma = false;
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + Reach);
        for (int t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Dash)
            {
                return (comma && t > sentence.FirstToken + 1) || (capitalsAlone && t == sentence.FirstToken + 1 && IsAllCaps(document.Span(tokens[sentence.FirstToken])))
                    ? t : -1;
            }

            ReadOnlySpan<char> word = document.Span(tokens[t]);
            comma |= word is ",";
            if (tokens[t].Kind == TokenKind.Word && !char.IsUpper(word[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first token after the dateline's dash (<see cref="DashIndex"/>), or the sentence's first token when it has none.</summary>
    public static int ProseStart(Document document, Sentence sentence, bool capitalsAlone = false) =>
        DashIndex(document, sentence, capitalsAlone) is var dash and >= 0 ? dash + 1 : sentence.FirstToken;

    // "BAHRAIN - Iran reported ...": a place in capitals alone before the dash.
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
