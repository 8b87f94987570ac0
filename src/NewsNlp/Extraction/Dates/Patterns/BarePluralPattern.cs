namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A plural unit without a number: "for decades", "for years", "in recent months", "in coming weeks", "over the years", "the weeks ahead", "the first time in years".</summary>
internal sealed class BarePluralPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly BarePluralPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Words = ["the"], Classes = [DateWords.PluralLeads], Kinds = [DateWordKind.Unit] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.Lex(i + 1) is { Kind: DateWordKind.Unit } definite && s.Is(i, "the") && Plural(s, i + 1) && (s.IsAny(i - 1, DateWords.SpanLeads) || s.Is(i + 2, "ahead")))
        {
            // "over the years", "in the weeks ahead": a vague span, the adverb "ahead" included.
            m = s.New(TemporalKind.Duration, i, s.Is(i + 2, "ahead") ? i + 3 : i + 2);
            m.Unit = (TimeUnit)definite.Value;
            return true;
        }

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

        // "for years", "for centuries"; "the first time in years" (at the end of its phrase).
        bool forUnits = s.Is(i - 1, "for") && u is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Hour or TimeUnit.Century;
        bool inUnits = s.Is(i - 1, "in") && u is TimeUnit.Year or TimeUnit.Month or TimeUnit.Decade && s.EndsPhrase(i + 1);
        if (j > i || forUnits || inUnits)
        {
            m = s.New(TemporalKind.Duration, i, j + 1);
            m.Unit = u;
            return true;
        }

        return false;
    }

    private static bool Plural(DateScanner s, int i) => s.W(i).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(s.CharAt(s.Token(i).Start));
}
