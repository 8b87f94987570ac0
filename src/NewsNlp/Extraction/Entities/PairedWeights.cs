using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The weight rows of both passes of a stacked tagger, packed as <see cref="PackedWeights"/> packs
/// one pass but interleaved: the second pass reads every feature of the first pass plus its own,
/// so one read of a row gives both passes' weights, and the second pass only has to read the rows
/// of its own dozen features later. Sums are exact integers: the scores are the same, bit for bit,
/// as two separate tables give.
/// </summary>
internal sealed class PairedWeights
{
    private const int L = EntityLabels.Count;

    // One row: the first pass's labels 0-7, the second pass's labels 0-7, then label 8 of each.
    private const int Stride = 2 * L;
    private const int VectorLabels = 8;

    private readonly ulong[] present;
    private readonly int[] rankBefore;
    private readonly short[] rows;

    /// <summary>Packs the rows that are non-zero in either pass; both models must have tables of one size.</summary>
    /// <exception cref="ArgumentException">The models have different table sizes.</exception>
    public PairedWeights(NerModel first, NerModel second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Bits != second.Bits)
        {
            throw new ArgumentException("Both passes must have as many weight rows.", nameof(second));
        }

        short[] a = first.Weights;
        short[] b = second.Weights;
        int count = a.Length / L;
        present = new ulong[(count + 63) / 64];
        rankBefore = new int[present.Length];
        int kept = 0;
        for (int r = 0; r < count; r++)
        {
            if (a.AsSpan(r * L, L).IndexOfAnyExcept((short)0) >= 0 || b.AsSpan(r * L, L).IndexOfAnyExcept((short)0) >= 0)
            {
                present[r >> 6] |= 1UL << (r & 63);
                kept++;
            }
        }

        // Row 0 is all zeros: an absent feature reads it, so the loops have no branch.
        rows = new short[(kept + 1) * Stride];
        int rank = 1;
        for (int word = 0; word < present.Length; word++)
        {
            rankBefore[word] = rank;
            for (ulong bits = present[word]; bits != 0; bits &= bits - 1)
            {
                int r = (word << 6) + BitOperations.TrailingZeroCount(bits);
                Span<short> row = rows.AsSpan(rank * Stride, Stride);
                a.AsSpan(r * L, VectorLabels).CopyTo(row);
                b.AsSpan(r * L, VectorLabels).CopyTo(row[VectorLabels..]);
                row[2 * VectorLabels] = a[(r * L) + VectorLabels];
                row[(2 * VectorLabels) + 1] = b[(r * L) + VectorLabels];
                rank++;
            }
        }
    }

    /// <summary>Number of rows kept (non-zero in either pass).</summary>
    public int RowCount => (rows.Length / Stride) - 1;

    /// <summary>
    /// Replaces every feature by the packed row it reads, and asks the processor to start fetching
    /// those rows: the rows are found while the next token's features are hashed, so the random
    /// reads of the table overlap with arithmetic instead of stalling <see cref="SumBoth"/>.
    /// </summary>
    public void Locate(Span<int> features)
    {
        for (int k = 0; k < features.Length; k++)
        {
            features[k] = Rank(features[k]);
        }

        if (Sse.IsSupported)
        {
            Prefetch(features);
        }
    }

    /// <summary>
    /// Writes the first pass's integer weight sums of the features that <see cref="Locate"/> has
    /// replaced by their rows (<paramref name="located"/>) into <paramref name="firstSums"/>, and the
    /// second pass's into <paramref name="secondSums"/>.
    /// </summary>
    public void SumBoth(ReadOnlySpan<int> located, Span<int> firstSums, Span<int> secondSums)
    {
        if (firstSums.Length < L || secondSums.Length < L)
        {
            throw new ArgumentException("One sum per label is needed.", nameof(firstSums));
        }

        Vector128<int> firstLow = Vector128<int>.Zero;
        Vector128<int> firstHigh = Vector128<int>.Zero;
        Vector128<int> secondLow = Vector128<int>.Zero;
        Vector128<int> secondHigh = Vector128<int>.Zero;
        int firstLast = 0;
        int secondLast = 0;
        ref short start = ref MemoryMarshal.GetArrayDataReference(rows);
        foreach (int rank in located)
        {
            ref short row = ref Unsafe.Add(ref start, rank * Stride);
            Vector128<short> a = Vector128.LoadUnsafe(ref row);
            Vector128<short> b = Vector128.LoadUnsafe(ref Unsafe.Add(ref row, VectorLabels));
            firstLow += Vector128.WidenLower(a);
            firstHigh += Vector128.WidenUpper(a);
            secondLow += Vector128.WidenLower(b);
            secondHigh += Vector128.WidenUpper(b);
            firstLast += Unsafe.Add(ref row, 2 * VectorLabels);
            secondLast += Unsafe.Add(ref row, (2 * VectorLabels) + 1);
        }

        Store(firstLow, firstHigh, firstLast, firstSums);
        Store(secondLow, secondHigh, secondLast, secondSums);
    }

    /// <summary>Adds the second pass's integer weight sums of <paramref name="features"/> to <paramref name="secondSums"/>.</summary>
    public void AddSecond(ReadOnlySpan<int> features, Span<int> secondSums)
    {
        if (secondSums.Length < L)
        {
            throw new ArgumentException("One sum per label is needed.", nameof(secondSums));
        }

        Vector128<int> low = Vector128<int>.Zero;
        Vector128<int> high = Vector128<int>.Zero;
        int last = 0;
        ref short start = ref MemoryMarshal.GetArrayDataReference(rows);
        foreach (int feature in features)
        {
            ref short row = ref Unsafe.Add(ref start, Rank(feature) * Stride);
            Vector128<short> b = Vector128.LoadUnsafe(ref Unsafe.Add(ref row, VectorLabels));
            low += Vector128.WidenLower(b);
            high += Vector128.WidenUpper(b);
            last += Unsafe.Add(ref row, (2 * VectorLabels) + 1);
        }

        // Integer sums: adding the features' total gives what adding each feature in turn gives.
        for (int y = 0; y < 4; y++)
        {
            secondSums[y] += low[y];
            secondSums[y + 4] += high[y];
        }

        secondSums[VectorLabels] += last;
    }

    // The packed row of a feature, or 0 (the zero row) when neither pass has weights for it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Rank(int feature)
    {
        int word = feature >> 6;
        int position = feature & 63;
        ulong bits = present[word];
        int isPresent = (int)((bits >> position) & 1);
        return (rankBefore[word] + BitOperations.PopCount(bits & ((1UL << position) - 1))) * isPresent;
    }

    // A prefetch is a hint: it changes no result, only when the row arrives in the cache.
    private unsafe void Prefetch(ReadOnlySpan<int> located)
    {
        fixed (short* start = rows)
        {
            foreach (int rank in located)
            {
                Sse.Prefetch0(start + (rank * Stride));
            }
        }
    }

    private static void Store(Vector128<int> low, Vector128<int> high, int last, Span<int> sums)
    {
        for (int y = 0; y < 4; y++)
        {
            sums[y] = low[y];
            sums[y + 4] = high[y];
        }

        sums[VectorLabels] = last;
    }
}
