namespace NewsNlp.Text;

/// <summary>The scanners behind <see cref="Tokenizer"/>, one per token shape.</summary>
internal static partial class Tokenizer
{
    /// <summary>Longest local part of an e-mail address scanned; bounds work on long runs without "@".</summary>
    private const int MaxEmailLocalPart = 64;

    private static int ScanWord(ReadOnlySpan<char> text, int i, List<Token> output, out TokenKind kind, out bool emitted)
    {
        int start = i;
        emitted = false;
        int j = i;
        kind = TokenKind.Word;
        while (true)
        {
            while (j < text.Length && IsWordChar(text[j]))
            {
                j++;
            }

            if (j >= text.Length - 1)
            {
                break;
            }

            char c = text[j];
            if (IsHyphen(c) && IsWordChar(text[j + 1]))
            {
                // Amir-Abdollahian, Anwaar-ul-Haq, F-16, twenty-one.
                j++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(text[j + 1]))
            {
                int k = j + 1;
                while (k < text.Length && char.IsLetter(text[k]))
                {
                    k++;
                }

                bool atWordEnd = k == text.Length || !IsWordChar(text[k]);
                ReadOnlySpan<char> suffix = text[(j + 1)..k];
                if (atWordEnd && IsClitic(suffix))
                {
                    // Iran's -> Iran + 's; they're -> they + 're.
                    output.Add(new Token(start, j - start, TokenKind.Word));
                    output.Add(new Token(j, k - j, TokenKind.Clitic));
                    emitted = true;
                    return k;
                }

                if (atWordEnd && suffix.Length == 1 && (suffix[0] is 't' or 'T') && j - 1 > start && (text[j - 1] is 'n' or 'N'))
                {
                    // didn't -> did + n't.
                    output.Add(new Token(start, j - 1 - start, TokenKind.Word));
                    output.Add(new Token(j - 1, k - j + 1, TokenKind.Clitic));
                    emitted = true;
                    return k;
                }

                // O'Brien, Ma'ariv: the apostrophe is part of the name.
                j = k;
                continue;
            }

            if (c == '.')
            {
                int end = ScanAbbreviation(text, start, j);
                if (end > j)
                {
                    kind = TokenKind.Abbreviation;
                    return end;
                }
            }

            break;
        }

        if (j == text.Length - 1 && text[j] == '.' && ScanAbbreviation(text, start, j) > j)
        {
            kind = TokenKind.Abbreviation;
            return j + 1;
        }

        return j;
    }

    private static bool IsClitic(ReadOnlySpan<char> suffix) =>
        suffix.Equals("s", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("d", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("m", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Given a word [start, dot) followed by a full stop at <paramref name="dot"/>, returns the end of
    /// the abbreviation that includes the stop(s), or <paramref name="dot"/> when it is a plain word.
    /// </summary>
    private static int ScanAbbreviation(ReadOnlySpan<char> text, int start, int dot)
    {
        ReadOnlySpan<char> word = text[start..dot];
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            // U.S., U.N., a.m., U.S.A., and initials ("John F. Kennedy").
            int j = dot + 1;
            while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }

            bool acronym = j > dot + 1;
            if (acronym || char.IsUpper(word[0]))
            {
                return j;
            }

            return dot;
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

        if (j + 2 < text.Length + 0 && text[j] == ':' && j - start <= 2 && IsDigit(text[j + 1]) && IsDigit(text[j + 2]))
        {
            kind = TokenKind.Time;
            j += 3;
            return j;
        }

        while (j + 1 < text.Length && (text[j] is ',' or '.') && IsDigit(text[j + 1]))
        {
            if (text[j] == ',' && !(j + 3 < text.Length + 1 && CountDigits(text, j + 1) == 3))
            {
                break;
            }

            j++;
            while (j < text.Length && IsDigit(text[j]))
            {
                j++;
            }
        }

        if (j < text.Length && text[j] == '%')
        {
            kind = TokenKind.Percent;
            return j + 1;
        }

        if (j < text.Length && char.IsLetter(text[j]))
        {
            int k = j;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            ReadOnlySpan<char> suffix = text[j..k];
            bool wordEnd = k == text.Length || !IsWordChar(text[k]);
            if (wordEnd && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                kind = TokenKind.Ordinal;
                return k;
            }

            if (wordEnd && suffix.Equals("s", StringComparison.Ordinal))
            {
                // The 1980s.
                return k;
            }

            // 9mm, 3D, 10am: an alphanumeric word.
            kind = TokenKind.Word;
            return ScanAlphanumericTail(text, k);
        }

        if (j + 1 < text.Length && IsHyphen(text[j]) && char.IsLetter(text[j + 1]))
        {
            // 55-year-old, 1,200-strong.
            kind = TokenKind.Word;
            return ScanAlphanumericTail(text, j + 1);
        }

        return j;
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
        if (i + 10 > text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> s = text.Slice(i, 10);
        return IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]) && s[4] == '-'
            && IsDigit(s[5]) && IsDigit(s[6]) && s[7] == '-' && IsDigit(s[8]) && IsDigit(s[9])
            && (i + 10 == text.Length || !IsDigit(text[i + 10]));
    }

    private static int ScanPunctuation(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        char c = text[i];
        switch (c)
        {
            case '.':
                int j = i;
                while (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                kind = j - i >= 3 ? TokenKind.Ellipsis : TokenKind.Punctuation;
                return kind == TokenKind.Ellipsis ? j : i + 1;
            case '\u2026':
                kind = TokenKind.Ellipsis;
                return i + 1;
            case ',' or ';' or ':' or '!' or '?':
                kind = TokenKind.Punctuation;
                return i + 1;
            case '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '\u2039' or '\u203A' or '`':
                kind = TokenKind.Quote;
                return i + 1;
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                int d = i + 1;
                while (c == '-' && d < text.Length && text[d] == '-')
                {
                    d++;
                }

                kind = TokenKind.Dash;
                return d;
            case '(' or ')' or '[' or ']' or '{' or '}':
                kind = TokenKind.Bracket;
                return i + 1;
            case '\u2022' or '\u00B7' or '\u25AA' or '\u25CF' or '\u25E6' or '\u2023' or '\u2043':
                kind = TokenKind.Bullet;
                return i + 1;
            default:
                kind = TokenKind.Symbol;
                return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
        }
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
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
        {
            j++;
        }

        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '\u2019')
        {
            j--;
        }

        end = j;
        return end - i > 4;
    }

    private static bool TryScanEmail(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int j = i;
        int limit = Math.Min(text.Length, i + MaxEmailLocalPart);
        while (j < limit && (IsWordChar(text[j]) || text[j] is '.' or '_' or '-' or '+'))
        {
            j++;
        }

        if (j >= text.Length || text[j] != '@' || j == i)
        {
            return false;
        }

        int k = j + 1;
        int lastDot = -1;
        while (k < text.Length && (IsWordChar(text[k]) || text[k] is '.' or '-'))
        {
            if (text[k] == '.')
            {
                lastDot = k;
            }

            k++;
        }

        while (k > j + 1 && text[k - 1] is '.' or '-')
        {
            k--;
        }

        if (lastDot < 0 || lastDot >= k - 1 || lastDot == j + 1)
        {
            return false;
        }

        end = k;
        return true;
    }
}
