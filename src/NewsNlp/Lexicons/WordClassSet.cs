using System.Runtime.CompilerServices;

namespace NewsNlp.Lexicons;

/// <summary>The word classes a word belongs to: a fixed-size bit set, one bit per <see cref="WordClass"/>.</summary>
internal readonly struct WordClassSet : IEquatable<WordClassSet>
{
    /// <summary>The most classes a lexicon may hold.</summary>
    public const int Capacity = WordCount * 64;

    // Eight 64-bit words: the six of session 5 filled up in session 18 (384 classes). A membership test reads
    // one word, and the per-token sets live in a pooled array, so a wider set costs memory per tagged token,
    // not time per test or an allocation.
    private const int WordCount = 8;

    private readonly Bits bits;

    private WordClassSet(Bits bits) => this.bits = bits;

    /// <summary>The empty set.</summary>
    public static WordClassSet Empty => default;

    /// <summary>True when no class is in the set.</summary>
    public bool IsEmpty => ((ReadOnlySpan<ulong>)bits).IndexOfAnyExcept(0UL) < 0;

    /// <summary>True when <paramref name="wordClass"/> is in the set.</summary>
    public bool Has(WordClass wordClass) => Has(wordClass.Id);

    /// <summary>True when the class with bit <paramref name="id"/> is in the set.</summary>
    public bool Has(int id) => ((bits[id >> 6] >> (id & 63)) & 1UL) != 0;

    /// <summary>This set plus the class with bit <paramref name="id"/>.</summary>
    public WordClassSet With(int id)
    {
        Bits copy = bits;
        copy[id >> 6] |= 1UL << (id & 63);
        return new WordClassSet(copy);
    }

    /// <summary>The union of two sets.</summary>
    public WordClassSet Union(WordClassSet other)
    {
        Bits union = default;
        for (int w = 0; w < WordCount; w++)
        {
            union[w] = bits[w] | other.bits[w];
        }

        return new WordClassSet(union);
    }

    /// <summary>True when this set and <paramref name="other"/> share a class.</summary>
    public bool Overlaps(WordClassSet other)
    {
        for (int w = 0; w < WordCount; w++)
        {
            if ((bits[w] & other.bits[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public bool Equals(WordClassSet other) => ((ReadOnlySpan<ulong>)bits).SequenceEqual(other.bits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WordClassSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (ulong word in (ReadOnlySpan<ulong>)bits)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }

    /// <summary>True when both sets hold the same classes.</summary>
    public static bool operator ==(WordClassSet left, WordClassSet right) => left.Equals(right);

    /// <summary>True when the sets differ.</summary>
    public static bool operator !=(WordClassSet left, WordClassSet right) => !left.Equals(right);

    [InlineArray(WordCount)]
    private struct Bits
    {
        private ulong word;
    }
}
