using System.Collections.Immutable;

namespace NewsNlp.Events;

/// <summary>
/// The event stage's layer: the events in order, and for each casualty of the casualty layer the
/// index of the event it belongs to (or null).
/// </summary>
internal sealed record EventLayer(ImmutableArray<EventEntity> Events, ImmutableArray<int?> CasualtyEvents);

/// <summary>One event as the record builder will publish it; see <c>EventRecord</c> for the meaning of each member.</summary>
internal sealed record EventEntity(
    string Type,
    string? Cameo,
    string? Plover,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Targets,
    string? Location,
    DateOnly? Date,
    ImmutableArray<string> Weapons,
    ImmutableArray<int> Casualties,
    double Confidence,
    string? Attribution,
    int Start,
    int End,
    ImmutableArray<(int Start, int End)> Mentions);
