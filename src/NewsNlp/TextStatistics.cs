using NewsNlp.Text;

namespace NewsNlp;

/// <summary>
/// Counts over a text in the units NewsNlp itself works in, so tools can report throughput
/// (tokens per second) with the library's own definition of a token.
/// </summary>
public static class TextStatistics
{
    /// <summary>The number of tokens NewsNlp's tokenizer finds in <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The token count; 0 for an empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenizer.Tokenize(text, new TokenBuffer(Math.Max(16, text.Length / 4)));
    }
}
