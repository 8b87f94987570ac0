namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>"the past five years", "the last year", "the last several months", "the past two quarters": a duration ending now.</summary>
internal sealed class SpanBackPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly SpanBackPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int j = i + 2;
        double amount = 1;
        bool exact = true;
        if (s.Lex(j) is not { Kind: DateWordKind.Unit })
        {
            if (!AmountReader.TryRead(s, j, out amount, out j, out exact))
            {
                return false;
            }
        }
        else if (s.W(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            exact = false;
        }

        // "the past two quarters": after a count, "quarters" is a span of the year, not a place.
        DateWord unit = s.Lex(j);
        bool quarters = s.IsAny(j, DateWords.QuarterPlurals);
        if (unit.Kind != DateWordKind.Unit && !quarters)
        {
            return false;
        }

        m = s.New(TemporalKind.Duration, i, j + 1);
        m.Unit = quarters ? TimeUnit.Quarter : (TimeUnit)unit.Value;
        m.Literal = exact ? Timex.Duration(amount, m.Unit) : null;
        return true;
    }
}
