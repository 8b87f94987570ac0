namespace NewsNlp.Text;

/// <summary>Finds tokens by character offset.</summary>
internal static class TokenIndex
{
    /// <summary>The index of the token holding <paramref name="offset"/>, or -1 (binary search).</summary>
    public static int At(Token[] tokens, int offset)
    {
        int lo = 0;
        int hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
