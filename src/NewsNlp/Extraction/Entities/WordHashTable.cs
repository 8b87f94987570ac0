using System.Numerics;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// A read-mostly open-addressing table from a word's 64-bit hash (<see cref="FeatureHash.Lower"/>)
/// to a non-zero value, where 0 means absent.
/// </summary>
/// <remarks>
/// The tagger looks up every token's cluster; a general dictionary spends most of that time on
/// its hashing and bucket indirection, while these keys are already hashes and the values fit
/// beside them in two flat arrays probed linearly.
/// </remarks>
internal sealed class WordHashTable
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;

    private readonly ulong[] keys;
    private readonly uint[] values;
    private readonly int shift;

    /// <summary>Creates a table with room for <paramref name="capacity"/> keys at most half full.</summary>
    public WordHashTable(int capacity)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        keys = new ulong[size];
        values = new uint[size];
        shift = 64 - BitOperations.Log2((uint)size);
    }

    /// <summary>Number of keys held.</summary>
    public int Count { get; private set; }

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>; a value of 0 is not stored.</summary>
    public void Set(ulong key, uint value)
    {
        if (value == 0)
        {
            return;
        }

        if (Count * 2 >= keys.Length)
        {
            throw new InvalidOperationException("The word table is full; create it with a larger capacity.");
        }

        int mask = keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            if (values[slot] == 0)
            {
                keys[slot] = key;
                values[slot] = value;
                Count++;
                return;
            }

            if (keys[slot] == key)
            {
                values[slot] = value;
                return;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, or 0.</summary>
    public uint Get(ulong key)
    {
        int mask = keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            uint value = values[slot];
            if (value == 0 || keys[slot] == key)
            {
                return value;
            }
        }
    }

    private int Slot(ulong key) => (int)((key * Fibonacci) >> shift);
}
