using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The tagger's weight table packed for inference: only the rows a feature hash can hit with a
/// non-zero weight are stored, found through a presence bitmap and a per-word rank.
/// </summary>
/// <remarks>
/// The hashed table has 2^bits rows of which about a quarter are non-zero, and every token reads
/// about 45 random rows. The full table (4.7 MB at 18 bits) lives in the last-level cache at
/// best; the packed rows take a quarter of that, and a feature never seen in training reads one
/// always-cached zero row instead of missing the cache. Sums are exact integers, so the packed table
/// gives the same scores as the full one, bit for bit.
/// </remarks>
internal sealed class PackedWeights
{
    private const int L = EntityLabels.Count;

    // Eight of the nine labels are summed as one vector of shorts widened to two vectors of ints.
    private const int VectorLabels = 8;

    private readonly ulong[] present;
    private readonly int[] rankBefore;
    private readonly short[] rows;

    /// <summary>Packs the non-zero rows of <paramref name="model"/>.</summary>
    public PackedWeights(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        short[] weights = model.Weights;
        int count = weights.Length / L;
        present = new ulong[(count + 63) / 64];
        rankBefore = new int[present.Length];
        int kept = 0;
        for (int r = 0; r < count; r++)
        {
            if (weights.AsSpan(r * L, L).IndexOfAnyExcept((short)0) >= 0)
            {
                present[r >> 6] |= 1UL << (r & 63);
                kept++;
            }
        }

        // Row 0 is all zeros: an absent feature reads it, so the scoring loop has no branch to
        // mispredict. The padding lets the vector read of the last row's first eight labels stay
        // inside the array.
        rows = new short[((kept + 1) * L) + VectorLabels];
        int rank = 1;
        for (int word = 0; word < present.Length; word++)
        {
            rankBefore[word] = rank;
            for (ulong bits = present[word]; bits != 0; bits &= bits - 1)
            {
                int r = (word << 6) + BitOperations.TrailingZeroCount(bits);
                weights.AsSpan(r * L, L).CopyTo(rows.AsSpan(rank * L, L));
                rank++;
            }
        }
    }

    /// <summary>Number of non-zero rows kept.</summary>
    public int RowCount => ((rows.Length - VectorLabels) / L) - 1;

    /// <summary>Writes the score of every label, the weights of <paramref name="features"/> summed and scaled by <paramref name="scale"/>.</summary>
    public void Score(ReadOnlySpan<int> features, float scale, Span<float> scores)
    {
        if (scores.Length < L)
        {
            throw new ArgumentException("One score per label is needed.", nameof(scores));
        }

        Vector128<int> low = Vector128<int>.Zero;
        Vector128<int> high = Vector128<int>.Zero;
        int last = 0;
        ref short start = ref MemoryMarshal.GetArrayDataReference(rows);
        foreach (int feature in features)
        {
            int word = feature >> 6;
            int position = feature & 63;
            ulong bits = present[word];
            int isPresent = (int)((bits >> position) & 1);
            int rank = rankBefore[word] + BitOperations.PopCount(bits & ((1UL << position) - 1));
            ref short row = ref Unsafe.Add(ref start, rank * isPresent * L);
            Vector128<short> first = Vector128.LoadUnsafe(ref row);
            low += Vector128.WidenLower(first);
            high += Vector128.WidenUpper(first);
            last += Unsafe.Add(ref row, VectorLabels);
        }

        for (int y = 0; y < 4; y++)
        {
            scores[y] = low[y] * scale;
            scores[y + 4] = high[y] * scale;
        }

        scores[VectorLabels] = last * scale;
    }
}
