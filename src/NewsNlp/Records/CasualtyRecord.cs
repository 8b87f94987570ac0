using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>A reported count of people harmed. Immutable.</summary>
public sealed record CasualtyRecord
{
    /// <summary>killed, injured, missing, kidnapped, arrested or displaced.</summary>
    public required string Kind { get; init; }

    /// <summary>The number; null for vague amounts ("dozens").</summary>
    public int? Count { get; init; }

    /// <summary>Lower bound ("at least 7" gives 7), or null.</summary>
    public int? Min { get; init; }

    /// <summary>Upper bound ("up to 30" gives 30), or null.</summary>
    public int? Max { get; init; }

    /// <summary>True for "about", "nearly", "dozens" and the like.</summary>
    public bool Approximate { get; init; }

    /// <summary>Victim groups named ("women", "children", "soldiers").</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>Who reported the figure ("authorities"), when the article says.</summary>
    public string? Attribution { get; init; }

    /// <summary>Index into <see cref="ArticleRecord.Events"/> of the event the casualties belong to, or null.</summary>
    public int? Event { get; init; }

    /// <summary>
    /// What the count covers: "event" (one incident, or one offensive or short run of attacks),
    /// "national" (a country's cumulative total over months or years), "global" (a worldwide total)
    /// or "historical" (the total of a past war or period that is over). Hypothetical counts and
    /// counts the article itself calls false are not reported at all.
    /// </summary>
    public string Scope { get; init; } = "event";

    /// <summary>
    /// ISO 3166-1 alpha-2 code of the country where the harm happened (a city or region gives its
    /// country: "Florida" gives "US"), or null when the article does not say.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>The evidence text.</summary>
    public required string Text { get; init; }

    /// <summary>Start offset of the evidence.</summary>
    public int Start { get; init; }

    /// <summary>Exclusive end offset of the evidence.</summary>
    public int End { get; init; }

    /// <summary>
    /// Every passage that states this count, in text order: the evidence (<see cref="Start"/>..<see cref="End"/>) and
    /// each repeat the extractor merged into it (the same toll restated in a later sentence, the headline's figure).
    /// A repeated count is one record; this says where the article says it again.
    /// </summary>
    public ImmutableArray<TextMention> Mentions { get; init; } = [];
}
