using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>A country the article refers to. Immutable.</summary>
public sealed record CountryRecord
{
    /// <summary>ISO 3166-1 alpha-2 code ("PK").</summary>
    public required string Code { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code ("PAK").</summary>
    public string? Alpha3 { get; init; }

    /// <summary>English short name ("Pakistan").</summary>
    public required string Name { get; init; }

    /// <summary>Every mention, in text order.</summary>
    public ImmutableArray<CountryMention> Mentions { get; init; } = [];

    /// <summary>Number of mentions outside boilerplate.</summary>
    public int MentionCount { get; init; }

    /// <summary>How central the country is to the article, from 0 to 1.</summary>
    public double Salience { get; init; }
}
