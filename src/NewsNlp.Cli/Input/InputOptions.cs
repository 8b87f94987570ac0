namespace NewsNlp.Cli.Input;

/// <summary>How to read an input: its format, folder filter, default date and shard.</summary>
internal sealed record InputOptions
{
    /// <summary>The input layout; <see cref="InputFormat.Auto"/> decides from the name.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The file filter for folders (<c>*</c>, <c>?</c>, <c>**</c>), matched against the file name, or the relative path when it has a <c>/</c>.</summary>
    public string Glob { get; init; } = "*.txt";

    /// <summary>Publication date for items that carry none.</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>This run's shard (K of N, 1-based); <c>1/1</c> reads everything.</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>The longest JSON Lines line read into memory; longer lines give a "too large" error record unread.</summary>
    public long MaxLineChars { get; init; } = (8L * NewsExtractorOptions.DefaultMaxTextLength) + 65_536;
}
