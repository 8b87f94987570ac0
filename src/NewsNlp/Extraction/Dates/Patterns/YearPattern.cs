using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A year or a decade: "in 2019", "the 1976 Berne agreement", "the 1980s", "the '80s"; not "2000 troops" or "about 2000".</summary>
internal sealed class YearPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly YearPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        ReadOnlySpan<char> w = s.W(i);
        if (w.Length == 5 && w[4] == 's' && DateScanner.ParseDigits(w[..4]) is >= 1800 and <= 2199 and var decade && decade % 10 == 0)
        {
            m = s.New(TemporalKind.Decade, i, i + 1);
            m.Year = decade;
            return true;
        }

        if (w.Length == 3 && w[2] == 's' && DateScanner.ParseDigits(w[..2]) is >= 20 and <= 90 and var shortDecade && shortDecade % 10 == 0
            && i > 0 && s.InSentence(i - 1) && s.Token(i - 1).End == s.Token(i).Start && (s.IsChar(i - 1, '\'') || s.IsChar(i - 1, '\u2019')))
        {
            // "the '80s": a decade of the 1900s written short (the 2000s and 2010s are left alone: "'00s" is rare and "'10s" ambiguous).
            m = s.New(TemporalKind.Decade, i - 1, i + 1);
            m.Year = 1900 + shortDecade;
            return true;
        }

        int y = s.YearAt(i);
        if (y == 0 || s.IsAny(i - 1, DateWords.CountCues) || (s.Is(i - 1, "to") && s.Is(i - 2, "up")) || s.IsAny(i + 1, DateWords.MeasureCues)
            || s.IsChar(i - 1, '$') || s.IsChar(i + 1, ':'))
        {
            return false;
        }

        if (!s.IsAny(i - 1, DateWords.YearPrepositions) && IsPluralNoun(s, i + 1))
        {
            // "1846 persons were hospitalized".
            return false;
        }

        if (s.KindAt(i - 1, TokenKind.Number) || s.KindAt(i + 1, TokenKind.Number))
        {
            // Part of a list of numbers or a phone number, not a year.
            return false;
        }

        int end = SplitYearEnd(s, i, y);
        m = s.New(TemporalKind.Year, i, end);
        m.Year = y;
        m.SetsScene = s.IsAny(i - 1, DateWords.SceneSetters);
        if (end > i + 1)
        {
            // "the 1986/87 crop", "fiscal 1987-88": a crop or fiscal year across two calendar years, written as the
            // ISO 8601 interval of the two.
            m.Literal = Timex.Year(y) + "/" + Timex.Year(y + 1);
        }

        return true;
    }

    /// <summary>The end of a split year at <paramref name="i"/> ("1986/87", "1986/1987", "1987-88"), or the token after the year.</summary>
    private static int SplitYearEnd(DateScanner s, int i, int year)
    {
        bool joined = (s.IsChar(i + 1, '/') || s.IsChar(i + 1, '-')) && s.Token(i + 1).Start == s.Token(i).End
            && s.KindAt(i + 2, TokenKind.Number) && s.Token(i + 2).Start == s.Token(i + 1).End;
        if (!joined)
        {
            return i + 1;
        }

        ReadOnlySpan<char> next = s.W(i + 2);
        int second = DateScanner.ParseDigits(next);
        bool following = (next.Length == 2 && second == (year + 1) % 100) || (next.Length == 4 && second == year + 1);
        return following ? i + 3 : i + 1;
    }

    /// <summary>True for a lowercase plural noun-like word ("persons", "tonnes"), not "was" or "has".</summary>
    private static bool IsPluralNoun(DateScanner s, int i)
    {
        if (!s.KindAt(i, TokenKind.Word))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.W(i);
        return w.Length >= 4 && char.IsLower(w[0]) && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && !s.IsAny(i, DateWords.NotPlurals);
    }
}
