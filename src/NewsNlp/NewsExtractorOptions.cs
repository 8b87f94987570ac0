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

    /// <summary>
    /// The file of the named-entity tagger model to use, or null (the default) for the shipped model
    /// trained on CoNLL-2003. The file is written by the NewsNlp.Training tool's <c>train-ner</c>
    /// command and read once, by <see cref="NewsExtractor.Create(NewsExtractorOptions?)"/>; options
    /// naming the same file are equal and share the cached extractor.
    /// </summary>
    public string? EntityModelPath { get; init; }

    /// <summary>
    /// The file of the event-type classifier to use, or null (the default) for the shipped
    /// <see cref="EventClassifier.Default"/>. The file is written by the NewsNlp.Training tool's
    /// <c>train-events</c> command (the format of <see cref="EventClassifierModel.Save(Stream)"/>) and
    /// read once, by <see cref="NewsExtractor.Create(NewsExtractorOptions?)"/>; options naming the
    /// same file are equal and share the cached extractor.
    /// </summary>
    public string? EventModelPath { get; init; }
}
