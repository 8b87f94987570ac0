namespace NewsNlp.Extraction.Dates;

/// <summary>
/// A resolved value: the contract value (null when no point or amount can be told), its type, the
/// day when it names one, and the TIMEX3 value where it says more than the contract value
/// ("PRESENT_REF", "PXY"; null when it is the same), and the TIMEX3 type where it differs from the contract type
/// ("three days later": a date by the contract, a TIMEX3 DURATION).
/// </summary>
internal readonly record struct ResolvedDate(string? Value, string Type, DateOnly? Day, string? TimexOverride = null, string? TimexType = null)
{
    /// <summary>The TIMEX3 value: <see cref="TimexOverride"/> when set, else <see cref="Value"/>.</summary>
    public string? TimexValue => TimexOverride ?? Value;

    /// <summary>A date whose value cannot be told.</summary>
    public static ResolvedDate Unresolved => new(null, "date", null);

    /// <summary>The day <paramref name="d"/>, with a part of day when one was written ("2024-01-16TEV").</summary>
    public static ResolvedDate OfDay(DateOnly d, PartOfDay part) => new(Timex.Day(d) + Timex.Suffix(part), "date", d);
}
