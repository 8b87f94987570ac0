using System.Collections.Concurrent;
using NewsNlp.Events;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.People;
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

    private readonly CountryExtractor countries = new();
    private readonly PersonExtractor people = new();
    private readonly DateExtractor dates = new();
    private readonly CasualtyExtractor casualties = new();
    private readonly EventExtractor events = new();

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
        CountryExtraction countryFacts = countries.Extract(document);
        var personRecords = people.Extract(document, countryFacts);
        var dateRecords = dates.Extract(document);
        var casualtyRecords = casualties.Extract(document);
        var facts = new ExtractedFacts(countryFacts.Countries, countryFacts.Organizations, personRecords, dateRecords, casualtyRecords);
        EventExtraction eventFacts = events.Extract(document, facts);

        return new ArticleRecord
        {
            Id = context.Id ?? "",
            Title = document.Title,
            Published = context.Published,
            Countries = countryFacts.Countries,
            Organizations = countryFacts.Organizations,
            People = personRecords,
            Casualties = eventFacts.Casualties,
            Dates = dateRecords,
            Events = eventFacts.Events,
        };
    }
}
