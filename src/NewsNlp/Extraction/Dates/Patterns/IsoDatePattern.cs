namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>An ISO date token: "2024-01-19".</summary>
internal sealed class IsoDatePattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly IsoDatePattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        ReadOnlySpan<char> w = s.W(i);
        int y = DateScanner.ParseDigits(w[..4]);
        int mo = DateScanner.ParseDigits(w.Slice(5, 2));
        int d = DateScanner.ParseDigits(w.Slice(8, 2));
        m = s.New(TemporalKind.CalendarDate, i, i + 1);
        m.Year = y;
        m.Month = mo;
        m.Day = d;
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo);
    }
}
