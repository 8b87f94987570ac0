using System.Collections.Immutable;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>The country stage's layer: countries (most salient first) and organisation actors.</summary>
internal sealed record CountryLayer(ImmutableArray<CountryEntity> Countries, ImmutableArray<OrganizationEntity> Organizations)
{
    /// <summary>Nothing found.</summary>
    public static CountryLayer Empty { get; } = new([], []);
}

/// <summary>A country the article refers to, with every mention.</summary>
internal sealed record CountryEntity(string Code, string? Alpha3, string Name, ImmutableArray<CountryMentionSpan> Mentions, int MentionCount, double Salience);

/// <summary>One mention of a country: where, and in which form ("name", "demonym", "capital", ...).</summary>
internal readonly record struct CountryMentionSpan(int Start, int End, string Form);

/// <summary>An organisation actor (UN, NATO, Hamas) with every mention.</summary>
internal sealed record OrganizationEntity(string Name, string? FullName, string? Kind, ImmutableArray<CharSpan> Mentions);
