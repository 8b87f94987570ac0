namespace NewsNlp.Text;

/// <summary>The role a sentence plays in the article.</summary>
internal enum SentenceKind : byte
{
    /// <summary>Ordinary running text.</summary>
    Prose,
    /// <summary>The article's first line when it has no final punctuation.</summary>
    Headline,
    /// <summary>A short line without final punctuation inside the body ("Calmed rhetoric").</summary>
    Heading,
    /// <summary>A repeated headline, an "Also read:" link line, or similar debris.</summary>
    Boilerplate,
}
