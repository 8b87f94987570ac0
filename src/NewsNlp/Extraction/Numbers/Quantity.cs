namespace NewsNlp.Extraction.Numbers;

/// <summary>
/// A stated amount of things, read from a run of tokens: "eleven", "at least 20", "between 10 and 15",
/// "dozens". <see cref="Count"/> is null for vague amounts; bounds follow the gold guidelines
/// (exact: min = max = count; "at least 7": min 7; "up to 30": max 30; "about 30": neither, approximate).
/// </summary>
/// <param name="Count">The number, or null for vague amounts ("dozens", "several").</param>
/// <param name="Min">The lower bound, or null.</param>
/// <param name="Max">The upper bound, or null.</param>
/// <param name="Approximate">True for hedged ("about", "nearly") and vague amounts.</param>
/// <param name="FirstToken">Index of the first token, modifiers included.</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="LooksLikeYear">True for a bare four-digit number between 1800 and 2100 ("1983").</param>
internal readonly record struct Quantity(int? Count, int? Min, int? Max, bool Approximate, int FirstToken, int EndToken, bool LooksLikeYear)
{
    /// <summary>True when no number was stated ("dozens", "hundreds", "several").</summary>
    public bool IsVague => Count is null;
}
