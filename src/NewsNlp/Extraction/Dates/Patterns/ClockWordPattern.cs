namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A clock time in one word: "noon", "midnight", "10am", "7pm".</summary>
internal sealed class ClockWordPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly ClockWordPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.ClockWordStarts], Shapes = WordShape.ClockWord };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        ReadOnlySpan<char> w = s.W(i);
        if (w.Equals("noon", StringComparison.OrdinalIgnoreCase) || w.Equals("midday", StringComparison.OrdinalIgnoreCase))
        {
            m = s.New(TemporalKind.Time, i, i + 1);
            m.Hour = 12;
            return true;
        }

        if (w.Equals("midnight", StringComparison.OrdinalIgnoreCase))
        {
            m = s.New(TemporalKind.Time, i, i + 1);
            m.Hour = 24;
            return true;
        }

        if (w.Length is >= 3 and <= 4 && (w.EndsWith("am", StringComparison.OrdinalIgnoreCase) || w.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
        {
            int hour = DateScanner.ParseDigits(w[..^2]);
            if (hour is >= 1 and <= 12)
            {
                m = s.New(TemporalKind.Time, i, i + 1);
                m.Hour = (hour % 12) + (char.ToLowerInvariant(w[^2]) == 'p' ? 12 : 0);
                return true;
            }
        }

        return false;
    }
}
