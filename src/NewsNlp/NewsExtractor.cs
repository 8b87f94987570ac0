using System.Collections.Concurrent;
using NewsNlp.Pipeline;
using NewsNlp.Records.Building;
using NewsNlp.Text;

namespace NewsNlp;

/// <summary>
/// The doorway to NewsNlp: turns the text of an English news article into an
/// <see cref="ArticleRecord"/>. Instances are immutable and thread-safe: create one and call
/// <see cref="Extract(string, ArticleContext?)"/> from any number of threads.
/// </summary>
/// <example>
/// <code>
/// var extractor = NewsExtractor.Create();
/// ArticleRecord record = extractor.Extract(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });
/// </code>
/// </example>
public sealed class NewsExtractor
{
    private static readonly ConcurrentDictionary<NewsExtractorOptions, NewsExtractor> Cache = new();

    private readonly ExtractionPipeline pipeline = ExtractionPipeline.Create();

    private NewsExtractor(NewsExtractorOptions options) => Options = options;

    /// <summary>The options this extractor was created with.</summary>
    public NewsExtractorOptions Options { get; }

    /// <summary>
    /// Returns an extractor for <paramref name="options"/> (the defaults when null). Extractors are
    /// cached: equal options give the same instance, so calling this often is cheap.
    /// </summary>
    /// <param name="options">The settings, or null for <see cref="NewsExtractorOptions.Default"/>.</param>
    /// <returns>A thread-safe extractor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive.</exception>
    public static NewsExtractor Create(NewsExtractorOptions? options = null)
    {
        options ??= NewsExtractorOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxTextLength);
        return Cache.GetOrAdd(options, static o => new NewsExtractor(o));
    }

    /// <summary>
    /// Extracts countries, people, casualties, dates and events from <paramref name="text"/>.
    /// Never reads the clock: relative dates resolve against <see cref="ArticleContext.Published"/>.
    /// Messy text is not an error; the record may simply be empty.
    /// </summary>
    /// <param name="text">The article's text; every offset in the result indexes this string.</param>
    /// <param name="context">The article's id, title and publication date, when known.</param>
    /// <returns>An immutable record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArticleTooLongException"><paramref name="text"/> is longer than <see cref="NewsExtractorOptions.MaxTextLength"/>.</exception>
    public ArticleRecord Extract(string text, ArticleContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxTextLength)
        {
            throw new ArticleTooLongException(text.Length, Options.MaxTextLength);
        }

        context ??= new ArticleContext();
        using Document document = Document.Analyze(text, context);
        pipeline.Run(document);
        return RecordBuilder.Build(document, context);
    }
}
