namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The second day of a pair after a month: "April 24 and 25", "March 3 or 4", "June 8 to 10" (the day after the
/// joiner is a date of the same month). Not "April 24 and 25 people": a day must end its phrase.
/// </summary>
internal sealed class ListedDayPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly ListedDayPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int day = s.DayAt(i);
        int first = s.DayAt(i - 2);
        if (day < 0 || first < 0 || day <= first || !(s.Is(i - 1, "and") || s.Is(i - 1, "or") || s.Is(i - 1, "to"))
            || (!s.EndsPhrase(i + 1) && s.YearAt(i + 1) == 0 && !s.IsChar(i + 1, ',')))
        {
            return false;
        }

        return s.TryCalendarDay(i, i + 1, MonthNamePattern.MonthAt(s, i - 3, needsDay: true), day, out m);
    }
}
