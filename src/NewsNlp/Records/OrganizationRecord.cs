using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>An international body or armed group that acts in the article. Immutable.</summary>
public sealed record OrganizationRecord
{
    /// <summary>Short name used as an event actor ("UN", "NATO", "Hamas").</summary>
    public required string Name { get; init; }

    /// <summary>Full name ("United Nations").</summary>
    public string? FullName { get; init; }

    /// <summary>"international" for intergovernmental bodies, "armed_group" for armed groups.</summary>
    public string? Kind { get; init; }

    /// <summary>Every mention, in text order.</summary>
    public ImmutableArray<TextMention> Mentions { get; init; } = [];
}
