namespace NewsNlp;

/// <summary>
/// What the caller knows about an article besides its text. Immutable and thread-safe.
/// </summary>
public sealed record ArticleContext
{
    /// <summary>The article's identifier, copied to <see cref="ArticleRecord.Id"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The headline, when known; otherwise the first line of the text is taken when it reads as one.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The publication date. Relative dates ("on Tuesday", "last month") are resolved against it;
    /// without it they stay underspecified. The clock is never read.
    /// </summary>
    public DateOnly? Published { get; init; }
}
