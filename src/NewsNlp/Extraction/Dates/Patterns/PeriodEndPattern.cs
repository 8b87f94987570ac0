namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The end of the current year said as a noun: "year-end", "year end", "year's end", "year-end 1986" (TIMEX3 mod END; a past clause means the last year-end); and the unit
/// after a position phrase, "the end of the year", "the beginning of the month" (the phrase itself is taken by
/// <see cref="ModifierPrefix"/>). "the year" alone is left alone: it is mostly "of the year", not a date. "the week" at the end
/// of its phrase or before "'s" ("For the week, ...", "the week's busiest session") is a week not told which ("1989-WXX").
/// </summary>
internal sealed class PeriodEndPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly PeriodEndPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Words = ["the", "year"], Classes = [DateWords.YearEndWords] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.Is(i, "the") && s.Lex(i + 1) is { Kind: DateWordKind.Unit } unit && (TimeUnit)unit.Value is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && !s.W(i + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && AfterPosition(s, i))
        {
            m = s.New(TemporalKind.RelativeUnit, i, i + 2);
            m.Unit = (TimeUnit)unit.Value;
            return true;
        }

        if (s.Is(i, "the") && s.Is(i + 1, "week")
            && (s.KindAt(i + 2, NewsNlp.Text.TokenKind.Clitic) || (!s.Is(i - 1, "of") && (s.IsChar(i + 2, ',') || s.IsChar(i + 2, '.') || !s.InSentence(i + 2)))))
        {
            // "For the week, the index fell", "the week's most active session": a week the story is about, not told which.
            // TimeML data annotate it with the year and an unknown week (tbaq folds 1-4: 4 of 4 "the week", all "1989-WXX";
            // 3 of them in these two shapes). Not before "ended" / "to" ("in the week ended March 28": a reporting period
            // the date after it names) and not after "of" unless possessive ("the day of the week.").
            m = s.New(TemporalKind.RelativeUnit, i, i + 2);
            m.Unit = TimeUnit.Week;
            m.WeekUnknown = true;
            return true;
        }

        int end = s.IsAny(i, DateWords.YearEndWords) ? i + 1
            : s.Is(i, "year") && s.IsAny(i + 1, DateWords.PeriodEnds) ? i + 2
            : s.Is(i, "year") && s.KindAt(i + 1, NewsNlp.Text.TokenKind.Clitic) && s.IsAny(i + 2, DateWords.PeriodEnds) ? i + 3
            : -1;
        if (end < 0 || s.Is(end, "of") || s.IsAny(i - 1, DateWords.YearKinds))
        {
            // "fiscal year-end": the end of a year we cannot place.
            return false;
        }

        if (s.YearAt(end) is > 0 and int written)
        {
            // "at year-end 1986": the end of the year written.
            m = s.New(TemporalKind.Year, i, end + 1);
            m.Year = written;
            m.Mod = "END";
            return true;
        }

        // No shift word: "this year-end" would be fixed, a bare "year-end" is placed by the clause's tense.
        m = s.New(TemporalKind.RelativeUnit, i, end);
        m.Unit = TimeUnit.Year;
        m.Mod = "END";
        return true;
    }

    private static bool AfterPosition(DateScanner s, int i) =>
        s.PhraseEndingAt(i, 0, DateWords.End) >= 0 || s.PhraseEndingAt(i, 0, DateWords.Start) >= 0 || s.PhraseEndingAt(i, 0, DateWords.Mid) >= 0;
}
