namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A recurring time: "every Friday", "each year", "every two weeks", "each July" (XXXX-07), "every summer" (XXXX-SU);
/// the adverbs are <see cref="FrequencyAdverbPattern"/>.</summary>
internal sealed class SetPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly SetPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (WeekdayPattern.Instance.TryMatch(s, i + 1, out m))
        {
            m.Kind = TemporalKind.Set;
            m.FirstToken = i;
            m.Literal = "XXXX-WXX-" + Timex.IsoWeekdayDigit(m.Weekday);
            return true;
        }

        if (s.Lex(i + 1) is { Kind: DateWordKind.Month } month && s.Capitalized(i + 1) && s.DayAt(i + 2) < 0)
        {
            // "each July": that month of every year (not "every July 4", a day).
            m = s.New(TemporalKind.Set, i, i + 2);
            m.Literal = "XXXX-" + month.Value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (s.Lex(i + 1) is { Kind: DateWordKind.Season } season)
        {
            m = s.New(TemporalKind.Set, i, i + 2);
            m.Literal = "XXXX-" + Timex.Code((Season)season.Value);
            return true;
        }

        int j = i + 1;
        double amount = 1;
        if (s.Lex(j) is not { Kind: DateWordKind.Unit } && (!AmountReader.TryRead(s, j, out amount, out j, out bool exact) || !exact))
        {
            return false;
        }

        if (s.Lex(j) is not { Kind: DateWordKind.Unit } unit)
        {
            return false;
        }

        m = s.New(TemporalKind.Set, i, j + 1);
        m.Unit = (TimeUnit)unit.Value;
        m.Literal = Timex.Duration(amount, m.Unit);
        return true;
    }
}
