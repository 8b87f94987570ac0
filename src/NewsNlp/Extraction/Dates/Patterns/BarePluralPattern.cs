namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A plural unit without a number: "for decades", "for years", "in recent months", "in coming weeks".</summary>
internal sealed class BarePluralPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly BarePluralPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int j = s.IsAny(i, DateWords.PluralLeads) ? i + 1 : i;
        if (s.Lex(j) is not { Kind: DateWordKind.Unit } unit || !s.W(j).EndsWith("s", StringComparison.OrdinalIgnoreCase) || char.IsUpper(s.CharAt(s.Token(j).Start)))
        {
            return false;
        }

        var u = (TimeUnit)unit.Value;
        if (u == TimeUnit.Decade && j == i)
        {
            // "for decades": the guidelines read it as about ten years.
            m = s.New(TemporalKind.Duration, i, i + 1);
            m.Unit = u;
            m.Literal = "P10Y";
            return true;
        }

        if (j > i || (s.Is(i - 1, "for") && u is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Hour))
        {
            m = s.New(TemporalKind.Duration, i, j + 1);
            m.Unit = u;
            return true;
        }

        return false;
    }
}
