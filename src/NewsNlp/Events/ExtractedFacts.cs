using System.Collections.Immutable;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>What the event stage reads from the earlier stages' layers.</summary>
internal sealed record ExtractedFacts(
    ImmutableArray<CountryEntity> Countries,
    ImmutableArray<OrganizationEntity> Organizations,
    ImmutableArray<PersonEntity> People,
    ImmutableArray<DateEntity> Dates,
    ImmutableArray<CasualtyEntity> Casualties)
{
    /// <summary>The facts of <paramref name="document"/>'s layers (a missing layer reads as empty).</summary>
    public static ExtractedFacts Of(Document document)
    {
        CountryLayer countries = document.TryGet(out CountryLayer? c) ? c : CountryLayer.Empty;
        return new ExtractedFacts(
            countries.Countries,
            countries.Organizations,
            document.TryGet(out PersonLayer? people) ? people.People : [],
            document.TryGet(out DateLayer? dates) ? dates.Dates : [],
            document.TryGet(out CasualtyLayer? casualties) ? casualties.Casualties : []);
    }
}
