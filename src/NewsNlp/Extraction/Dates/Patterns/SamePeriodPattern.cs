namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// A period set against the same one a year apart, as one expression (TimeBank annotates the whole phrase): "the same
/// period last year", "the corresponding quarter a year earlier", "the same month a year ago", "the comparable period
/// of last year", "the like period of 1988" (not a split year, "the same period of 1985/86", which the year pattern reads).
/// Resolution takes its granularity from what was reported last.
/// </summary>
internal sealed class SamePeriodPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly SamePeriodPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Words = ["the"] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (!s.Is(i, "the") || !s.IsAny(i + 1, DateWords.ComparableLeads))
        {
            return false;
        }

        int j = i + 2;
        TimeUnit unit = TimeUnit.None;
        if (s.Lex(j) is { Kind: DateWordKind.Unit, Value: (int)TimeUnit.Quarter or (int)TimeUnit.Month } word)
        {
            // "the same months of 1986" (after "the first two months of 1987") spans several months: only the year is sure.
            unit = s.W(j).EndsWith('s') ? TimeUnit.None : (TimeUnit)word.Value;
        }
        else if (!s.Is(j, "period"))
        {
            return false;
        }

        int k = j + 1;
        int year = 0;
        int end;
        if (s.Is(k, "last") && s.Is(k + 1, "year"))
        {
            end = k + 2;
        }
        else if (s.Is(k, "of") && s.Is(k + 1, "last") && s.Is(k + 2, "year"))
        {
            end = k + 3;
        }
        else if (s.Is(k, "a") && s.Is(k + 1, "year") && s.IsAny(k + 2, DateWords.YearAgoTails))
        {
            end = k + 3;
        }
        else if ((s.Is(k, "of") || s.Is(k, "in")) && s.YearAt(k + 1) is > 0 and int written && !s.IsChar(k + 2, '/'))
        {
            year = written;
            end = k + 2;
        }
        else
        {
            return false;
        }

        m = s.New(TemporalKind.SamePeriod, i, end);
        m.Unit = unit;
        m.Year = year;
        return true;
    }
}
