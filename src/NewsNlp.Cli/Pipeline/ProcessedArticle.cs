using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Pipeline;

/// <summary>The outcome for one input item: a record, or an error message; plus the output the sink prepared for it off the writer thread.</summary>
/// <param name="Input">The item as read.</param>
/// <param name="Record">The extracted record, or null on error.</param>
/// <param name="Error">Why there is no record, or null.</param>
internal sealed record ProcessedArticle(InputArticle Input, ArticleRecord? Record, string? Error)
{
    /// <summary>What the sink prepared (serialized bytes, table rows), made on a worker thread.</summary>
    public object? Prepared { get; set; }
}
