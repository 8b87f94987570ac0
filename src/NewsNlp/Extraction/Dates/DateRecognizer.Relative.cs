using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Relative expressions: "last month", "this week", "yesterday", "the previous day", "earlier this week".</summary>
internal sealed partial class DateRecognizer
{
    private bool TryRelativeDay(int i, out TemporalMention m)
    {
        m = default;
        DateWord w = Lex(i);
        if (w.Kind != DateWordKind.RelativeDay)
        {
            return false;
        }

        m = New(TemporalKind.RelativeDay, i, i + 1);
        m.Shift = w.Value;
        if (Is(i, "tonight"))
        {
            m.Part = PartOfDay.Night;
        }
        else if (Lex(i + 1) is { Kind: DateWordKind.PartOfDay } part)
        {
            // "yesterday morning", "tomorrow night".
            m.Part = (PartOfDay)part.Value;
            m.EndToken = i + 2;
        }

        return true;
    }

    /// <summary>"last Friday", "next month", "this week", "last night", "every Friday", "early next year".</summary>
    private bool TryModifierLed(int i, out TemporalMention m)
    {
        m = default;
        if (IsAny(i, ["early", "late", "mid"]) && !Is(i + 1, "on") && TryShifted(i + 1, out m))
        {
            // "early next week", "late last year": the modifier is part of the text.
            m.FirstToken = i;
            return true;
        }

        if (IsAny(i, ["early", "late"]) && Is(i + 1, "on") && (TryWeekday(i + 2, out m) || TryRelativeDay(i + 2, out m)))
        {
            // "Late on Sunday".
            m.FirstToken = i;
            return true;
        }

        if (IsAny(i, ["every", "each"]))
        {
            return TrySet(i, out m);
        }

        return TryShifted(i, out m);
    }

    /// <summary>"last|next|this|past" followed by a weekday, unit, month, season or part of day.</summary>
    private bool TryShifted(int i, out TemporalMention m)
    {
        m = default;
        int shift;
        if (Is(i, "last"))
        {
            shift = -1;
        }
        else if (Is(i, "next"))
        {
            shift = 1;
        }
        else if (Is(i, "this"))
        {
            shift = 0;
        }
        else
        {
            return false;
        }

        int j = i + 1;
        if (TryWeekday(j, out m))
        {
            m.FirstToken = i;
            m.Shift = shift;
            m.HasShift = true;
            return true;
        }

        DateWord w = Lex(j);
        switch (w.Kind)
        {
            case DateWordKind.PartOfDay when shift <= 0 && !Is(j, "overnight"):
                // "last night", "this morning".
                m = New(TemporalKind.RelativeDay, i, j + 1);
                m.Shift = shift == -1 && w.Value == (int)PartOfDay.Night ? -1 : 0;
                m.Part = (PartOfDay)w.Value;
                return shift == 0 || w.Value == (int)PartOfDay.Night;
            case DateWordKind.Unit when (TimeUnit)w.Value is TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year or TimeUnit.Quarter
                && !W(j).EndsWith("s", StringComparison.OrdinalIgnoreCase):
                // "this week", "last month", "next year".
                m = New(TemporalKind.RelativeUnit, i, j + 1);
                m.Shift = shift;
                m.HasShift = true;
                m.Unit = (TimeUnit)w.Value;
                return true;
            case DateWordKind.Month when Capitalized(j):
                // "last October", "next March".
                m = New(TemporalKind.Month, i, j + 1);
                m.Month = w.Value;
                m.Shift = shift;
                m.HasShift = true;
                return true;
            case DateWordKind.Season:
                m = New(TemporalKind.Season, i, j + 1);
                m.Season = (Season)w.Value;
                m.Shift = shift;
                m.HasShift = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>"the previous day", "the next week", "the day before", "earlier this week", "later the same day", "earlier today".</summary>
    private bool TryAnchorPhrase(int i, out TemporalMention m)
    {
        m = default;
        if (Is(i, "the"))
        {
            if (IsAny(i + 1, ["previous", "preceding", "next", "following", "same"]) && Lex(i + 2) is { Kind: DateWordKind.Unit } unit
                && (TimeUnit)unit.Value is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && !W(i + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                m = New(TemporalKind.AnchorOffset, i, i + 3);
                m.Unit = (TimeUnit)unit.Value;
                m.Shift = IsAny(i + 1, ["previous", "preceding"]) ? -1 : Is(i + 1, "same") ? 0 : 1;
                m.HasShift = true;
                return true;
            }

            if (Is(i + 1, "day") && IsAny(i + 2, ["before", "after"]) && EndsPhrase(i + 3))
            {
                m = New(TemporalKind.AnchorOffset, i, i + 3);
                m.Unit = TimeUnit.Day;
                m.Shift = Is(i + 2, "before") ? -1 : 1;
                m.HasShift = true;
                return true;
            }

            if (IsAny(i + 1, ["past", "last"]))
            {
                return TrySpanBack(i, out m);
            }

            return false;
        }

        if (!IsAny(i, ["earlier", "later"]))
        {
            return false;
        }

        if (Is(i + 1, "today") || Is(i + 1, "tonight"))
        {
            m = New(TemporalKind.RelativeDay, i, i + 2);
            return true;
        }

        if (IsAny(i + 1, ["this", "next", "last"]) && TryShifted(i + 1, out m))
        {
            m.FirstToken = i;
            return true;
        }

        int k = i + 1;
        if (Is(k, "in") && Is(k + 1, "the"))
        {
            k += 2;
        }
        else if (Is(k, "that"))
        {
            k += 1;
        }
        else if (Is(k, "the") && Is(k + 1, "same"))
        {
            k += 2;
        }
        else
        {
            return false;
        }

        if (Lex(k) is { Kind: DateWordKind.Unit } u && (TimeUnit)u.Value is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && !W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            // "earlier in the day", "later that day", "later the same day": the anchor's own day.
            m = New(TemporalKind.AnchorOffset, i, k + 1);
            m.Unit = (TimeUnit)u.Value;
            m.Shift = 0;
            m.HasShift = true;
            return true;
        }

        return false;
    }

    /// <summary>"the past five years", "the last year", "the last several months": a duration ending now.</summary>
    private bool TrySpanBack(int i, out TemporalMention m)
    {
        m = default;
        int j = i + 2;
        double amount = 1;
        bool exact = true;
        if (Lex(j) is not { Kind: DateWordKind.Unit })
        {
            if (!TryAmount(j, out amount, out j, out exact))
            {
                return false;
            }
        }
        else if (W(j).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            exact = false;
        }

        if (Lex(j) is not { Kind: DateWordKind.Unit } unit)
        {
            return false;
        }

        m = New(TemporalKind.Duration, i, j + 1);
        m.Unit = (TimeUnit)unit.Value;
        m.Literal = exact ? DurationValue(amount, m.Unit) : null;
        return true;
    }

    /// <summary>"every Friday", "each year", "every two weeks".</summary>
    private bool TrySet(int i, out TemporalMention m)
    {
        m = default;
        if (TryWeekday(i + 1, out m))
        {
            m.Kind = TemporalKind.Set;
            m.FirstToken = i;
            m.Literal = "XXXX-WXX-" + IsoWeekdayDigit(m.Weekday);
            return true;
        }

        int j = i + 1;
        double amount = 1;
        if (Lex(j) is not { Kind: DateWordKind.Unit } && (!TryAmount(j, out amount, out j, out bool exact) || !exact))
        {
            return false;
        }

        if (Lex(j) is not { Kind: DateWordKind.Unit } unit)
        {
            return false;
        }

        m = New(TemporalKind.Set, i, j + 1);
        m.Unit = (TimeUnit)unit.Value;
        m.Literal = DurationValue(amount, m.Unit);
        return true;
    }

    /// <summary>True at the end of a phrase: punctuation, a quote, the sentence end, or a conjunction.</summary>
    private bool EndsPhrase(int i) =>
        !InSentence(i) || tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Bracket
        || IsAny(i, ["and", "but", "when", "as", "while", "in", "on", "at", "to", "that"]);

    /// <summary>The ISO weekday digit (Monday 1 .. Sunday 7).</summary>
    internal static char IsoWeekdayDigit(int dayOfWeek) => (char)('0' + (dayOfWeek == 0 ? 7 : dayOfWeek));
}
