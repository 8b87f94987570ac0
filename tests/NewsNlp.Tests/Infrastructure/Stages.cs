using System.Collections.Immutable;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.People;
using NewsNlp.Records.Building;
using NewsNlp.Text;

namespace NewsNlp.Tests.Infrastructure;

/// <summary>
/// Runs the pipeline's stages up to the one a test is about and builds that stage's records with the
/// record builder, so stage tests assert on what users see.
/// </summary>
internal static class Stages
{
    /// <summary>The country stage's records.</summary>
    public static CountryResult Countries(Document document)
    {
        CountryLayer layer = new CountryExtractor().Extract(document);
        document.Set(layer);
        return new CountryResult(EntityRecords.Countries(document, layer.Countries), EntityRecords.Organizations(document, layer.Organizations));
    }

    /// <summary>The person stage's records, after the country stage (or without it).</summary>
    public static ImmutableArray<PersonRecord> People(Document document, bool withCountries = true, PersonExtractor? extractor = null)
    {
        CountryLayer countries = withCountries ? new CountryExtractor().Extract(document) : CountryLayer.Empty;
        return EntityRecords.People(document, (extractor ?? new PersonExtractor()).Extract(document, countries));
    }

    /// <summary>The date stage's records.</summary>
    public static ImmutableArray<DateRecord> Dates(Document document) => FactRecords.Dates(document, new DateExtractor().Extract(document));

    /// <summary>The casualty stage's records (without event links).</summary>
    public static ImmutableArray<CasualtyRecord> Casualties(Document document) =>
        FactRecords.Casualties(document, new CasualtyExtractor().Extract(document), null);
}

/// <summary>The country stage's records.</summary>
internal sealed record CountryResult(ImmutableArray<CountryRecord> Countries, ImmutableArray<OrganizationRecord> Organizations);
