using System.Globalization;

namespace NewsNlp.Cli.Input;

/// <summary>A deterministic split of the input: item number <c>i</c> (0-based, in input order, blank lines not counted) belongs to shard <c>i mod N + 1</c>.</summary>
/// <param name="K">This shard, 1-based.</param>
/// <param name="N">The number of shards.</param>
internal readonly record struct Shard(int K, int N)
{
    /// <summary>The whole input.</summary>
    public static Shard All => new(1, 1);

    /// <summary>True when item <paramref name="index"/> belongs to this shard.</summary>
    public bool Contains(long index) => index % N == K - 1;

    /// <summary>Parses <c>K/N</c>.</summary>
    public static bool TryParse(string text, out Shard shard)
    {
        shard = All;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || n < 1 || k < 1 || k > n)
        {
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }
}
