namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A frequency adverb: "hourly", "weekly", "annually" (TIMEX3 SET, once per unit: PT1H, P1W, P1Y).</summary>
internal sealed class FrequencyAdverbPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly FrequencyAdverbPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (!s.IsAny(i, DateWords.FrequencyAdverbs))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.W(i);
        DateWord unit = w.Equals("annually", StringComparison.OrdinalIgnoreCase) ? new DateWord(DateWordKind.Unit, (int)TimeUnit.Year) : DateLexicon.Find(w[..^2]);
        if (unit.Kind != DateWordKind.Unit)
        {
            return false;
        }

        m = s.New(TemporalKind.Set, i, i + 1);
        m.Unit = (TimeUnit)unit.Value;
        m.Literal = Timex.Duration(1, m.Unit);
        return true;
    }
}
