using System.Collections.Immutable;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>The person stage's layer: one entity per real person, in order of first mention.</summary>
internal sealed record PersonLayer(ImmutableArray<PersonEntity> People);

/// <summary>
/// A real person named in the article: <see cref="NameSpan"/> is the fullest mention, and
/// <see cref="Title"/> already falls back to the occupation.
/// </summary>
internal sealed record PersonEntity(CharSpan NameSpan, string? Title, string? Country, int? Age, string? Occupation, ImmutableArray<CharSpan> Mentions);
