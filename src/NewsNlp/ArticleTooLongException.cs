namespace NewsNlp;

/// <summary>
/// Thrown by <see cref="NewsExtractor.Extract(string, ArticleContext?)"/> when a text is longer than
/// <see cref="NewsExtractorOptions.MaxTextLength"/>. No work is done on such a text.
/// </summary>
public sealed class ArticleTooLongException : Exception
{
    /// <summary>Creates the exception for a text of <paramref name="length"/> code units over <paramref name="limit"/>.</summary>
    /// <param name="length">The text's length in UTF-16 code units.</param>
    /// <param name="limit">The configured maximum.</param>
    public ArticleTooLongException(int length, int limit)
        : base(Messages.ArticleTooLong(length, limit))
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ArticleTooLongException()
        : base(Messages.ArticleTooLong(0, 0))
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public ArticleTooLongException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ArticleTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The text's length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The configured maximum.</summary>
    public int Limit { get; }
}
