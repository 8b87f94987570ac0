using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>
/// Everything NewsNlp extracted from one article. Immutable and thread-safe. Every offset in it
/// indexes the text given to <see cref="NewsExtractor.Extract(string, ArticleContext?)"/>.
/// </summary>
public sealed record ArticleRecord
{
    /// <summary>The input's identifier (for a file, its name without extension).</summary>
    public string Id { get; init; } = "";

    /// <summary>The headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The date relative dates were resolved against, or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Countries referred to, most salient first.</summary>
    public ImmutableArray<CountryRecord> Countries { get; init; } = [];

    /// <summary>International organisations and armed groups that act in the article.</summary>
    public ImmutableArray<OrganizationRecord> Organizations { get; init; } = [];

    /// <summary>Distinct people named, in order of first mention.</summary>
    public ImmutableArray<PersonRecord> People { get; init; } = [];

    /// <summary>Reported counts of people harmed, in text order.</summary>
    public ImmutableArray<CasualtyRecord> Casualties { get; init; } = [];

    /// <summary>Temporal expressions, in text order.</summary>
    public ImmutableArray<DateRecord> Dates { get; init; } = [];

    /// <summary>Distinct real-world events, in order of first report.</summary>
    public ImmutableArray<EventRecord> Events { get; init; } = [];
}
