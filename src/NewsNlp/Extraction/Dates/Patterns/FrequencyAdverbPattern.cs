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

        if (AfterAmount(s, i))
        {
            // A rate ("to rise 8.5% annually", "10,000 units annually", "500,000 barrels daily") is a measure per unit, not a
            // time: TimeML news data leave it out. tbaq folds 1-4: "annually" after an amount annotated 1 of 4, rates "X a year"
            // 1 of 3; elsewhere "annually" / "daily" as adverbs 4 of 4 ("held here annually", "rallies almost daily").
            // Chosen by 4-fold cross-validation within folds 1-4 (held-out value F1 0.8293 -> 0.8303).
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

    /// <summary>The words a rate's amount may take before its frequency word: "8.5% annually", "C$17.9 million annually", "10,000 units annually".</summary>
    private const int RateReach = 3;

    /// <summary>True when a number or a percentage lies within <see cref="RateReach"/> tokens before <paramref name="i"/>, in the same phrase.</summary>
    private static bool AfterAmount(DateScanner s, int i)
    {
        for (int k = i - 1; k >= i - RateReach; k--)
        {
            if (s.KindAt(k, NewsNlp.Text.TokenKind.Percent)
                || (s.KindAt(k, NewsNlp.Text.TokenKind.Number) && (s.YearAt(k) == 0 || s.IsAny(k + 1, DateWords.CountCues) || s.IsAny(k + 1, DateWords.MeasureCues))))
            {
                // A year ("starting in 2028 will retire annually") is no amount unless a count or measure follows it ("1800 tonnes").
                return true;
            }

            if (s.EndsPhrase(k))
            {
                // "in 1998 to retire annually", "100 pct and monthly adjustments": the number belongs to another phrase.
                return false;
            }
        }

        return false;
    }
}
