using System.Collections.Immutable;

namespace NewsNlp.Events;

/// <summary>The entity records the event stage reads.</summary>
internal sealed record ExtractedFacts(
    ImmutableArray<CountryRecord> Countries,
    ImmutableArray<OrganizationRecord> Organizations,
    ImmutableArray<PersonRecord> People,
    ImmutableArray<DateRecord> Dates,
    ImmutableArray<CasualtyRecord> Casualties);
