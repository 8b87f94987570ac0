using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// First-order Viterbi decoding over the BIO labels. Transitions that break BIO (an I after O or
/// after another type) are never chosen. Allocates nothing.
/// </summary>
internal static class Viterbi
{
    private const int L = EntityLabels.Count;
    private const int VectorLabels = 8;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>
    /// Finds the best label sequence. <paramref name="emissions"/> holds n×L scores;
    /// <paramref name="transitions"/> holds (L+1)×L scores, row 0 for the sentence start and row
    /// p+1 for a previous label p; <paramref name="back"/> needs n×L bytes.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<byte> back, Span<byte> labels)
    {
        if (n == 0)
        {
            return;
        }

        // A forbidden transition scores minus infinity, so the inner loop needs no test: the sum
        // can never win, exactly as if the transition were skipped.
        Span<float> scores = stackalloc float[(L + 1) * L];
        for (int t = 0; t < scores.Length; t++)
        {
            scores[t] = Allowed[t] ? transitions[t] : float.NegativeInfinity;
        }

        // Labels 0-7 are one vector and label 8 a scalar: each previous label p is added to all
        // next labels at once. The sums, the strict comparison and the ascending order of p are
        // those of the scalar loop, so ties go to the lowest p and the path is the same.
        Span<float> current = stackalloc float[L];
        for (int y = 0; y < L; y++)
        {
            current[y] = scores[y] + emissions[y];
        }

        ref float transition = ref MemoryMarshal.GetReference(scores);
        ref float emission = ref MemoryMarshal.GetReference(emissions);
        for (int i = 1; i < n; i++)
        {
            int e = i * L;
            Vector256<float> best = Vector256.Create(float.NegativeInfinity);
            Vector256<int> arg = Vector256<int>.Zero;
            float bestLast = float.NegativeInfinity;
            int argLast = 0;
            for (int p = 0; p < L; p++)
            {
                int row = (p + 1) * L;
                float previous = current[p];
                Vector256<float> sum = Vector256.Create(previous) + Vector256.LoadUnsafe(ref transition, (nuint)row);
                Vector256<float> better = Vector256.GreaterThan(sum, best);
                best = Vector256.ConditionalSelect(better, sum, best);
                arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
                float toLast = previous + Unsafe.Add(ref transition, row + VectorLabels);
                if (toLast > bestLast)
                {
                    bestLast = toLast;
                    argLast = p;
                }
            }

            (best + Vector256.LoadUnsafe(ref emission, (nuint)e)).StoreUnsafe(ref MemoryMarshal.GetReference(current));
            current[VectorLabels] = bestLast + emissions[e + VectorLabels];
            for (int y = 0; y < VectorLabels; y++)
            {
                back[e + y] = (byte)arg[y];
            }

            back[e + VectorLabels] = (byte)argLast;
        }

        int last = 0;
        for (int y = 1; y < L; y++)
        {
            if (current[y] > current[last])
            {
                last = y;
            }
        }

        labels[n - 1] = (byte)last;
        for (int i = n - 1; i > 0; i--)
        {
            last = back[(i * L) + last];
            labels[i - 1] = (byte)last;
        }
    }

    private static bool[] BuildAllowed()
    {
        var table = new bool[(L + 1) * L];
        for (int p = -1; p < L; p++)
        {
            for (int y = 0; y < L; y++)
            {
                table[((p + 1) * L) + y] = EntityLabels.Allowed(p, y);
            }
        }

        return table;
    }
}
