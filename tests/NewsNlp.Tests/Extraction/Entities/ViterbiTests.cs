using NewsNlp.Extraction.Entities;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class ViterbiTests
{
    private const int L = EntityLabels.Count;

    [Theory]
    // The best label per token wins when transitions are neutral.
    [InlineData("1,2,0", "1,2,0")]
    // An I after O is illegal: "O I-PER" becomes "O B-PER".
    [InlineData("0,2", "0,1")]
    // An I of another type cannot continue a span: "B-PER I-LOC" becomes "B-PER B-LOC".
    [InlineData("1,4", "1,3")]
    // A sentence may not start with an I label.
    [InlineData("2,2", "1,2")]
    // A single token.
    [InlineData("5", "5")]
    public void Decode_PreferredLabels_ReturnsLegalBestPath(string preferred, string expected)
    {
        byte[] wanted = preferred.Split(',').Select(byte.Parse).ToArray();
        int n = wanted.Length;
        var emissions = new float[n * L];
        for (int i = 0; i < n; i++)
        {
            // The wanted label scores 10; its B or I sibling scores 5 so the legal fallback is clear.
            emissions[(i * L) + wanted[i]] = 10;
            if (wanted[i] != 0)
            {
                int sibling = EntityLabels.IsInside(wanted[i]) ? wanted[i] - 1 : wanted[i];
                emissions[(i * L) + sibling] = Math.Max(emissions[(i * L) + sibling], 5);
            }
        }

        var labels = new byte[n];
        Viterbi.Decode(emissions, n, new float[(L + 1) * L], new byte[n * L], labels);
        string.Join(",", labels).Should().Be(expected);
    }

    [Fact]
    public void Decode_TransitionOutweighsEmission_FollowsTransition()
    {
        // O scores slightly better alone, but B-PER → I-PER is strongly rewarded.
        var emissions = new float[2 * L];
        emissions[1] = 10;
        emissions[L + 0] = 3;
        emissions[L + 2] = 2;
        var transitions = new float[(L + 1) * L];
        transitions[(2 * L) + 2] = 5;
        var labels = new byte[2];
        Viterbi.Decode(emissions, 2, transitions, new byte[2 * L], labels);
        labels.Should().Equal(1, 2);
    }

    [Fact]
    public void Decode_RandomScoresWithManyTies_EqualsTheScalarDefinition()
    {
        // Small whole-number scores make equal path scores common: ties must go to the lowest
        // previous label, as the plain loop over every (previous, next) pair decides them.
        var random = new Random(2612);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 30);
            float[] emissions = [.. Enumerable.Range(0, n * L).Select(_ => (float)random.Next(-3, 4))];
            float[] transitions = [.. Enumerable.Range(0, (L + 1) * L).Select(_ => (float)random.Next(-2, 3))];
            var labels = new byte[n];
            Viterbi.Decode(emissions, n, transitions, new byte[n * L], labels);
            labels.Should().Equal(ScalarDecode(emissions, n, transitions), "trial {0}", trial);
        }
    }

    [Theory]
    // B and I of one type make one span.
    [InlineData("1,2,0,3", "0-2:Person|3-4:Location")]
    // Two B labels in a row make two spans.
    [InlineData("1,1", "0-1:Person|1-2:Person")]
    // A stray I opens a span (IOB1 style).
    [InlineData("0,6,6", "1-3:Organization")]
    // An I of another type ends the name and opens its own.
    [InlineData("1,2,4,4", "0-2:Person|2-4:Location")]
    // A name may end the sequence.
    [InlineData("0,0,5", "2-3:Organization")]
    public void ToSpans_Labels_ReturnsSpans(string labels, string expected)
    {
        byte[] bytes = labels.Split(',').Select(byte.Parse).ToArray();
        var spans = new List<EntitySpan>();
        EntityLabels.ToSpans(bytes, 0, spans);
        string.Join("|", spans.Select(s => $"{s.StartToken}-{s.EndToken}:{s.Type}")).Should().Be(expected);
    }

    // The definition: every previous label tried for every next label, forbidden pairs skipped.
    private static byte[] ScalarDecode(float[] emissions, int n, float[] transitions)
    {
        var score = new float[n, L];
        var back = new int[n, L];
        for (int y = 0; y < L; y++)
        {
            score[0, y] = EntityLabels.Allowed(-1, y) ? transitions[y] + emissions[y] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                for (int p = 0; p < L; p++)
                {
                    float s = EntityLabels.Allowed(p, y) ? score[i - 1, p] + transitions[((p + 1) * L) + y] : float.NegativeInfinity;
                    if (s > best)
                    {
                        best = s;
                        back[i, y] = p;
                    }
                }

                score[i, y] = best + emissions[(i * L) + y];
            }
        }

        var labels = new byte[n];
        int last = 0;
        for (int y = 1; y < L; y++)
        {
            if (score[n - 1, y] > score[n - 1, last])
            {
                last = y;
            }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = (byte)last;
            last = back[i, last];
        }

        return labels;
    }
}
