namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// A year said in words, as broadcast transcripts write it: "in nineteen ninety-six", "the year two thousand",
/// "the year nineteen ninety"; not "nineteen twenty-dollar bills" (a count before a unit or measure).
/// </summary>
internal sealed class SpokenYearPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly SpokenYearPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Words = ["the"], Kinds = [DateWordKind.Number] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int j = s.Is(i, "the") && s.Is(i + 1, "year") ? i + 2 : i;
        int year = s.SpokenYearAt(j);
        int end = j + 2;
        if (year == 0 && j > i && s.Lex(j) is { Kind: DateWordKind.Number, Value: 2 } && s.IsAny(j + 1, DateWords.Thousands))
        {
            // "the year two thousand", "the year two thousand and one": only after "the year" is it surely a year.
            year = 2000;
            end = j + 2;
            int k = s.Is(end, "and") ? end + 1 : end;
            if (s.Lex(k) is { Kind: DateWordKind.Number, Value: >= 1 and <= 99 } rest)
            {
                year += rest.Value;
                end = k + 1;
            }
        }

        if (year == 0 || s.Lex(end).Kind == DateWordKind.Unit || s.IsAny(end, DateWords.MeasureCues))
        {
            return false;
        }

        m = s.New(TemporalKind.Year, i, end);
        m.Year = year;
        return true;
    }
}
