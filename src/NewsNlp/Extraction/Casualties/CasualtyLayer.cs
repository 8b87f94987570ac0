using System.Collections.Immutable;

namespace NewsNlp.Extraction.Casualties;

/// <summary>The casualty stage's layer: one entity per reported count, in text order.</summary>
internal sealed record CasualtyLayer(ImmutableArray<CasualtyEntity> Casualties);

/// <summary>A reported count of people harmed, with its evidence span, who reported it, what it covers and where it happened.</summary>
internal sealed record CasualtyEntity(
    string Kind, int? Count, int? Min, int? Max, bool Approximate, ImmutableArray<string> Groups, string? Attribution, int Start, int End)
{
    /// <summary>event, national, global or historical.</summary>
    public string Scope { get; init; } = CasualtyScope.Event;

    /// <summary>Alpha-2 code of the country where the harm happened, or null.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Every passage that states this count, in text order: the evidence and each repeat merged into it (a
    /// restated toll in a later sentence, the headline's figure). Never empty for a built entity.
    /// </summary>
    public ImmutableArray<(int Start, int End)> Mentions { get; init; } = [];
}
