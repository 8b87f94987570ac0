using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>A distinct person named in the article. Immutable.</summary>
public sealed record PersonRecord
{
    /// <summary>The fullest form of the name, without titles or honorifics.</summary>
    public required string Name { get; init; }

    /// <summary>Role or office ("Foreign Minister"), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Alpha-2 code of the country the person acts for, or null.</summary>
    public string? Country { get; init; }

    /// <summary>Age when stated.</summary>
    public int? Age { get; init; }

    /// <summary>Occupation when given ("cook"), or null.</summary>
    public string? Occupation { get; init; }

    /// <summary>Every mention, short forms included, in text order.</summary>
    public ImmutableArray<TextMention> Mentions { get; init; } = [];
}
