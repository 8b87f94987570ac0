using FluentAssertions;
using NewsNlp.Extraction.Entities;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class PackedWeightsTests
{
    private const int L = EntityLabels.Count;

    [Fact]
    public void Score_RandomFeatures_EqualsTheFullTableSum()
    {
        // A sparse model: about one row in four non-zero, as in the trained tagger.
        const int Bits = 12;
        var random = new Random(20261206);
        var weights = new short[(1 << Bits) * L];
        for (int row = 0; row < 1 << Bits; row++)
        {
            if (random.Next(4) == 0)
            {
                for (int y = 0; y < L; y++)
                {
                    weights[(row * L) + y] = (short)random.Next(short.MinValue, short.MaxValue + 1);
                }
            }
        }

        var model = new NerModel(Bits, weights, 0.001f, new float[(L + 1) * L]);
        var packed = new PackedWeights(model);
        var scores = new float[L];
        for (int trial = 0; trial < 200; trial++)
        {
            int[] features = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next(1 << Bits)).ToArray();
            packed.Score(features, model.Scale, scores);
            for (int y = 0; y < L; y++)
            {
                int sum = features.Sum(f => (int)weights[(f * L) + y]);
                scores[y].Should().Be(sum * model.Scale, "label {0} of trial {1}", y, trial);
            }
        }
    }

    [Fact]
    public void RowCount_KeepsOnlyNonZeroRows()
    {
        var weights = new short[(1 << 10) * L];
        weights[(7 * L) + 8] = 3;      // only the last label set: the row still counts
        weights[(1023 * L) + 0] = -1;  // the last row of the table
        var packed = new PackedWeights(new NerModel(10, weights, 1f, new float[(L + 1) * L]));

        packed.RowCount.Should().Be(2);
        var scores = new float[L];
        packed.Score([7, 1023, 7, 500], 1f, scores);
        scores[8].Should().Be(6);
        scores[0].Should().Be(-1);
        scores.Where((_, y) => y is not 0 and not 8).Should().OnlyContain(s => s == 0);
    }

    [Fact]
    public void Score_TooFewScores_Throws()
    {
        var packed = new PackedWeights(new NerModel(10, new short[(1 << 10) * L], 1f, new float[(L + 1) * L]));

        Action act = () => packed.Score([1], 1f, new float[L - 1]);

        act.Should().Throw<ArgumentException>();
    }
}
