namespace NewsNlp.Extraction.Entities;

/// <summary>A named entity as a range of tokens.</summary>
/// <param name="StartToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="Type">The entity type.</param>
internal readonly record struct EntitySpan(int StartToken, int EndToken, EntityType Type)
{
    /// <summary>Number of tokens.</summary>
    public int Length => EndToken - StartToken;
}
