using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Dates;

/// <summary>Date recognition and resolution over the shared corpus (<see cref="StageBenchmark"/>).</summary>
public class DateExtractorBenchmarks : StageBenchmark
{
    private readonly DateExtractor extractor = new();

    /// <inheritdoc/>
    private protected override int Run(Document document) => extractor.Extract(document).Length;
}
