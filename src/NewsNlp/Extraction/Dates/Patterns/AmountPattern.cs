using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>An amount of a unit ("will one day be" is FUTURE_REF): "two days ago", "three weeks later", "48 hours", "for three years", "a day earlier", "two more weeks", "eight trading days", "the next three quarters".</summary>
internal sealed class AmountPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly AmountPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.AmountStarts, DateWords.VagueAmounts], Kinds = [DateWordKind.Number] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.IsAny(i - 1, DateWords.FrequencyWords) || !AmountReader.TryRead(s, i, out double amount, out int j, out bool exact))
        {
            return false;
        }

        DateWord unitWord = s.Lex(j);
        if (unitWord.Kind != DateWordKind.Unit && s.IsAny(j, DateWords.UnitQualifiers) && (s.Lex(j + 1).Kind == DateWordKind.Unit || s.IsAny(j + 1, DateWords.QuarterPlurals)))
        {
            // "two more weeks", "eight trading days".
            j++;
            unitWord = s.Lex(j);
        }

        // "the next three quarters": after a determiner and a count, "quarters" is a span of the year, not a fraction or a place.
        bool quarters = unitWord.Kind != DateWordKind.Unit && s.IsAny(j, DateWords.QuarterPlurals) && s.IsAny(i - 1, DateWords.DurationDeterminers) && exact;
        if (unitWord.Kind != DateWordKind.Unit && !quarters)
        {
            return false;
        }

        var unit = quarters ? TimeUnit.Quarter : (TimeUnit)unitWord.Value;
        if (unit == TimeUnit.Day && j == i + 1 && s.Is(i, "one") && s.IsAny(i - 1, DateWords.Modals) && s.KindAt(j + 1, TokenKind.Word))
        {
            // "will one day be": some day, the future as a whole.
            m = s.New(TemporalKind.Reference, i, j + 1);
            m.TimexLiteral = "FUTURE_REF";
            return true;
        }

        bool article = s.Is(i, "a") || s.Is(i, "an");
        if (article && unit == TimeUnit.Second && !s.EndsPhrase(j + 1))
        {
            // "a second supplementary budget": an ordinal, not a second of time.
            return false;
        }

        if (unit == TimeUnit.Quarter && s.Is(j + 1, "of"))
        {
            // "more than a quarter of the market": a fraction, not three months.
            return false;
        }

        int k = j + 1;
        if (s.Is(j + 1, "and") && s.Is(j + 2, "a") && s.Is(j + 3, "half"))
        {
            // "an hour and a half".
            amount += 0.5;
            k = j + 4;
        }

        if (s.Is(k, "old") || s.Is(i - 1, "aged") || (s.Is(k, "of") && s.Is(k + 1, "age")))
        {
            // An age, not a time.
            return false;
        }

        if (s.Is(k, "ago"))
        {
            m = s.New(TemporalKind.Ago, i, k + 1);
            m.Shift = exact ? -(int)Math.Round(amount) : 0;
            m.Unit = unit;
            m.HasShift = exact;
            return true;
        }

        if (s.Is(k, "from") && s.Is(k + 1, "now"))
        {
            m = s.New(TemporalKind.Ago, i, k + 2);
            m.Shift = exact ? (int)Math.Round(amount) : 0;
            m.Unit = unit;
            m.HasShift = exact;
            return true;
        }

        if (s.Is(k, "earlier") || s.Is(k, "later") || ((s.Is(k, "before") || s.Is(k, "after")) && s.EndsPhrase(k + 1)))
        {
            m = s.New(TemporalKind.AnchorOffset, i, k + 1);
            int sign = s.Is(k, "earlier") || s.Is(k, "before") ? -1 : 1;
            m.Shift = exact ? sign * (int)Math.Round(amount) : 0;
            m.HasShift = exact;
            m.Unit = unit;
            if (unit < TimeUnit.Month)
            {
                // TimeML marks "three days later" as the duration "three days" with "later" a signal; the contract
                // value stays the day it reaches. "A year earlier" stays a date (earnings comparisons).
                m.Literal = exact ? Timex.Duration(amount, unit) : Timex.VagueDuration(unit);
            }

            return true;
        }

        if (article && !s.IsAny(i - 1, DateWords.DurationLeads) && !((s.Is(k, "after") || s.Is(k, "before")) && !AmountBefore(s, i)))
        {
            // "two meals a day", "a year of war": not a duration on its own. "A month after the airline cut its flights": the
            // time between two events, a duration as "three weeks after the vote" is (TimeML reads "after" as a signal); not a
            // rate ("earned $5 a day after tax", "40 dollars a day after tax").
            return false;
        }

        m = s.New(TemporalKind.Duration, i, k);
        m.Unit = unit;
        m.Literal = exact ? Timex.Duration(amount, unit) : null;
        return true;
    }

    /// <summary>True when a number stands one or two tokens before <paramref name="i"/> ("$5 a day", "40 dollars a day"): a rate.</summary>
    private static bool AmountBefore(DateScanner s, int i) =>
        s.KindAt(i - 1, TokenKind.Number) || s.KindAt(i - 2, TokenKind.Number)
        || s.Lex(i - 1).Kind == DateWordKind.Number || s.Lex(i - 2).Kind == DateWordKind.Number;
}
