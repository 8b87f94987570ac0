namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>"last|next|this" followed by a weekday, unit, month, season or part of day: "last Friday", "next month", "this morning", "this coming Sunday", "last fiscal year", "this year and next"; "the current (fiscal) year", "the latest (fiscal) year".</summary>
internal sealed class ShiftedPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly ShiftedPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int shift;
        if (s.Is(i, "last"))
        {
            shift = -1;
        }
        else if (s.Is(i, "next"))
        {
            shift = 1;
        }
        else if (s.Is(i, "this") && s.Is(i + 1, "coming") && WeekdayPattern.Instance.TryMatch(s, i + 2, out m))
        {
            // "this coming Sunday": the next Sunday.
            m.FirstToken = i;
            m.Shift = 1;
            m.HasShift = true;
            return true;
        }
        else if (s.Is(i, "this"))
        {
            shift = 0;
        }
        else if (s.Is(i, "current") || (s.Is(i, "the") && s.Is(i + 1, "current")))
        {
            // "the current year", "the current fiscal year": this year, not the present as a whole.
            int k = s.Is(i, "the") ? i + 2 : i + 1;
            k += s.IsAny(k, DateWords.YearKinds) ? 1 : 0;
            if (s.Lex(k) is not { Kind: DateWordKind.Unit } current || (TimeUnit)current.Value is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
                || s.W(k).EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            m = s.New(TemporalKind.RelativeUnit, i, k + 1);
            m.HasShift = true;
            m.Unit = (TimeUnit)current.Value;
            return true;
        }
        else if (s.Is(i, "the") && (s.Is(i + 1, "latest") || (s.Is(i + 1, "most") && s.Is(i + 2, "recent"))))
        {
            // "the latest fiscal year", "the most recent year": the last year completed, as "last year" is.
            int k = s.Is(i + 1, "latest") ? i + 2 : i + 3;
            k += s.IsAny(k, DateWords.YearKinds) ? 1 : 0;
            if (!IsSingularYear(s, k))
            {
                return false;
            }

            m = s.New(TemporalKind.RelativeUnit, i, k + 1);
            m.Shift = -1;
            m.HasShift = true;
            m.Unit = TimeUnit.Year;
            return true;
        }
        else
        {
            return false;
        }

        int j = i + 1;
        if (shift != 0 && s.EndsPhrase(j) && EllipticalUnit(s, i) is TimeUnit elided)
        {
            // "this year and next", "more acres this year than last": the unit of "this ..." before, shifted.
            m = s.New(TemporalKind.RelativeUnit, i, j);
            m.Shift = shift;
            m.HasShift = true;
            m.Unit = elided;
            return true;
        }

        if (s.IsAny(j, DateWords.YearKinds) && IsSingularYear(s, j + 1))
        {
            // "last fiscal year", "next fiscal year", "this financial year".
            m = s.New(TemporalKind.RelativeUnit, i, j + 2);
            m.Shift = shift;
            m.HasShift = true;
            m.Unit = TimeUnit.Year;
            return true;
        }

        if (WeekdayPattern.Instance.TryMatch(s, j, out m))
        {
            m.FirstToken = i;
            m.Shift = shift;
            m.HasShift = true;
            return true;
        }

        DateWord w = s.Lex(j);
        switch (w.Kind)
        {
            case DateWordKind.PartOfDay when shift <= 0 && !s.Is(j, "overnight"):
                // "last night", "this morning".
                m = s.New(TemporalKind.RelativeDay, i, j + 1);
                m.Shift = shift == -1 && w.Value == (int)PartOfDay.Night ? -1 : 0;
                m.Part = (PartOfDay)w.Value;
                return shift == 0 || w.Value == (int)PartOfDay.Night;
            case DateWordKind.Unit when (TimeUnit)w.Value is TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year or TimeUnit.Quarter
                && !s.W(j).EndsWith("s", StringComparison.OrdinalIgnoreCase):
                // "this week", "last month", "next year".
                m = s.New(TemporalKind.RelativeUnit, i, j + 1);
                m.Shift = shift;
                m.HasShift = true;
                m.Unit = (TimeUnit)w.Value;
                return true;
            case DateWordKind.Month when s.Capitalized(j):
                if (s.DayAt(j + 1) > 0 && MonthNamePattern.Instance.TryMatch(s, j, out m) && m.Kind == TemporalKind.CalendarDate && m.Year == 0)
                {
                    // "last Oct. 23": the most recent October 23 before the article's date; "next March 3" the first after it.
                    m.FirstToken = i;
                    m.Shift = shift;
                    m.HasShift = true;
                    return true;
                }

                // "last October", "next March".
                m = s.New(TemporalKind.Month, i, j + 1);
                m.Month = w.Value;
                m.Shift = shift;
                m.HasShift = true;
                return true;
            case DateWordKind.Season:
                m = s.New(TemporalKind.Season, i, j + 1);
                m.Season = (Season)w.Value;
                m.Shift = shift;
                m.HasShift = true;
                return true;
            default:
                return false;
        }
    }

    /// <summary>True when token <paramref name="i"/> is the singular "year".</summary>
    private static bool IsSingularYear(DateScanner s, int i) =>
        s.Lex(i) is { Kind: DateWordKind.Unit, Value: (int)TimeUnit.Year } && s.Is(i, "year");

    /// <summary>
    /// The unit of "this week|month|quarter|year" when "last" or "next" at <paramref name="i"/> stands alone right after "and",
    /// "or", "as" or "than" and that expression ends at most eight words before: an elided unit ("twice as high a dividend this
    /// year as last"); else null.
    /// </summary>
    private static TimeUnit? EllipticalUnit(DateScanner s, int i)
    {
        if (!s.IsAny(i - 1, DateWords.EllipticJoiners))
        {
            return null;
        }

        for (int k = i + 1; k <= i + 4; k++)
        {
            if (s.Lex(k).Kind == DateWordKind.Unit)
            {
                // "expected to get under way this week and last at least another week": the verb, with its duration.
                return null;
            }
        }

        for (int k = i - 3; k >= i - 10 && s.InSentence(k); k--)
        {
            if (s.Is(k, "this") && s.Lex(k + 1) is { Kind: DateWordKind.Unit } unit
                && (TimeUnit)unit.Value is TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year
                && !s.W(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
            {
                return (TimeUnit)unit.Value;
            }
        }

        return null;
    }
}
