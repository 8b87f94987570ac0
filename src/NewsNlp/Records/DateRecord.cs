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
}
