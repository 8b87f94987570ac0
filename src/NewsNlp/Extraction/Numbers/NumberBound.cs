namespace NewsNlp.Extraction.Numbers;

/// <summary>How a modifier before a number bounds it.</summary>
internal enum NumberBound : byte
{
    /// <summary>No modifier, or "a total of": the number is exact.</summary>
    Exact,
    /// <summary>"at least", "more than", "over", "exceeded": a lower bound.</summary>
    AtLeast,
    /// <summary>"up to", "as many as", "at most": an upper bound.</summary>
    AtMost,
    /// <summary>"about", "some", "an estimated": a hedge.</summary>
    About,

    /// <summary>"nearly", "almost": a hedged upper bound ("nearly 400" is at most 400).</summary>
    Nearly,
    /// <summary>"between": the start of a range "between 10 and 15".</summary>
    Between,
}
