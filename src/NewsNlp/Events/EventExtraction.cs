using System.Collections.Immutable;

namespace NewsNlp.Events;

/// <summary>The events found, and the casualty records with their <see cref="CasualtyRecord.Event"/> links set.</summary>
internal sealed record EventExtraction(ImmutableArray<EventRecord> Events, ImmutableArray<CasualtyRecord> Casualties);
