namespace NewsNlp.Extraction.Dates;

/// <summary>A resolved value: the TIMEX3 string, its type, and the day when it names one.</summary>
internal readonly record struct ResolvedDate(string? Value, string Type, DateOnly? Day)
{
    /// <summary>A date whose value cannot be told.</summary>
    public static ResolvedDate Unresolved => new(null, "date", null);

    /// <summary>The day <paramref name="d"/>, with a part of day when one was written ("2024-01-16TEV").</summary>
    public static ResolvedDate OfDay(DateOnly d, PartOfDay part) => new(Timex.Day(d) + Timex.Suffix(part), "date", d);
}
