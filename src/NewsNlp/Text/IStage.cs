namespace NewsNlp.Text;

/// <summary>
/// One step of the extraction pipeline: reads the layers of earlier stages from the document and
/// adds its own. Stages are stateless and thread-safe; the order lives in
/// <c>Pipeline/ExtractionPipeline</c>.
/// </summary>
internal interface IStage
{
    /// <summary>Adds this stage's layer to <paramref name="document"/>.</summary>
    void Run(Document document);
}
