namespace NewsNlp.Text;

/// <summary>Scans numbers ("1,200", "3.5", "2024-01-19", "19th", "10:30") and their alphanumeric tails.</summary>
internal static class NumberScanner
{
    internal static int ScanNumber(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        int start = i;
        kind = TokenKind.Number;
        if (IsIsoDate(text, i))
        {
            kind = TokenKind.IsoDate;
            return i + 10;
        }

        int j = i;
        while (j < text.Length && CharClass.IsDigit(text[j]))
        {
            j++;
        }

        if (j - start <= 2 && j + 2 < text.Length && text[j] == ':' && text[j + 1] is >= '0' and <= '5' && CharClass.IsDigit(text[j + 2])
            && (j + 3 == text.Length || !CharClass.IsDigit(text[j + 3])))
        {
            // 10:30. A following "pm" stays a word of its own ("4:12pm" -> "4:12" + "pm"), so a Time token is always H:MM.
            kind = TokenKind.Time;
            return j + 3;
        }

        while (j + 1 < text.Length && (text[j] is ',' or '.') && CharClass.IsDigit(text[j + 1]))
        {
            if (text[j] == ',' && CountDigits(text, j + 1) != 3)
            {
                // "1,2345" and "3,4" are not thousands separators.
                break;
            }

            j++;
            while (j < text.Length && CharClass.IsDigit(text[j]))
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

        if (CharClass.IsLetter(c))
        {
            int k = j;
            while (k < text.Length && CharClass.IsLetter(text[k]))
            {
                k++;
            }

            bool wordEnd = k == text.Length || !CharClass.IsWordChar(text[k]);
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

        if (j + 1 < text.Length && CharClass.IsHyphen(c) && CharClass.IsLetter(text[j + 1]))
        {
            // 55-year-old, 1,200-strong.
            kind = TokenKind.Word;
            return ScanAlphanumericTail(text, j + 1);
        }

        return j;
    }

    internal static bool IsOrdinalSuffix(char a, char b)
    {
        a = (char)(a | 0x20);
        b = (char)(b | 0x20);
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    internal static int ScanAlphanumericTail(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            if (CharClass.IsWordChar(text[j]))
            {
                j++;
            }
            else if (CharClass.IsHyphen(text[j]) && j + 1 < text.Length && CharClass.IsWordChar(text[j + 1]))
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

    internal static int CountDigits(ReadOnlySpan<char> text, int i)
    {
        int n = 0;
        while (i + n < text.Length && CharClass.IsDigit(text[i + n]))
        {
            n++;
        }

        return n;
    }

    internal static bool IsIsoDate(ReadOnlySpan<char> text, int i)
    {
        if (i + 10 > text.Length || text[i + 4] != '-')
        {
            return false;
        }

        ReadOnlySpan<char> s = text.Slice(i, 10);
        return CharClass.IsDigit(s[0]) && CharClass.IsDigit(s[1]) && CharClass.IsDigit(s[2]) && CharClass.IsDigit(s[3])
            && CharClass.IsDigit(s[5]) && CharClass.IsDigit(s[6]) && s[7] == '-' && CharClass.IsDigit(s[8]) && CharClass.IsDigit(s[9])
            && (i + 10 == text.Length || !CharClass.IsWordChar(text[i + 10]));
    }
}
