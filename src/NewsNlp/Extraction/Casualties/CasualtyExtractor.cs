using System.Collections.Immutable;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>Finds reported counts of people killed, injured, missing, kidnapped, arrested or displaced. Thread-safe.</summary>
internal sealed class CasualtyExtractor
{
    /// <summary>Extracts the casualty counts of <paramref name="document"/>, in text order.</summary>
    public ImmutableArray<CasualtyRecord> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
