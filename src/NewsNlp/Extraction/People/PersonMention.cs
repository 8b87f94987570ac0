namespace NewsNlp.Extraction.People;

/// <summary>A name in the text as a range of tokens, honorifics and titles already trimmed off.</summary>
/// <param name="StartToken">Index of the first name token.</param>
/// <param name="EndToken">Index one past the last name token.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Trusted">False for names found in headlines and capitals, which may only join people found elsewhere.</param>
internal readonly record struct PersonMention(int StartToken, int EndToken, int Sentence, bool Trusted)
{
    /// <summary>Number of tokens.</summary>
    public int Length => EndToken - StartToken;
}
