using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// Phrases that count from the last date told: "the previous day", "the next week", "the day
/// before", "earlier this week", "later the same day", "earlier today", "over the weekend", "that year"; "the past five years"
/// goes to <see cref="SpanBackPattern"/>.
/// </summary>
internal sealed class AnchorPhrasePattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly AnchorPhrasePattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.AnchorPhraseStarts] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.Is(i, "the") && (s.Is(i + 1, "previous") || s.Is(i + 1, "preceding")) && WeekdayPattern.Instance.TryMatch(s, i + 2, out m))
        {
            // "down 4.5% from the previous Friday": the weekday before the day last told.
            m.FirstToken = i;
            m.Anaphoric = true;
            return true;
        }

        if (s.Is(i, "the"))
        {
            return TryDefinite(s, i, out m);
        }

        if (s.Is(i, "that") && s.Lex(i + 1) is { Kind: DateWordKind.Unit } named
            && (TimeUnit)named.Value is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year
            && !s.W(i + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            // "that year", "that quarter", "that day": the one of the date last told.
            m = s.New(TemporalKind.AnchorOffset, i, i + 2);
            m.Unit = (TimeUnit)named.Value;
            m.HasShift = true;
            m.Anaphoric = true;
            return true;
        }

        if (!s.Is(i, "earlier") && !s.Is(i, "later"))
        {
            return false;
        }

        if (s.Is(i + 1, "today") || s.Is(i + 1, "tonight"))
        {
            m = s.New(TemporalKind.RelativeDay, i, i + 2);
            return true;
        }

        if (s.IsAny(i + 1, DateWords.ShiftWords) && ShiftedPattern.Instance.TryMatch(s, i + 1, out m))
        {
            m.FirstToken = i;
            return true;
        }

        int k = i + 1;
        if (s.Is(k, "in") && s.Is(k + 1, "the"))
        {
            k += 2;
        }
        else if (s.Is(k, "that"))
        {
            k += 1;
        }
        else if (s.Is(k, "the") && s.Is(k + 1, "same"))
        {
            k += 2;
        }
        else
        {
            return false;
        }

        if (s.Lex(k) is { Kind: DateWordKind.Unit } u && (TimeUnit)u.Value is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && !s.W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            // "earlier in the day", "later that day", "later the same day": the anchor's own day.
            m = s.New(TemporalKind.AnchorOffset, i, k + 1);
            m.Unit = (TimeUnit)u.Value;
            m.Shift = 0;
            m.HasShift = true;
            return true;
        }

        return false;
    }

    /// <summary>True when token <paramref name="j"/> ends a day told: "Oct. 12", "12 October", "Oct. 12, 1989", "Tuesday".</summary>
    private static bool NamesDay(DateScanner s, int j)
    {
        if (s.Lex(j).Kind == DateWordKind.Weekday && s.Capitalized(j))
        {
            return true;
        }

        if (s.YearAt(j) > 0 && s.IsChar(j - 1, ','))
        {
            j -= 2;
        }

        return (s.DayAt(j) > 0 && MonthNamePattern.MonthAt(s, j - 1, needsDay: true) > 0)
            || (s.Lex(j).Kind == DateWordKind.Month && s.DayAt(j - 1) > 0 && MonthNamePattern.MonthAt(s, j, needsDay: true) > 0);
    }

    /// <summary>"the previous day", "the day before", "the past five years".</summary>
    private static bool TryDefinite(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.Is(i + 1, "weekend") && !s.Is(i + 2, "of"))
        {
            // "over the weekend": the nearest weekend, placed by the clause's tense.
            m = s.New(TemporalKind.RelativeUnit, i, i + 2);
            m.Unit = TimeUnit.Weekend;
            return true;
        }

        if (s.IsAny(i + 1, DateWords.SequenceWords) && s.Lex(i + 2) is { Kind: DateWordKind.Unit } unit
            && (TimeUnit)unit.Value is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && !s.W(i + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            m = s.New(TemporalKind.AnchorOffset, i, i + 3);
            m.Unit = (TimeUnit)unit.Value;
            m.Shift = s.Is(i + 1, "previous") || s.Is(i + 1, "preceding") ? -1 : s.Is(i + 1, "same") ? 0 : 1;
            m.HasShift = true;
            m.Sequenced = true;
            return true;
        }

        if (s.Is(i + 1, "day") && s.IsChar(i - 1, ',') && !s.KindAt(i + 2, TokenKind.Clitic) && NamesDay(s, i - 2))
        {
            // "Oct. 12, the day before the crash", "on Tuesday, the day after the vote": in apposition to a day, "the day" is
            // that day (TimeBank marks "the day" with the day's value).
            m = s.New(TemporalKind.AnchorOffset, i, i + 2);
            m.Unit = TimeUnit.Day;
            m.HasShift = true;
            m.Apposed = true;
            return true;
        }

        if (s.Is(i + 1, "day") && (s.Is(i + 2, "before") || s.Is(i + 2, "after")) && s.EndsPhrase(i + 3))
        {
            m = s.New(TemporalKind.AnchorOffset, i, i + 3);
            m.Unit = TimeUnit.Day;
            m.Shift = s.Is(i + 2, "before") ? -1 : 1;
            m.HasShift = true;
            return true;
        }

        if (s.Is(i + 1, "past") || s.Is(i + 1, "last"))
        {
            return SpanBackPattern.Instance.TryMatch(s, i, out m);
        }

        return false;
    }
}
