using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Pipeline;

/// <summary>Turns one input item into a record or an error; never throws for a bad item.</summary>
internal sealed class ArticleProcessor
{
    private readonly NewsExtractor extractor;

    /// <summary>Uses an extractor that refuses texts over <paramref name="maxChars"/> characters.</summary>
    public ArticleProcessor(int maxChars) =>
        extractor = NewsExtractor.Create(new NewsExtractorOptions { MaxTextLength = maxChars });

    /// <summary>Extracts <paramref name="input"/>.</summary>
    public ProcessedArticle Process(InputArticle input)
    {
        if (input.Text is null)
        {
            return new ProcessedArticle(input, null, input.Error ?? CliMessages.MissingText);
        }

        try
        {
            var record = extractor.Extract(input.Text, new ArticleContext { Id = input.Id, Title = input.Title, Published = input.Published });
            return new ProcessedArticle(input, record, null);
        }
        catch (ArticleTooLongException e)
        {
            return new ProcessedArticle(input, null, CliMessages.TooLarge(e.Length, e.Limit));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in one extractor must not end a batch of a million articles: report it as this item's error.
            return new ProcessedArticle(input, null, CliMessages.ExtractionFailed(e.GetType().Name + ": " + e.Message));
        }
    }
}
