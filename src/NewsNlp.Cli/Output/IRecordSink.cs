using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>Where results go. <see cref="Prepare"/> runs on worker threads (pure, thread-safe); <see cref="Write"/> runs on one thread in input order.</summary>
internal interface IRecordSink : IDisposable
{
    /// <summary>Does the expensive, order-free part of writing (serializing, flattening) and stores it in <see cref="ProcessedArticle.Prepared"/>.</summary>
    void Prepare(ProcessedArticle article);

    /// <summary>Writes one prepared outcome.</summary>
    void Write(ProcessedArticle article);

    /// <summary>Flushes and closes the output.</summary>
    void Complete();
}
