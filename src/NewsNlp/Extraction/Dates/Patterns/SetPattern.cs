namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A recurring time: "every Friday", "each year", "every two weeks"; the adverbs are <see cref="FrequencyAdverbPattern"/>.</summary>
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
