using FluentAssertions;
using NewsNlp.Extraction.Entities;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class WordHashTableTests
{
    [Fact]
    public void Get_AfterSet_ReturnsTheLastValueAndZeroForAbsentKeys()
    {
        var table = new WordHashTable(1000);
        var expected = new Dictionary<ulong, uint>();
        var random = new Random(7);
        for (int i = 0; i < 1000; i++)
        {
            // Small keys collide in the low bits, large ones exercise the multiplicative hash.
            ulong key = i % 2 == 0 ? (ulong)random.Next(5000) : (ulong)random.NextInt64();
            uint value = (uint)random.Next(1, 1 << 30);
            table.Set(key, value);
            expected[key] = value;
        }

        table.Count.Should().Be(expected.Count);
        foreach ((ulong key, uint value) in expected)
        {
            table.Get(key).Should().Be(value);
        }

        table.Get(ulong.MaxValue - 1).Should().Be(expected.GetValueOrDefault(ulong.MaxValue - 1));
    }

    [Fact]
    public void Set_ZeroValue_IsNotStored()
    {
        var table = new WordHashTable(4);
        table.Set(42, 0);

        table.Count.Should().Be(0);
        table.Get(42).Should().Be(0);
    }

    [Fact]
    public void Set_BeyondCapacity_Throws()
    {
        var table = new WordHashTable(4);   // room for 16 slots, at most half full
        for (ulong k = 1; k <= 8; k++)
        {
            table.Set(k, 1);
        }

        Action act = () => table.Set(99, 1);

        act.Should().Throw<InvalidOperationException>();
    }
}
