namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The engine's entry for the shapes led by "the" (or a preposition) and a calendar noun: <see cref="ReportingYearPattern"/>
/// ("the year ended"), <see cref="SeasonPattern"/> ("over the summer") and <see cref="PartOfDayPattern"/> ("in the
/// morning"). One look at the next words' calendar kinds (array reads) decides which may match, so the many words where
/// none can cost one call instead of three.
/// </summary>
internal sealed class CalendarNounPatterns : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly CalendarNounPatterns Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Words = ["the", "mid"], Kinds = [DateWordKind.Season] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        DateWordKind next = s.Lex(i + 1).Kind;
        if ((next == DateWordKind.Unit || s.Lex(i + 2).Kind == DateWordKind.Unit) && ReportingYearPattern.Instance.TryMatch(s, i, out m))
        {
            return true;
        }

        if ((next == DateWordKind.Season || s.Lex(i).Kind == DateWordKind.Season) && SeasonPattern.Instance.TryMatch(s, i, out m))
        {
            return true;
        }

        if (next == DateWordKind.PartOfDay && PartOfDayPattern.Instance.TryMatch(s, i, out m))
        {
            return true;
        }

        m = default;
        return false;
    }
}
