using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Text;

/// <summary>Character classes for the tokenizer: ASCII through a lookup table, everything else through the BCL.</summary>
internal static class CharClass
{
    /// <summary>Punctuation, symbols and control characters.</summary>
    internal const byte Other = 0;

    /// <summary>White space.</summary>
    internal const byte Space = 1;

    private const byte Lower = 2;
    private const byte Upper = 3;

    /// <summary>ASCII digits.</summary>
    internal const byte Digit = 4;

    /// <summary>The class of each ASCII character: <see cref="Space"/>, <see cref="Lower"/>, <see cref="Upper"/>, <see cref="Digit"/> or <see cref="Other"/>.</summary>
    internal static readonly byte[] AsciiClass = BuildAsciiClass();

    /// <summary>Zero-width and format characters that separate nothing visible.</summary>
    internal static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 128 ? AsciiClass[c] >= Lower : IsWordCharNonAscii(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => c < 128 ? AsciiClass[c] is Lower or Upper : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsWordCharNonAscii(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c < 128 ? AsciiClass[c] == Space : char.IsWhiteSpace(c);

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static byte[] BuildAsciiClass()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = c switch
            {
                ' ' or '\t' or '\n' or '\r' or '\v' or '\f' => Space,
                >= 'a' and <= 'z' => Lower,
                >= 'A' and <= 'Z' => Upper,
                >= '0' and <= '9' => Digit,
                _ => Other,
            };
        }

        return table;
    }
}
