using System.Collections.Immutable;

namespace NewsNlp.Extraction.Countries;

/// <summary>What the country stage found: countries and organisation actors.</summary>
internal sealed record CountryExtraction(ImmutableArray<CountryRecord> Countries, ImmutableArray<OrganizationRecord> Organizations)
{
    /// <summary>Nothing found.</summary>
    public static CountryExtraction Empty { get; } = new([], []);
}
