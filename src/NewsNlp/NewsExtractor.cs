using System.Collections.Concurrent;
using NewsNlp.Events;
using NewsNlp.Extraction.Entities;
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

    private readonly ExtractionPipeline pipeline;

    private NewsExtractor(NewsExtractorOptions options)
    {
        Options = options;
        pipeline = ExtractionPipeline.Create(LoadTagger(options.EntityModelPath), new EventExtractor(LoadEventModel(options.EventModelPath)));
    }

    /// <summary>The options this extractor was created with.</summary>
    public NewsExtractorOptions Options { get; }

    /// <summary>
    /// Returns an extractor for <paramref name="options"/> (the defaults when null). Extractors are
    /// cached: equal options give the same instance, so calling this often is cheap.
    /// </summary>
    /// <param name="options">The settings, or null for <see cref="NewsExtractorOptions.Default"/>.</param>
    /// <returns>A thread-safe extractor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive.</exception>
    /// <exception cref="IOException">A model file named in <paramref name="options"/> cannot be read.</exception>
    /// <exception cref="InvalidDataException">A model file named in <paramref name="options"/> does not hold a model of this version.</exception>
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

    private static EntityTagger LoadTagger(string? path)
    {
        if (path is null)
        {
            return EntityTagger.Default;
        }

        using FileStream stream = File.OpenRead(path);
        return new EntityTagger(NerModel.Load(stream), EntityGazetteer.Default);
    }

    private static EventClassifierModel? LoadEventModel(string? path)
    {
        if (path is null)
        {
            return null;
        }

        using FileStream stream = File.OpenRead(path);
        return EventClassifierModel.Load(stream);
    }
}
