using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Finds a Reuters-style dateline ("BAHRAIN, March 5 -") at the start of the body.</summary>
internal static class Dateline
{
    /// <summary>How many capitalized place tokens may stand before the dateline's date.</summary>
    private const int MaxPlaceTokens = 6;

    /// <summary>Marks the first mention as the dateline when the body opens with one.</summary>
    public static void Mark(Document document, List<TemporalMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        TemporalMention first = mentions[0];
        Token[] tokens = document.Tokens;
        if (first.Kind != TemporalKind.CalendarDate || first.EndToken >= tokens.Length || tokens[first.EndToken].Kind != TokenKind.Dash)
        {
            return;
        }

        Sentence sentence = document.Sentences[first.Sentence];
        int i = sentence.FirstToken;
        bool sawComma = false;
        for (; i < first.FirstToken; i++)
        {
            Token t = tokens[i];
            ReadOnlySpan<char> s = t.Slice(document.Text);
            if (t.Kind == TokenKind.Punctuation && s is ",")
            {
                sawComma = true;
                continue;
            }

            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Bracket) || !char.IsUpper(s[0]))
            {
                return;
            }
        }

        if (sawComma && first.FirstToken - sentence.FirstToken <= MaxPlaceTokens)
        {
            first.IsDateline = true;
            mentions[0] = first;
        }
    }
}
