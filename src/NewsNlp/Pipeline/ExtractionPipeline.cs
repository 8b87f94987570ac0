using System.Collections.Immutable;
using NewsNlp.Events;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.Entities;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Pipeline;

/// <summary>
/// The stages, in order. Each reads the layers of the stages before it and adds its own; the
/// record builder then turns the layers into an <see cref="ArticleRecord"/>.
/// <code>
/// Text        tokens, sentences, paragraphs, boilerplate   (Document.Analyze)
/// Countries   CountryLayer   countries, organisations      (gazetteers)
/// People      PersonLayer    people with title, country, age (tagger + clusters; reads countries)
/// Dates       DateLayer      temporal expressions, resolved
/// Casualties  CasualtyLayer  counts of people harmed
/// Events      EventLayer     events + casualty links       (reads all of the above)
/// </code>
/// Word classes (<c>Lexicons/</c>) are tagged per token on first use by any stage.
/// </summary>
internal sealed class ExtractionPipeline
{
    private ExtractionPipeline(ImmutableArray<IStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>
    /// The standard pipeline, with <paramref name="tagger"/> as the names tagger and
    /// <paramref name="events"/> as the event stage (the shipped models when null).
    /// </summary>
    public static ExtractionPipeline Create(EntityTagger? tagger = null, EventExtractor? events = null) => new(
    [
        new CountryExtractor(),
        new PersonExtractor(tagger ?? EntityTagger.Default, EntityGazetteer.Default),
        new DateExtractor(),
        new CasualtyExtractor(),
        events ?? new EventExtractor(),
    ]);

    /// <summary>Runs every stage over <paramref name="document"/>.</summary>
    public void Run(Document document)
    {
        foreach (IStage stage in Stages)
        {
            stage.Run(document);
        }
    }
}
