using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Text;

/// <summary>
/// Splits text into tokens without changing it: every token is an offset range into the
/// caller's string. One pass, no regular expressions, no allocation beyond the output buffer;
/// ASCII characters are classified through a lookup table, other characters through the BCL.
/// </summary>
internal static partial class Tokenizer
{
    private const byte Other = 0;
    private const byte Space = 1;
    private const byte Lower = 2;
    private const byte Upper = 3;
    private const byte Digit = 4;

    /// <summary>The class of each ASCII character: <see cref="Space"/>, <see cref="Lower"/>, <see cref="Upper"/>, <see cref="Digit"/> or <see cref="Other"/>.</summary>
    private static readonly byte[] AsciiClass = BuildAsciiClass();

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
        byte[] table = AsciiClass;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            TokenKind kind;
            if (c < 128)
            {
                byte cls = table[c];
                if (cls == Space)
                {
                    i++;
                    continue;
                }

                if (cls == Other)
                {
                    i = ScanPunctuation(text, i, out kind);
                    output.Add(start, i - start, kind);
                    continue;
                }

                if ((c | 0x20) is 'h' or 'w' && TryScanUrl(text, i, out int urlEnd))
                {
                    output.Add(start, urlEnd - start, TokenKind.Url);
                    i = urlEnd;
                    continue;
                }

                if (cls == Digit)
                {
                    i = ScanNumber(text, i, out kind);
                    i = ScanEmailOrDomain(text, start, i, ref kind);
                    output.Add(start, i - start, kind);
                    continue;
                }
            }
            else if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                i++;
                continue;
            }
            else if (!char.IsLetter(c))
            {
                i = ScanPunctuation(text, i, out kind);
                output.Add(start, i - start, kind);
                continue;
            }

            i = ScanWord(text, i, out kind, out int clitic);
            if (clitic >= 0)
            {
                // Iran's -> Iran + 's; didn't -> did + n't.
                output.Add(start, clitic - start, TokenKind.Word);
                output.Add(clitic, i - clitic, TokenKind.Clitic);
                continue;
            }

            i = ScanEmailOrDomain(text, start, i, ref kind);
            output.Add(start, i - start, kind);
        }

        return output.Count - before;
    }

    /// <summary>Zero-width and format characters that separate nothing visible.</summary>
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? AsciiClass[c] >= Lower : IsWordCharNonAscii(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128 ? AsciiClass[c] is Lower or Upper : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsWordCharNonAscii(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c < 128 ? AsciiClass[c] == Space : char.IsWhiteSpace(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static byte[] BuildAsciiClass()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = c switch
            {
                ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or (>= '\u001C' and <= '\u001F') => Space,
                >= 'a' and <= 'z' => Lower,
                >= 'A' and <= 'Z' => Upper,
                >= '0' and <= '9' => Digit,
                _ => Other,
            };
        }

        return table;
    }
}
