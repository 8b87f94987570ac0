using NewsNlp.Lexicons;

namespace NewsNlp.Text;

/// <summary>The scanners behind <see cref="Tokenizer"/>, one per token shape.</summary>
internal static partial class Tokenizer
{
    /// <summary>Longest local part of an e-mail address scanned; bounds work on long runs without "@".</summary>
    private const int MaxEmailLocalPart = 64;

    /// <summary>Longest domain name scanned (the DNS limit); bounds work on long dotted runs.</summary>
    private const int MaxDomain = 253;

    /// <summary>Top-level domains that make "reuters.com" one token without "http://" or "www.".</summary>
    private static readonly WordClass TopLevelDomains = Lexicon.Default.Class("text/top-level-domains");

    /// <summary>
    /// Scans a word starting with a letter: letters, digits and combining marks, joined by internal
    /// hyphens ("Amir-Abdollahian", "Anwaar-ul-Haq") and apostrophes ("O'Brien"); an abbreviation
    /// keeps its stops ("U.S.", "Mr."). A clitic ("'s", "n't") ends the word and starts at
    /// <paramref name="clitic"/> (else -1).
    /// </summary>
    private static int ScanWord(ReadOnlySpan<char> text, int i, out TokenKind kind, out int clitic)
    {
        int start = i;
        int j = i;
        kind = TokenKind.Word;
        clitic = -1;
        while (true)
        {
            while (j < text.Length && IsWordChar(text[j]))
            {
                j++;
            }

            if (j >= text.Length)
            {
                return j;
            }

            char c = text[j];
            if (c == '.')
            {
                int end = ScanAbbreviation(text, start, j);
                if (end > j)
                {
                    kind = TokenKind.Abbreviation;
                }

                return end;
            }

            if (j + 1 >= text.Length)
            {
                return j;
            }

            if (IsHyphen(c) && IsWordChar(text[j + 1]))
            {
                j++;
                continue;
            }

            if (IsApostrophe(c) && IsLetter(text[j + 1]))
            {
                int k = j + 1;
                while (k < text.Length && IsLetter(text[k]))
                {
                    k++;
                }

                bool atWordEnd = k == text.Length || !IsWordChar(text[k]);
                if (atWordEnd)
                {
                    ReadOnlySpan<char> suffix = text[(j + 1)..k];
                    if (IsClitic(suffix))
                    {
                        clitic = j;
                        return k;
                    }

                    if (suffix.Length == 1 && (suffix[0] | 0x20) == 't' && j - 1 > start && (text[j - 1] | 0x20) == 'n')
                    {
                        clitic = j - 1;
                        return k;
                    }
                }

                // O'Brien, Ma'ariv: the apostrophe is part of the name.
                j = k;
                continue;
            }

            return j;
        }
    }

    private static bool IsClitic(ReadOnlySpan<char> suffix) => suffix.Length switch
    {
        1 => (suffix[0] | 0x20) is 's' or 'd' or 'm',
        2 => ((suffix[0] | 0x20) == 'r' && (suffix[1] | 0x20) == 'e')
            || ((suffix[0] | 0x20) == 'v' && (suffix[1] | 0x20) == 'e')
            || ((suffix[0] | 0x20) == 'l' && (suffix[1] | 0x20) == 'l'),
        _ => false,
    };

    /// <summary>
    /// Given a word [start, dot) followed by a full stop at <paramref name="dot"/>, returns the end of
    /// the abbreviation that includes the stop(s), or <paramref name="dot"/> when it is a plain word.
    /// </summary>
    private static int ScanAbbreviation(ReadOnlySpan<char> text, int start, int dot)
    {
        ReadOnlySpan<char> word = text[start..dot];
        if (word.Length == 1)
        {
            // U.S., U.N., a.m., U.S.A., and initials ("John F. Kennedy").
            int j = dot + 1;
            while (j + 1 < text.Length && IsLetter(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }

            bool acronym = j > dot + 1;
            return acronym || char.IsUpper(word[0]) ? j : dot;
        }

        if (Abbreviations.IsNumberSign(word))
        {
            // "No. 10", "Nos. 3 and 4", but not "they said no."
            int k = dot + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            return k < text.Length && IsDigit(text[k]) ? dot + 1 : dot;
        }

        return Abbreviations.IsKnown(word) ? dot + 1 : dot;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        int start = i;
        kind = TokenKind.Number;
        if (IsIsoDate(text, i))
        {
            kind = TokenKind.IsoDate;
            return i + 10;
        }

        int j = i;
        while (j < text.Length && IsDigit(text[j]))
        {
            j++;
        }

        if (j - start <= 2 && j + 2 < text.Length && text[j] == ':' && text[j + 1] is >= '0' and <= '5' && IsDigit(text[j + 2])
            && (j + 3 == text.Length || !IsDigit(text[j + 3])))
        {
            // 10:30. A following "pm" stays a word of its own ("4:12pm" -> "4:12" + "pm"), so a Time token is always H:MM.
            kind = TokenKind.Time;
            return j + 3;
        }

        while (j + 1 < text.Length && (text[j] is ',' or '.') && IsDigit(text[j + 1]))
        {
            if (text[j] == ',' && CountDigits(text, j + 1) != 3)
            {
                // "1,2345" and "3,4" are not thousands separators.
                break;
            }

            j++;
            while (j < text.Length && IsDigit(text[j]))
            {
                j++;
            }
        }

        if (j >= text.Length)
        {
            return j;
        }

        char c = text[j];
        if (c == '%')
        {
            kind = TokenKind.Percent;
            return j + 1;
        }

        if (IsLetter(c))
        {
            int k = j;
            while (k < text.Length && IsLetter(text[k]))
            {
                k++;
            }

            bool wordEnd = k == text.Length || !IsWordChar(text[k]);
            if (wordEnd && k - j == 2 && IsOrdinalSuffix(text[j], text[j + 1]))
            {
                kind = TokenKind.Ordinal;
                return k;
            }

            if (wordEnd && k - j == 1 && c == 's')
            {
                // The 1980s.
                return k;
            }

            // 9mm, 3D, F16: an alphanumeric word.
            kind = TokenKind.Word;
            return ScanAlphanumericTail(text, k);
        }

        if (j + 1 < text.Length && IsHyphen(c) && IsLetter(text[j + 1]))
        {
            // 55-year-old, 1,200-strong.
            kind = TokenKind.Word;
            return ScanAlphanumericTail(text, j + 1);
        }

        return j;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = (char)(a | 0x20);
        b = (char)(b | 0x20);
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    private static int ScanAlphanumericTail(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            if (IsWordChar(text[j]))
            {
                j++;
            }
            else if (IsHyphen(text[j]) && j + 1 < text.Length && IsWordChar(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static int CountDigits(ReadOnlySpan<char> text, int i)
    {
        int n = 0;
        while (i + n < text.Length && IsDigit(text[i + n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsIsoDate(ReadOnlySpan<char> text, int i)
    {
        if (i + 10 > text.Length || text[i + 4] != '-')
        {
            return false;
        }

        ReadOnlySpan<char> s = text.Slice(i, 10);
        return IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3])
            && IsDigit(s[5]) && IsDigit(s[6]) && s[7] == '-' && IsDigit(s[8]) && IsDigit(s[9])
            && (i + 10 == text.Length || !IsWordChar(text[i + 10]));
    }

    private static int ScanPunctuation(ReadOnlySpan<char> text, int i, out TokenKind kind)
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
    private static bool IsListMarker(ReadOnlySpan<char> text, int start, int end)
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

    private static bool TryScanUrl(ReadOnlySpan<char> text, int i, out int end)
    {
        ReadOnlySpan<char> rest = text[i..];
        end = i;
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        int j = i;
        while (j < text.Length && !IsSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
        {
            j++;
        }

        end = TrimUrlEnd(text, i, j);
        return end - i > 4;
    }

    private static int TrimUrlEnd(ReadOnlySpan<char> text, int start, int j)
    {
        while (j > start && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '\u2019')
        {
            j--;
        }

        return j;
    }

    /// <summary>
    /// After a word or number [start, end): extends it to an e-mail address ("info@afp.com") or a
    /// bare domain ("reuters.com/world") when one starts at <paramref name="start"/>.
    /// </summary>
    private static int ScanEmailOrDomain(ReadOnlySpan<char> text, int start, int end, ref TokenKind kind)
    {
        if (end >= text.Length - 1 || text[end] is not ('@' or '.' or '_' or '-' or '+'))
        {
            return end;
        }

        if (TryScanEmail(text, start, out int emailEnd))
        {
            kind = TokenKind.Email;
            return emailEnd;
        }

        if (kind == TokenKind.Word && text[end] == '.' && text[end + 1] is >= 'a' and <= 'z' && TryScanDomain(text, start, out int domainEnd))
        {
            kind = TokenKind.Url;
            return domainEnd;
        }

        return end;
    }

    private static bool TryScanDomain(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int j = i;
        int lastDot = -1;
        int limit = Math.Min(text.Length, i + MaxDomain);
        while (true)
        {
            while (j < limit && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '-'))
            {
                j++;
            }

            if (j + 1 < limit && text[j] == '.' && char.IsAsciiLetterOrDigit(text[j + 1]))
            {
                lastDot = j;
                j++;
                continue;
            }

            break;
        }

        if (lastDot < 0 || (j < text.Length && IsWordChar(text[j])) || !Lexicon.Default.Contains(TopLevelDomains, text[(lastDot + 1)..j]))
        {
            return false;
        }

        if (j < text.Length && text[j] == '/')
        {
            while (j < text.Length && !IsSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
            {
                j++;
            }

            j = TrimUrlEnd(text, i, j);
        }

        end = j;
        return true;
    }

    private static bool TryScanEmail(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int j = i;
        int limit = Math.Min(text.Length, i + MaxEmailLocalPart);
        if (text[i..limit].IndexOf('@') < 0)
        {
            // A vectorised look-ahead: no "@" near, no address.
            return false;
        }

        while (j < limit && (IsWordChar(text[j]) || text[j] is '.' or '_' or '-' or '+'))
        {
            j++;
        }

        if (j >= text.Length || text[j] != '@' || j == i)
        {
            return false;
        }

        int k = j + 1;
        int domainLimit = Math.Min(text.Length, k + MaxDomain);
        while (k < domainLimit && (IsWordChar(text[k]) || text[k] is '.' or '-'))
        {
            k++;
        }

        while (k > j + 1 && text[k - 1] is '.' or '-')
        {
            k--;
        }

        // The domain needs an inner dot: "afp.com", not "afp" or ".com".
        int lastDot = text[(j + 1)..k].LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        end = k;
        return true;
    }
}
