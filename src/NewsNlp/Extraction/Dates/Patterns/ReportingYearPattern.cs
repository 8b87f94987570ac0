namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// "the year" as a reporting period: "the year ended Sept. 30", "the year ending June 30, 1990" (a year's
/// length, TIMEX3 DURATION P1Y; the closing date is its own expression), and the whole year of the article:
/// "sales for the full year", "the fiscal year", "For the year, volume was flat". A bare "the year" elsewhere is
/// left alone: it is mostly "of the year", not a date.
/// </summary>
internal sealed class ReportingYearPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly ReportingYearPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        // The unit test first: it is one array read, and most tokens here are no "the".
        if ((!IsYear(s, i + 1) && !IsYear(s, i + 2)) || !s.Is(i, "the"))
        {
            return false;
        }

        bool qualified = s.IsAny(i + 1, DateWords.WholePeriodWords) || s.IsAny(i + 1, DateWords.YearKinds);
        int year = qualified ? i + 2 : i + 1;
        if (!IsYear(s, year))
        {
            return false;
        }

        if (s.IsAny(year + 1, DateWords.PeriodClosers))
        {
            m = s.New(TemporalKind.Duration, i, year + 1);
            m.Unit = TimeUnit.Year;
            m.Literal = Timex.Duration(1, TimeUnit.Year);
            return true;
        }

        // "the fiscal year 1990", "the year's results", "the year of the tiger", "the year before": another shape.
        bool endsHere = qualified ? s.YearAt(year + 1) == 0 && !s.KindAt(year + 1, NewsNlp.Text.TokenKind.Clitic) && !s.Is(year + 1, "of")
                && s.Lex(year + 1).Kind == DateWordKind.None && !s.IsAny(year + 1, DateWords.YearAgoTails)
            : s.Is(i - 1, "for") && s.KindAt(year + 1, NewsNlp.Text.TokenKind.Punctuation);
        if (!endsHere)
        {
            return false;
        }

        m = s.New(TemporalKind.RelativeUnit, i, year + 1);
        m.Unit = TimeUnit.Year;
        m.HasShift = true;
        m.Reported = true;
        return true;
    }

    /// <summary>True when token <paramref name="i"/> is the singular "year".</summary>
    private static bool IsYear(DateScanner s, int i) =>
        s.Lex(i) is { Kind: DateWordKind.Unit, Value: (int)TimeUnit.Year } && s.Is(i, "year");
}
