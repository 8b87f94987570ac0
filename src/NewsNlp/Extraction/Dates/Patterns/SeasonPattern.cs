namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// A season without "last"/"next"/"this" (those are <see cref="ShiftedPattern"/>): "the summer", "over the
/// summer", "the early summer" (the position is taken by <see cref="ModifierPrefix"/>), "in winter", "the
/// winter of 1994", "summer 1994", "the winter of nineteen ninety-four". "fall" and "spring" need "the" or
/// a year: alone they are mostly a verb or a noun ("prices fall", "a hot spring").
/// </summary>
internal sealed class SeasonPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly SeasonPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int first = i;
        // The season test first: it is one array read, and most tokens here are no "the".
        int at = s.Lex(i).Kind != DateWordKind.Season && s.Lex(i + 1).Kind == DateWordKind.Season && s.Is(i, "the") ? i + 1 : i;
        if (s.Lex(at) is not { Kind: DateWordKind.Season } season || (s.Capitalized(at) && !SentenceInitial(s, at)))
        {
            return false;
        }

        int ofYear = s.Is(at + 1, "of") ? at + 2 : at + 1;
        int year = s.YearAt(ofYear);
        int end = ofYear + 1;
        if (year == 0 && s.SpokenYearAt(ofYear) is > 0 and int spoken)
        {
            year = spoken;
            end = ofYear + 2;
        }

        // "over the summer", "in winter", "the early summer": a preposition of time or a position before it, and
        // nothing after it that makes it a noun's modifier ("the winter wheat") or the noun of a fall ("the fall in prices").
        bool ambiguous = s.W(at).Equals("fall", StringComparison.OrdinalIgnoreCase) || s.W(at).Equals("spring", StringComparison.OrdinalIgnoreCase);
        int lead = s.Is(at - 1, "the") ? at - 2 : at - 1;
        bool placed = s.IsAny(at - 1, DateWords.PeriodPositions) ? s.Is(at - 2, "the") : s.IsAny(lead, DateWords.SeasonLeads) && (lead < at - 1 || !ambiguous);
        bool ends = s.EndsPhrase(at + 1) && !(ambiguous && s.KindAt(at + 1, NewsNlp.Text.TokenKind.Word));
        if (year > 0 && ambiguous && at == i && !s.Is(at + 1, "of") && !s.IsAny(at - 1, DateWords.SeasonLeads))
        {
            // "shares fall 1,000 points" is no "fall 1987".
            return false;
        }

        if (year == 0 && (!placed || !ends))
        {
            // "the fall of the Berlin Wall", "the fall in prices", "a spring", "the winter crops": not a season of the calendar.
            return false;
        }

        m = s.New(TemporalKind.Season, first, year > 0 ? end : at + 1);
        m.Season = (Season)season.Value;
        m.Year = year;
        return true;
    }

    /// <summary>A capitalized season is read only as the first word of its sentence ("Summer came early"), not as a name ("Spring Street").</summary>
    private static bool SentenceInitial(DateScanner s, int i) => !s.InSentence(i - 1) || (s.Is(i - 1, "the") && !s.InSentence(i - 2));
}
