namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A frequency adverb: "hourly", "weekly", "annually", "daily" as an adverb (TIMEX3 SET, once per unit: PT1H, P1W, P1Y, P1D).</summary>
internal sealed class FrequencyAdverbPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly FrequencyAdverbPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.FrequencyAdverbs] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (!s.IsAny(i, DateWords.FrequencyAdverbs))
        {
            return false;
        }

        ReadOnlySpan<char> w = s.W(i);
        bool ily = w.EndsWith("ily", StringComparison.OrdinalIgnoreCase);
        bool adverb = s.Is(i + 1, "basis") || (s.EndsPhrase(i + 1) && s.KindAt(i - 1, NewsNlp.Text.TokenKind.Word) && !s.Capitalized(i - 1) && !s.Is(i - 1, "the") && !s.Is(i - 1, "a"));
        if (ily && (s.Capitalized(i) || !adverb))
        {
            // "daily" as an adjective or a noun ("daily life", "the Hong Kong daily", "China Daily") is no time; as an adverb
            // ("barrels of crude daily", "almost daily") it is.
            return false;
        }

        DateWord unit = w.Equals("annually", StringComparison.OrdinalIgnoreCase) ? new DateWord(DateWordKind.Unit, (int)TimeUnit.Year)
            : ily ? DateLexicon.Find(string.Concat(w[..^3], "y")) : DateLexicon.Find(w[..^2]);
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
