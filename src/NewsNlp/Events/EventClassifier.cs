using System.Collections.Immutable;
using NewsNlp.Events;
using NewsNlp.Lexicons;

namespace NewsNlp;

/// <summary>
/// The sentence classifier that scores event types: its type names and the shipped model. The
/// weights are scored in plain C#; training lives in the separate NewsNlp.Training tool (see
/// <c>Resources/Models/README.md</c>). Thread-safe.
/// </summary>
/// <example>
/// A model trained with <c>dotnet run --project src/NewsNlp.Training -- train-events ...</c>:
/// <code>
/// var extractor = NewsExtractor.Create(new NewsExtractorOptions { EventModelPath = "events.bin" });
/// </code>
/// </example>
public static class EventClassifier
{
    private const string ResourceName = "NewsNlp.Models/events.bin";

    private static readonly Lazy<EventClassifierModel> DefaultModel = new(LoadDefault);

    /// <summary>The ten event types, in model order.</summary>
    public static ImmutableArray<string> EventTypes { get; } = EventTaxonomy.TypeNames;

    /// <summary>The model shipped with NewsNlp, trained on the project's labeled news sentences.</summary>
    public static EventClassifierModel Default => DefaultModel.Value;

    private static EventClassifierModel LoadDefault()
    {
        using Stream stream = ResourceFile.Open(ResourceName);
        return EventClassifierModel.Load(stream);
    }
}
