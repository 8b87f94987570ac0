namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// An expression led by a modifier: "early next week", "late last year", "late on Sunday", "every
/// Friday", and the plain shifted forms of <see cref="ShiftedPattern"/> ("last Friday").
/// </summary>
internal sealed class ModifierPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly ModifierPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.ModifierStarts, DateWords.PeriodPositions] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        if (s.IsAny(i, DateWords.PeriodPositions) && !s.Is(i + 1, "on") && ShiftedPattern.Instance.TryMatch(s, i + 1, out m))
        {
            // "early next week", "late last year": the modifier is part of the text.
            m.FirstToken = i;
            m.Mod = s.Is(i, "early") ? "START" : s.Is(i, "late") ? "END" : "MID";
            return true;
        }

        if ((s.Is(i, "early") || s.Is(i, "late")) && s.Is(i + 1, "on")
            && (WeekdayPattern.Instance.TryMatch(s, i + 2, out m) || RelativeDayPattern.Instance.TryMatch(s, i + 2, out m)))
        {
            // "Late on Sunday".
            m.FirstToken = i;
            return true;
        }

        if (s.Is(i, "every") || s.Is(i, "each"))
        {
            return SetPattern.Instance.TryMatch(s, i, out m);
        }

        return ShiftedPattern.Instance.TryMatch(s, i, out m);
    }
}
