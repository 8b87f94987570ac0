namespace NewsNlp;

/// <summary>
/// Settings for <see cref="NewsExtractor.Create(NewsExtractorOptions?)"/>. Immutable and thread-safe.
/// </summary>
public sealed record NewsExtractorOptions
{
    /// <summary>The default for <see cref="MaxTextLength"/>: 4,000,000 UTF-16 code units (about 8 MB).</summary>
    public const int DefaultMaxTextLength = 4_000_000;

    /// <summary>The shared default options.</summary>
    public static NewsExtractorOptions Default { get; } = new();

    /// <summary>
    /// The longest text, in UTF-16 code units, that <see cref="NewsExtractor.Extract(string, ArticleContext?)"/>
    /// accepts. Longer texts are refused before any work is done.
    /// </summary>
    public int MaxTextLength { get; init; } = DefaultMaxTextLength;
}
