using System.Runtime.CompilerServices;

namespace NewsNlp.Lexicons;

/// <summary>
/// A one-probe pre-filter for a case-insensitive table of words: a bit per hash of a key's length
/// and its first, second and last characters, upper-cased. A word the filter rejects is in no key,
/// so the table's lookup (which hashes and folds every character) is skipped for most words of a
/// text. Never a false negative: two spans equal under <see cref="StringComparer.OrdinalIgnoreCase"/>
/// (or <see cref="StringComparer.Ordinal"/>) have one length and the same upper-case characters, so
/// the same bit; a span whose sampled characters are not ASCII is always let through.
/// </summary>
internal sealed class KeyFilter
{
    // About sixteen bits per key keeps false positives rare; the bounds keep small tables small
    // and large ones inside the near caches.
    private const int BitsPerKey = 16;
    private const int MinBits = 1 << 9;
    private const int MaxBits = 1 << 18;

    private readonly ulong[] bits;
    private readonly int shift;

    private KeyFilter(ulong[] bits, int shift)
    {
        this.bits = bits;
        this.shift = shift;
    }

    /// <summary>A filter that lets through every key of <paramref name="keys"/>.</summary>
    public static KeyFilter Build(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        int size = (int)Math.Min(MaxBits, Math.Max(MinBits, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(keys.Count * BitsPerKey))));
        var filter = new KeyFilter(new ulong[size / 64], 32 - System.Numerics.BitOperations.Log2((uint)size));
        foreach (string key in keys)
        {
            // A key whose sampled characters are not ASCII once upper-cased can equal no span the
            // filter would reject (such spans are let through), so it needs no bit.
            if (key.Length > 0
                && TryUpperAscii(char.ToUpperInvariant(key[0]), out uint first)
                && TryUpperAscii(char.ToUpperInvariant(key[Math.Min(1, key.Length - 1)]), out uint second)
                && TryUpperAscii(char.ToUpperInvariant(key[^1]), out uint last))
            {
                int bit = filter.Bit(key.Length, first, second, last);
                filter.bits[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        return filter;
    }

    /// <summary>False only when <paramref name="span"/> is certainly not a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return true;
        }

        if (!TryUpperAscii(span[0], out uint first) || !TryUpperAscii(span[Math.Min(1, span.Length - 1)], out uint second) || !TryUpperAscii(span[^1], out uint last))
        {
            return true;
        }

        int bit = Bit(span.Length, first, second, last);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private int Bit(int length, uint first, uint second, uint last) =>
        (int)(((first | (second << 7) | (last << 14) | ((uint)length << 21)) * 0x9E3779B1u) >> shift);

    // ASCII letters upper-cased as the invariant culture does; false for any other character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryUpperAscii(char c, out uint upper)
    {
        upper = c is >= 'a' and <= 'z' ? (uint)(c - 32) : c;
        return c < 128;
    }
}
