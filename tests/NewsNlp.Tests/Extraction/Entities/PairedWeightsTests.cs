using NewsNlp.Extraction.Entities;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class PairedWeightsTests
{
    private const int L = EntityLabels.Count;

    [Fact]
    public void LocateSumBothAndAddSecond_RandomFeatures_EqualTheFullTableSums()
    {
        const int Bits = 12;
        var random = new Random(20261206);
        short[] first = SparseWeights(Bits, random);
        short[] second = SparseWeights(Bits, random);
        var paired = new PairedWeights(new NerModel(Bits, first, 1f, new float[(L + 1) * L]), new NerModel(Bits, second, 1f, new float[(L + 1) * L]));
        var firstSums = new int[L];
        var secondSums = new int[L];
        for (int trial = 0; trial < 200; trial++)
        {
            int[] shared = RandomFeatures(Bits, random);
            int[] own = RandomFeatures(Bits, random);
            int[] located = [.. shared];
            paired.Locate(located);
            paired.SumBoth(located, firstSums, secondSums);
            paired.AddSecond(own, secondSums);
            for (int y = 0; y < L; y++)
            {
                firstSums[y].Should().Be(shared.Sum(f => (int)first[(f * L) + y]), "first pass, label {0} of trial {1}", y, trial);
                secondSums[y].Should().Be(shared.Concat(own).Sum(f => (int)second[(f * L) + y]), "second pass, label {0} of trial {1}", y, trial);
            }
        }
    }

    [Theory]
    // A row non-zero in the first pass only, in the second only, in both: all three are kept.
    [InlineData(true, false, 1)]
    [InlineData(false, true, 1)]
    [InlineData(true, true, 1)]
    // A row zero in both is not.
    [InlineData(false, false, 0)]
    public void RowCount_KeepsRowsNonZeroInEitherPass(bool inFirst, bool inSecond, int expected)
    {
        var first = new short[(1 << 10) * L];
        var second = new short[(1 << 10) * L];
        first[(5 * L) + 8] = (short)(inFirst ? 2 : 0);
        second[(5 * L) + 0] = (short)(inSecond ? -3 : 0);
        var paired = new PairedWeights(new NerModel(10, first, 1f, new float[(L + 1) * L]), new NerModel(10, second, 1f, new float[(L + 1) * L]));
        paired.RowCount.Should().Be(expected);
        var firstSums = new int[L];
        var secondSums = new int[L];
        int[] features = [5, 5, 6];
        paired.Locate(features);
        paired.SumBoth(features, firstSums, secondSums);
        firstSums[8].Should().Be(inFirst ? 4 : 0);
        secondSums[0].Should().Be(inSecond ? -6 : 0);
    }

    [Fact]
    public void Create_DifferentTableSizes_Throws()
    {
        var first = new NerModel(10, new short[(1 << 10) * L], 1f, new float[(L + 1) * L]);
        var second = new NerModel(11, new short[(1 << 11) * L], 1f, new float[(L + 1) * L]);
        FluentActions.Invoking(() => new PairedWeights(first, second)).Should().Throw<ArgumentException>();
    }

    private static short[] SparseWeights(int bits, Random random)
    {
        // About one row in four non-zero, as in the trained tagger.
        var weights = new short[(1 << bits) * L];
        for (int row = 0; row < 1 << bits; row++)
        {
            if (random.Next(4) == 0)
            {
                for (int y = 0; y < L; y++)
                {
                    weights[(row * L) + y] = (short)random.Next(short.MinValue, short.MaxValue + 1);
                }
            }
        }

        return weights;
    }

    private static int[] RandomFeatures(int bits, Random random) =>
        [.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next(1 << bits))];
}
