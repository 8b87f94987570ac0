namespace NewsNlp.Text;

/// <summary>Scans words, abbreviations with their stops ("U.S.", "Mr.") and clitics ("'s", "n't").</summary>
internal static class WordScanner
{
    /// <summary>
    /// Scans a word starting with a letter: letters, digits and combining marks, joined by internal
    /// hyphens ("Amir-Abdollahian", "Anwaar-ul-Haq") and apostrophes ("O'Brien"); an abbreviation
    /// keeps its stops ("U.S.", "Mr."). A clitic ("'s", "n't") ends the word and starts at
    /// <paramref name="clitic"/> (else -1).
    /// </summary>
    internal static int ScanWord(ReadOnlySpan<char> text, int i, out TokenKind kind, out int clitic)
    {
        int start = i;
        int j = i;
        kind = TokenKind.Word;
        clitic = -1;
        while (true)
        {
            while (j < text.Length && CharClass.IsWordChar(text[j]))
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

            if (CharClass.IsHyphen(c) && CharClass.IsWordChar(text[j + 1]))
            {
                j++;
                continue;
            }

            if (CharClass.IsApostrophe(c) && CharClass.IsLetter(text[j + 1]))
            {
                int k = j + 1;
                while (k < text.Length && CharClass.IsLetter(text[k]))
                {
                    k++;
                }

                bool atWordEnd = k == text.Length || !CharClass.IsWordChar(text[k]);
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

    internal static bool IsClitic(ReadOnlySpan<char> suffix) => suffix.Length switch
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
    internal static int ScanAbbreviation(ReadOnlySpan<char> text, int start, int dot)
    {
        ReadOnlySpan<char> word = text[start..dot];
        if (word.Length == 1)
        {
            // U.S., U.N., a.m., U.S.A., and initials ("John F. Kennedy").
            int j = dot + 1;
            while (j + 1 < text.Length && CharClass.IsLetter(text[j]) && text[j + 1] == '.')
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

            return k < text.Length && CharClass.IsDigit(text[k]) ? dot + 1 : dot;
        }

        return Abbreviations.IsKnown(word) ? dot + 1 : dot;
    }
}
