using System.Collections.Frozen;

namespace NewsNlp.Events;

/// <summary>A case-insensitive set of words looked up by span, without allocating key strings.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Builds the set.</summary>
    public WordSet(params string[] words) =>
        lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is in the set (ignoring case).</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
