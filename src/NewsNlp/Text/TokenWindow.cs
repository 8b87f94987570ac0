namespace NewsNlp.Text;

/// <summary>
/// A window of tokens around a position, clamped to a sentence. Stages declare their windows as
/// named static fields (<c>static readonly TokenWindow TitleReach = new(4, 0); // why 4</c>)
/// instead of inline numbers, so every width has a name and a reason.
/// </summary>
/// <param name="Before">Tokens before the position.</param>
/// <param name="After">Tokens after the position.</param>
internal readonly record struct TokenWindow(int Before, int After)
{
    /// <summary>The first token of the window around <paramref name="index"/> inside <paramref name="sentence"/>.</summary>
    public int StartAt(int index, in Sentence sentence) => Math.Max(sentence.FirstToken, index - Before);

    /// <summary>The exclusive end token of the window around <paramref name="index"/> inside <paramref name="sentence"/>.</summary>
    public int EndAt(int index, in Sentence sentence) => Math.Min(sentence.EndToken, index + After + 1);

    /// <summary>True when token <paramref name="other"/> lies in the window around <paramref name="index"/>, ignoring sentences.</summary>
    public bool Contains(int index, int other) => other >= index - Before && other <= index + After;
}
