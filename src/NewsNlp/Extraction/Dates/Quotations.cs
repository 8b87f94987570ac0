using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Tells whether a token sits inside direct speech within its paragraph.</summary>
internal static class Quotations
{
    /// <summary>True when an odd number of double quotation marks (or more openers than closers) precede token <paramref name="tokenIndex"/> in its paragraph.</summary>
    public static bool IsInside(Document document, int sentenceIndex, int tokenIndex)
    {
        Sentence[] sentences = document.Sentences;
        int paragraph = sentences[sentenceIndex].Paragraph;
        int s = sentenceIndex;
        while (s > 0 && sentences[s - 1].Paragraph == paragraph)
        {
            s--;
        }

        int straight = 0;
        int open = 0;
        Token[] tokens = document.Tokens;
        for (int i = sentences[s].FirstToken; i < tokenIndex; i++)
        {
            Token t = tokens[i];
            if (t.Kind != TokenKind.Quote)
            {
                continue;
            }

            switch (document.Text[t.Start])
            {
                case '"':
                    straight++;
                    break;
                case '\u201C':
                    open++;
                    break;
                case '\u201D':
                    open = Math.Max(0, open - 1);
                    break;
            }
        }

        return straight % 2 == 1 || open > 0;
    }
}
