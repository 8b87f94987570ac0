namespace NewsNlp.Text;

/// <summary>The one binary search of the library: the first item whose key is not below a value.</summary>
internal static class LowerBound
{
    /// <summary>
    /// The index of the first item of <paramref name="items"/> (sorted by <paramref name="key"/>)
    /// whose key is at least <paramref name="value"/>; <c>items.Length</c> when there is none.
    /// Pass a static lambda so no delegate is allocated per call.
    /// </summary>
    public static int Of<T>(ReadOnlySpan<T> items, int value, Func<T, int> key)
    {
        int lo = 0;
        int hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
