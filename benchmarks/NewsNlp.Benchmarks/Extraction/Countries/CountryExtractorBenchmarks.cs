using NewsNlp.Extraction.Countries;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Countries;

/// <summary>Country spotting over the shared corpus (<see cref="StageBenchmark"/>).</summary>
public class CountryExtractorBenchmarks : StageBenchmark
{
    private readonly CountryExtractor extractor = new();

    /// <inheritdoc/>
    private protected override int Run(Document document) => extractor.Extract(document).Countries.Length;
}
