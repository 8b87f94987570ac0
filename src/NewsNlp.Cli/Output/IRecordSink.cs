using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>
/// Where results go. <see cref="Prepare"/> runs on worker threads (pure, thread-safe); <see cref="Write"/> runs on one
/// thread in input order. Nothing is visible under the output's name until <see cref="Complete"/>; disposing a sink
/// that was not completed discards what it wrote and leaves an existing output as it was.
/// </summary>
internal interface IRecordSink : IDisposable
{
    /// <summary>Does the expensive, order-free part of writing (serializing, flattening) and stores it in <see cref="ProcessedArticle.Prepared"/>.</summary>
    void Prepare(ProcessedArticle article);

    /// <summary>Writes one prepared outcome.</summary>
    void Write(ProcessedArticle article);

    /// <summary>Called when the writer has nothing to write and is about to wait: a streaming sink flushes here, so each line in gives a line out without delay.</summary>
    void Idle()
    {
    }

    /// <summary>Flushes and commits the output (renames it into place, commits the transaction).</summary>
    void Complete();
}
