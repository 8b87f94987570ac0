using System.Runtime.CompilerServices;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// 64-bit FNV-1a hashing over characters, case-folded on the fly, so that features are computed
/// from spans without building strings.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="chars"/> as written.</summary>
    public static ulong Raw(ReadOnlySpan<char> chars)
    {
        ulong h = Offset;
        foreach (char c in chars)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>The hash of the empty string, where <see cref="LowerStep"/> starts.</summary>
    public const ulong Empty = Offset;

    /// <summary>The hash of <paramref name="chars"/> lower-cased, with every digit read as 0.</summary>
    public static ulong Lower(ReadOnlySpan<char> chars)
    {
        ulong h = Offset;
        foreach (char c in chars)
        {
            h = LowerStep(h, c);
        }

        return h;
    }

    /// <summary>
    /// Extends <paramref name="hash"/>, the <see cref="Lower"/> hash of some characters, by one more:
    /// the hashes of a word's prefixes come one step each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LowerStep(ulong hash, char c) => (hash ^ Fold(c)) * Prime;

    /// <summary>
    /// The hash of the word's shape: upper case X, lower case x, digit d, other characters as
    /// themselves, runs collapsed ("Amir-Abdollahian" → "Xx-Xx", "U.S." → "X.X.").
    /// </summary>
    public static ulong Shape(ReadOnlySpan<char> chars)
    {
        ulong h = Offset;
        char last = '\0';
        foreach (char c in chars)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (k != last)
            {
                h = (h ^ k) * Prime;
                last = k;
            }
        }

        return h;
    }

    /// <summary>True when <paramref name="chars"/> holds an ASCII lower-case letter (a plain loop: no allocation even unoptimized).</summary>
    public static bool HasLowerAscii(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            if (c is >= 'a' and <= 'z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds one character: ASCII fast path, invariant lower case otherwise, digits to 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c is >= '0' and <= '9' ? '0' : c;
        }

        return c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
    }

    /// <summary>Mixes a template id with a value hash (SplitMix64 finalizer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong template, ulong value)
    {
        ulong z = value ^ (template * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Combines two value hashes into one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pair(ulong a, ulong b) => Mix(a, b + 0x632BE59BD9B4E019UL);
}
