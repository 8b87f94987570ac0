namespace NewsNlp;

/// <summary>A temporal expression and its normalized value. Immutable.</summary>
public sealed record DateRecord
{
    /// <summary>The expression as written, without a leading preposition.</summary>
    public required string Text { get; init; }

    /// <summary>Start offset.</summary>
    public int Start { get; init; }

    /// <summary>Exclusive end offset.</summary>
    public int End { get; init; }

    /// <summary>date, time, duration or set.</summary>
    public required string Type { get; init; }

    /// <summary>TIMEX3-style value ("2024-01-16", "2024-01-16TEV", "2024-W03", "P10Y"), or null.</summary>
    public string? Value { get; init; }

    /// <summary>The resolved day when <see cref="Value"/> names one, else null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The TIMEX3 type: DATE, TIME, DURATION or SET.</summary>
    public string? TimexType { get; init; }

    /// <summary>
    /// The TIMEX3 value: <see cref="Value"/> where that is set, and the TimeML value of vague
    /// expressions where <see cref="Value"/> stays null ("PRESENT_REF", "PAST_REF", "FUTURE_REF",
    /// "PXY" for "years"); null when nothing can be told.
    /// </summary>
    public string? TimexValue { get; init; }

    /// <summary>The TIMEX3 modifier ("APPROX", "START", "MID", "END", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"), or null.</summary>
    public string? Mod { get; init; }
}
