using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A month name first: "February 8", "Feb. 8, 2024", "March 2023", "August of 1985", "January nineteen ninety-seven", "in March".</summary>
internal sealed class MonthNamePattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly MonthNamePattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Kinds = [DateWordKind.Month] };

    /// <summary>The month named at <paramref name="i"/>, or 0; guards "May", "March" and bare abbreviations.</summary>
    public static int MonthAt(DateScanner s, int i, bool needsDay)
    {
        DateWord w = s.Lex(i);
        if (w.Kind != DateWordKind.Month || !s.Capitalized(i))
        {
            return 0;
        }

        ReadOnlySpan<char> word = s.W(i);
        bool abbreviated = word.Length <= 4 && !word.Equals("June", StringComparison.OrdinalIgnoreCase) && !word.Equals("July", StringComparison.OrdinalIgnoreCase) && !word.Equals("May", StringComparison.OrdinalIgnoreCase);
        if (abbreviated && word[^1] != '.' && !needsDay)
        {
            return 0;
        }

        return w.Value;
    }

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int month = MonthAt(s, i, needsDay: true);
        if (month == 0)
        {
            return false;
        }

        int j = i + 1;
        int day = s.DayAt(j);
        bool ratioOrClock = s.IsChar(j + 1, ':') && s.KindAt(j + 2, TokenKind.Number) && s.Token(j + 2).Start == s.Token(j + 1).End;
        if (day > 0 && !s.KindAt(j + 1, TokenKind.Time) && !ratioOrClock && !s.IsChar(j + 1, '%'))
        {
            // "February 8", "Feb. 8, 2024", "December 27th", "October 2 2018".
            return s.TryCalendarDay(i, j + 1, month, day, out m);
        }

        if (MonthAt(s, i, needsDay: false) == 0)
        {
            return false;
        }

        int yearAt = s.IsChar(j, ',') || s.Is(j, "of") ? j + 1 : j;
        int y = s.YearAt(yearAt);
        if (y == 0 && s.SpokenYearAt(yearAt) is > 0 and int spoken)
        {
            // "January nineteen ninety-seven": the year takes two words.
            y = spoken;
            yearAt++;
        }

        if (y > 0)
        {
            // "March 2023", "August 2018", "August of 1985".
            m = s.New(TemporalKind.Month, i, yearAt + 1);
            m.Month = month;
            m.Year = y;
            return true;
        }

        bool maySafe = !s.W(i).Equals("May", StringComparison.Ordinal) || !s.IsAny(i - 1, DateWords.ListJoiners);
        bool attributive = s.IsAny(i - 1, DateWords.MonthDeterminers) && s.KindAt(i + 1, TokenKind.Word) && char.IsLower(s.CharAt(s.Token(i + 1).Start))
            && !s.IsAny(i + 1, DateWords.PhraseEnders) && !s.W(i).Equals("May", StringComparison.Ordinal)
            && !(s.W(i).Equals("March", StringComparison.Ordinal) && s.IsAny(i + 1, DateWords.NamePrepositions));
        // "sales for October" (not "for May": the name).
        bool forMonth = s.Is(i - 1, "for") && !s.W(i).Equals("May", StringComparison.OrdinalIgnoreCase);
        if ((s.IsAny(i - 1, DateWords.MonthTriggers) || attributive || forMonth) && maySafe && !s.W(i).Equals("MAY", StringComparison.Ordinal))
        {
            // "the October slaying", "a June agreement", "the March accession": a month qualifying a noun ("the March on
            // Washington", "the March for Life" are names and left alone).
            // "in March", "last October" (the shift is read by the modifier matcher), "end of March".
            m = s.New(TemporalKind.Month, i, i + 1);
            m.Month = month;
            m.Nearest = forMonth;
            m.PastEvent = attributive && s.IsAny(i + 1, DateWords.PastEventNouns);
            return true;
        }

        return false;
    }
}
