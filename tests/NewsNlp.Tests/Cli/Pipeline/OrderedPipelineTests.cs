using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Tests.Cli.Pipeline;

public sealed class OrderedPipelineTests
{
    [Theory]
    [InlineData(1)] // one worker
    [InlineData(3)] // more workers than cores
    [InlineData(16)] // many workers, tiny items
    public async Task RunAsync_UnevenWork_KeepsInputOrder(int threads)
    {
        var seen = new List<int>();
        await OrderedPipeline.RunAsync(
            Enumerable.Range(0, 500),
            i =>
            {
                Thread.SpinWait((i * 7919 % 13) * 2000); // uneven work so results finish out of order
                return i * 2;
            },
            r =>
            {
                seen.Add(r);
                return true;
            },
            threads,
            capacity: threads * 2);
        seen.Should().Equal(Enumerable.Range(0, 500).Select(i => i * 2));
    }

    [Fact]
    public async Task RunAsync_ConsumerStops_NoMoreResultsAndSourceNotDrained()
    {
        int read = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }

        var seen = new List<int>();
        await OrderedPipeline.RunAsync(Source(), i => i, r =>
        {
            seen.Add(r);
            return r < 9;
        }, threads: 2, capacity: 4);
        seen.Should().Equal(Enumerable.Range(0, 10));
        read.Should().BeLessThan(100); // back-pressure: the reader never ran far ahead
    }
}
