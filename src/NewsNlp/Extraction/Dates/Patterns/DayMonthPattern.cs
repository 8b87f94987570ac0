namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A day number first: "10 November", "8 February 2024", "17th of November".</summary>
internal sealed class DayMonthPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly DayMonthPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int day = s.DayAt(i);
        if (day < 0)
        {
            return false;
        }

        int j = s.Is(i + 1, "of") ? i + 2 : i + 1;
        return s.TryCalendarDay(i, j + 1, MonthNamePattern.MonthAt(s, j, needsDay: true), day, out m);
    }
}
