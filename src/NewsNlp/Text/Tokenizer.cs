using System.Globalization;

namespace NewsNlp.Text;

/// <summary>
/// Splits text into tokens without changing it: every token is an offset range into the
/// caller's string. One pass, no regular expressions, no allocation beyond the output list.
/// </summary>
internal static partial class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into a new array.</summary>
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return [.. tokens];
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (TryScanUrl(text, i, out int urlEnd))
            {
                i = urlEnd;
                kind = TokenKind.Url;
            }
            else if (IsWordChar(c) && TryScanEmail(text, i, out int emailEnd))
            {
                i = emailEnd;
                kind = TokenKind.Email;
            }
            else if (IsDigit(c))
            {
                i = ScanNumber(text, i, out kind);
            }
            else if (IsLetter(text, i))
            {
                i = ScanWord(text, i, output, out kind, out bool emitted);
                if (emitted)
                {
                    // ScanWord emitted a word and its clitic itself.
                    continue;
                }
            }
            else
            {
                i = ScanPunctuation(text, i, out kind);
            }

            output.Add(new Token(start, i - start, kind));
        }
    }

    /// <summary>Zero-width and format characters that separate nothing visible.</summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(ReadOnlySpan<char> text, int i) => char.IsLetter(text[i]);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
