namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The same period a year before, in one word: "the year-earlier quarter", "the year-ago period",
/// "year-earlier". Resolved like "a year ago": at the granularity of the last quarter named, if any.
/// </summary>
internal sealed class YearAgoPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly YearAgoPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Words = ["the"], Classes = [DateWords.YearAgoWords] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int j = s.Is(i, "the") ? i + 1 : i;
        if (!s.IsAny(j, DateWords.YearAgoWords))
        {
            return false;
        }

        int end = s.Is(j + 1, "quarter") || s.Is(j + 1, "period") ? j + 2 : j + 1;
        if (end == j + 1 && YearPartPattern.TryPart(s, j + 1, out _, out TimeUnit part, out int partEnd) && part == TimeUnit.Quarter)
        {
            // "the year-ago third quarter": the quarter names the comparison's granularity.
            end = partEnd;
        }

        if (j > i && end == j + 1)
        {
            // "the year-earlier results": the period is not named; the word alone is the expression.
            i = j;
        }

        m = s.New(TemporalKind.Ago, i, end);
        m.Unit = TimeUnit.Year;
        m.Shift = -1;
        m.HasShift = true;
        return true;
    }
}
