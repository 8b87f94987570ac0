namespace NewsNlp.Text;

/// <summary>
/// A token: a slice of the caller's text, never a copy. <see cref="Start"/> and
/// <see cref="Length"/> index the original string in UTF-16 code units.
/// </summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters within <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
