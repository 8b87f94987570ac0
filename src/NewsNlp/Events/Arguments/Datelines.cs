using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// A wire dateline opening a sentence ("BONN, March 24 -", "KABUL, Afghanistan -"): the place a story was filed from. It names
/// where the reporter was, not who acted: an unnamed bomber in "GABORONE, April 9 - A bomb went off ..." is no Botswanan.
/// </summary>
internal static class Datelines
{
    // A dateline is short: a place, a comma, a date or a region, then the dash.
    private const int Reach = 10;

    /// <summary>
    /// The first token after the dateline's dash when <paramref name="sentence"/> opens with one (capitalised words only, a comma,
    /// then a dash within <see cref="Reach"/> tokens); else the sentence's first token.
    /// </summary>
    public static int ProseStart(Document document, Sentence sentence)
    {
        Token[] tokens = document.Tokens;
        bool comma = false;
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + Reach);
        for (int t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Dash)
            {
                return comma && t > sentence.FirstToken + 1 ? t + 1 : sentence.FirstToken;
            }

            ReadOnlySpan<char> word = document.Span(tokens[t]);
            comma |= word is ",";
            if (tokens[t].Kind == TokenKind.Word && !char.IsUpper(word[0]))
            {
                return sentence.FirstToken;
            }
        }

        return sentence.FirstToken;
    }
}
