using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Casualties;

/// <summary>Casualty extraction over the shared corpus (<see cref="StageBenchmark"/>).</summary>
public class CasualtyExtractorBenchmarks : StageBenchmark
{
    private readonly CasualtyExtractor extractor = new();

    /// <inheritdoc/>
    private protected override int Run(Document document) => extractor.Extract(document).Length;
}
