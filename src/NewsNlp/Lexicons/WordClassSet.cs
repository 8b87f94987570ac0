namespace NewsNlp.Lexicons;

/// <summary>The word classes a word belongs to: a 256-bit set, one bit per <see cref="WordClass"/>.</summary>
internal readonly record struct WordClassSet(UInt128 Low, UInt128 High)
{
    /// <summary>The most classes a lexicon may hold.</summary>
    public const int Capacity = 256;

    /// <summary>The empty set.</summary>
    public static WordClassSet Empty => default;

    /// <summary>True when no class is in the set.</summary>
    public bool IsEmpty => Low == UInt128.Zero && High == UInt128.Zero;

    /// <summary>True when <paramref name="wordClass"/> is in the set.</summary>
    public bool Has(WordClass wordClass) => Has(wordClass.Id);

    /// <summary>True when the class with bit <paramref name="id"/> is in the set.</summary>
    public bool Has(int id) => id < 128 ? ((Low >> id) & UInt128.One) != UInt128.Zero : ((High >> (id - 128)) & UInt128.One) != UInt128.Zero;

    /// <summary>This set plus the class with bit <paramref name="id"/>.</summary>
    public WordClassSet With(int id) => id < 128 ? this with { Low = Low | (UInt128.One << id) } : this with { High = High | (UInt128.One << (id - 128)) };

    /// <summary>The union of two sets.</summary>
    public WordClassSet Union(WordClassSet other) => new(Low | other.Low, High | other.High);

    /// <summary>True when this set and <paramref name="other"/> share a class.</summary>
    public bool Overlaps(WordClassSet other) => (Low & other.Low) != UInt128.Zero || (High & other.High) != UInt128.Zero;
}
