using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>Finds countries and organisation actors. Thread-safe; holds only frozen data.</summary>
internal sealed class CountryExtractor
{
    /// <summary>Extracts the countries and organisations of <paramref name="document"/>.</summary>
    public CountryExtraction Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CountryExtraction.Empty;
    }
}
