using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>A distinct real-world event: who did what to whom, where, when, with what. Immutable.</summary>
public sealed record EventRecord
{
    /// <summary>strike, deescalation, diplomatic_downgrade, appeal, mediation, consultation, agreement, threat, accusation or mobilization.</summary>
    public required string Type { get; init; }

    /// <summary>The CAMEO code of the event.</summary>
    public string? Cameo { get; init; }

    /// <summary>The PLOVER event type.</summary>
    public string? Plover { get; init; }

    /// <summary>Who did it: alpha-2 codes or organisation short names.</summary>
    public ImmutableArray<string> Actors { get; init; } = [];

    /// <summary>Who it was done to or in.</summary>
    public ImmutableArray<string> Targets { get; init; } = [];

    /// <summary>Where it happened (a country code, region or district), when named.</summary>
    public string? Location { get; init; }

    /// <summary>The day it happened, when the article gives it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Weapons named, for strikes.</summary>
    public ImmutableArray<string> Weapons { get; init; } = [];

    /// <summary>Indexes into <see cref="ArticleRecord.Casualties"/>.</summary>
    public ImmutableArray<int> Casualties { get; init; } = [];

    /// <summary>
    /// How likely the event is right, from 0 to 1: the event verifier's probability (a logistic regression trained on hand-judged
    /// output and the annotated event corpus). Events below the verifier's floor are never reported; filter on this value to
    /// trade recall for precision.
    /// </summary>
    public double Confidence { get; init; }

    /// <summary>Who reported the event when the article presents it as a claim.</summary>
    public string? Attribution { get; init; }

    /// <summary>The evidence sentence or clause.</summary>
    public required string Text { get; init; }

    /// <summary>Start offset of the evidence.</summary>
    public int Start { get; init; }

    /// <summary>Exclusive end offset of the evidence.</summary>
    public int End { get; init; }

    /// <summary>
    /// Every sentence or clause that refers to this event, in text order: the evidence (<see cref="Start"/>..<see cref="End"/>) and
    /// the other references the extractor merged into it ("the raid", a repeat in a later paragraph).
    /// </summary>
    public ImmutableArray<TextMention> Mentions { get; init; } = [];
}
