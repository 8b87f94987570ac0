namespace NewsNlp.Extraction.Entities;

/// <summary>
/// First-order Viterbi decoding over the BIO labels. Transitions that break BIO (an I after O or
/// after another type) are never chosen. Allocates nothing.
/// </summary>
internal static class Viterbi
{
    private const int L = EntityLabels.Count;

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

        Span<float> current = stackalloc float[L];
        Span<float> next = stackalloc float[L];
        for (int y = 0; y < L; y++)
        {
            current[y] = scores[y] + emissions[y];
        }

        for (int i = 1; i < n; i++)
        {
            int e = i * L;
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    float s = current[p] + scores[((p + 1) * L) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                next[y] = best + emissions[e + y];
                back[e + y] = (byte)arg;
            }

            next.CopyTo(current);
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
