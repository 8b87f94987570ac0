namespace NewsNlp.Text;

/// <summary>
/// A sentence (or headline, heading or bullet line) as a range of characters and tokens.
/// </summary>
/// <param name="Start">Offset of the first character of the first token.</param>
/// <param name="End">Exclusive offset after the last token.</param>
/// <param name="FirstToken">Index of the first token in the document's token array.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Paragraph">Zero-based paragraph number (blank lines separate paragraphs).</param>
/// <param name="Kind">Whether it is prose, a headline, a heading or boilerplate.</param>
internal readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph, SentenceKind Kind)
{
    /// <summary>Index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>True for repeated headlines and link lines whose facts add nothing new.</summary>
    public bool IsBoilerplate => Kind == SentenceKind.Boilerplate;
}
