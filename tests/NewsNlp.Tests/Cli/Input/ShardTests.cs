using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli.Input;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", true)] // everything
    [InlineData("3/8", true)] // a job array element
    [InlineData("0/4", false)] // K is 1-based
    [InlineData("5/4", false)] // K beyond N
    [InlineData("1-4", false)] // not K/N
    public void TryParse_Text_AcceptsKOfN(string text, bool ok) => Shard.TryParse(text, out _).Should().Be(ok);

    [Fact]
    public void Read_AllShards_PartitionTheInputExactly()
    {
        string jsonl = string.Join("\n", Enumerable.Range(0, 25).Select(i => $"{{\"id\":\"x{i}\",\"text\":\"t\"}}")) + "\n\n";
        var shards = Enumerable.Range(1, 4)
            .Select(k => JsonLinesReader.Read(new StringReader(jsonl), "in", null, new Shard(k, 4)).Select(a => a.Id).ToList())
            .ToList();
        shards.SelectMany(s => s).Should().BeEquivalentTo(Enumerable.Range(0, 25).Select(i => "x" + i));
        shards.Sum(s => s.Count).Should().Be(25);
        shards[1].Should().StartWith(["x1", "x5"]);
    }
}
