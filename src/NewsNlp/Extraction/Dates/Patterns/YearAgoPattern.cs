namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The same period a year before, in one word: "the year-earlier quarter", "the year-ago period",
/// "year-earlier", "the comparable year-ago quarter"; a quarter in apposition names it ("the year-ago quarter, the second
/// quarter ended Oct. 31"). Resolved like "a year ago": at the granularity of the last quarter named, if any. A span of months or
/// weeks named ("the year-earlier nine months") is that span, a duration.
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
        if (j > i && s.IsAny(j, DateWords.ComparableLeads) && s.IsAny(j + 1, DateWords.YearAgoWords))
        {
            // "the comparable year-ago quarter", "the corresponding year-earlier period": one expression, as TimeBank marks it.
            j++;
        }

        if (!s.IsAny(j, DateWords.YearAgoWords))
        {
            return false;
        }

        if (AmountReader.TryRead(s, j + 1, out double amount, out int unitAt, out bool exact) && exact
            && s.Lex(unitAt) is { Kind: DateWordKind.Unit, Value: (int)TimeUnit.Month or (int)TimeUnit.Week } unitWord)
        {
            // "the year-earlier nine months": the span compared, a year back; TIMEX3 writes the span (P9M).
            m = s.New(TemporalKind.Duration, i, unitAt + 1);
            m.Unit = (TimeUnit)unitWord.Value;
            m.Literal = Timex.Duration(amount, m.Unit);
            return true;
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
        int apposed = s.Is(end + 1, "the") ? end + 2 : end + 1;
        if (end > j + 1 && s.IsChar(end, ',') && YearPartPattern.TryPart(s, apposed, out int quarter, out TimeUnit apposedUnit, out _) && apposedUnit == TimeUnit.Quarter)
        {
            // "the year-ago quarter, the second quarter ended Oct. 31": the quarter in apposition says which quarter it is (a
            // fiscal one, other than the quarter reported); the apposed quarter and its closing day are a year back too.
            m.Month = quarter;
        }

        return true;
    }
}
