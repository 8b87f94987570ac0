namespace NewsNlp.Text;

/// <summary>Scans punctuation, quotes, dashes, brackets, ellipses and list markers.</summary>
internal static class PunctuationScanner
{
    internal static int ScanPunctuation(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        char c = text[i];
        switch (c)
        {
            case '.':
                int j = i + 1;
                while (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                kind = j - i >= 3 ? TokenKind.Ellipsis : TokenKind.Punctuation;
                return kind == TokenKind.Ellipsis ? j : i + 1;
            case ',' or ';' or ':' or '!' or '?':
                kind = TokenKind.Punctuation;
                return i + 1;
            case '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '\u2039' or '\u203A' or '`':
                kind = TokenKind.Quote;
                return i + 1;
            case '(' or ')' or '[' or ']' or '{' or '}':
                kind = TokenKind.Bracket;
                return i + 1;
            case '\u2026':
                kind = TokenKind.Ellipsis;
                return i + 1;
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                int d = i + 1;
                while (c == '-' && d < text.Length && text[d] == '-')
                {
                    d++;
                }

                // A dash that opens a line and is followed by a space marks a list item.
                kind = IsListMarker(text, i, d) ? TokenKind.Bullet : TokenKind.Dash;
                return d;
            case '*':
                kind = IsListMarker(text, i, i + 1) ? TokenKind.Bullet : TokenKind.Symbol;
                return i + 1;
            case '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u25E6' or '\u2023' or '\u2043' or '\u25A0' or '\u27A4':
                kind = TokenKind.Bullet;
                return i + 1;
            default:
                kind = TokenKind.Symbol;
                return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
        }
    }

    /// <summary>True when [start, end) is the first thing on its line and a space follows it.</summary>
    internal static bool IsListMarker(ReadOnlySpan<char> text, int start, int end)
    {
        if (end >= text.Length || text[end] is not (' ' or '\t' or '\u00A0'))
        {
            return false;
        }

        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r' or '\u2028' or '\u2029';
    }
}
