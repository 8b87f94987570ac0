namespace NewsNlp.Text;

/// <summary>
/// Splits text into tokens without changing it: every token is an offset range into the
/// caller's string. One pass, no regular expressions, no allocation beyond the output buffer;
/// ASCII characters are classified through a lookup table, other characters through the BCL.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into a new array.</summary>
    public static Token[] Tokenize(string text)
    {
        TokenBuffer buffer = TokenBuffer.ForCurrentThread();
        Tokenize(text, buffer);
        return buffer.ToArray();
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        TokenBuffer buffer = TokenBuffer.ForCurrentThread();
        Tokenize(text, buffer);
        output.AddRange(buffer.Tokens);
    }

    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="output"/>; the hot path.
    /// Allocates nothing once the buffer is large enough.
    /// </summary>
    /// <returns>The number of tokens appended.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, TokenBuffer output)
    {
        int before = output.Count;
        output.EnsureCapacity(before + (text.Length >> 2) + 8);
        byte[] table = CharClass.AsciiClass;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            TokenKind kind;
            if (c < 128)
            {
                byte cls = table[c];
                if (cls == CharClass.Space)
                {
                    i++;
                    continue;
                }

                if (cls == CharClass.Other)
                {
                    i = PunctuationScanner.ScanPunctuation(text, i, out kind);
                    output.Add(start, i - start, kind);
                    continue;
                }

                if ((c | 0x20) is 'h' or 'w' && WebAddressScanner.TryScanUrl(text, i, out int urlEnd))
                {
                    output.Add(start, urlEnd - start, TokenKind.Url);
                    i = urlEnd;
                    continue;
                }

                if (cls == CharClass.Digit)
                {
                    i = NumberScanner.ScanNumber(text, i, out kind);
                    i = WebAddressScanner.ScanEmailOrDomain(text, start, i, ref kind);
                    output.Add(start, i - start, kind);
                    continue;
                }
            }
            else if (char.IsWhiteSpace(c) || CharClass.IsInvisible(c))
            {
                i++;
                continue;
            }
            else if (!char.IsLetter(c))
            {
                i = PunctuationScanner.ScanPunctuation(text, i, out kind);
                output.Add(start, i - start, kind);
                continue;
            }

            i = WordScanner.ScanWord(text, i, out kind, out int clitic);
            if (clitic >= 0)
            {
                // Iran's -> Iran + 's; didn't -> did + n't.
                output.Add(start, clitic - start, TokenKind.Word);
                output.Add(clitic, i - clitic, TokenKind.Clitic);
                continue;
            }

            i = WebAddressScanner.ScanEmailOrDomain(text, start, i, ref kind);
            output.Add(start, i - start, kind);
        }

        return output.Count - before;
    }
}
