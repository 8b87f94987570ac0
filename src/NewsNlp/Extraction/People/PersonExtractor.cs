using System.Collections.Immutable;
using NewsNlp.Extraction.Countries;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>Finds people and builds one record per real person. Thread-safe.</summary>
internal sealed class PersonExtractor
{
    /// <summary>Extracts the people of <paramref name="document"/>.</summary>
    public ImmutableArray<PersonRecord> Extract(Document document, CountryExtraction countries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(countries);
        return [];
    }
}
