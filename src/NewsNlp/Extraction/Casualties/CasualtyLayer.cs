using System.Collections.Immutable;

namespace NewsNlp.Extraction.Casualties;

/// <summary>The casualty stage's layer: one entity per reported count, in text order.</summary>
internal sealed record CasualtyLayer(ImmutableArray<CasualtyEntity> Casualties);

/// <summary>A reported count of people harmed, with its evidence span and who reported it.</summary>
internal sealed record CasualtyEntity(
    string Kind, int? Count, int? Min, int? Max, bool Approximate, ImmutableArray<string> Groups, string? Attribution, int Start, int End);
