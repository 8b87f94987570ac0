using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsNlp.Benchmarks.Corpus;

namespace NewsNlp.Benchmarks.Columns;

/// <summary>What a <see cref="ThroughputColumn"/> shows.</summary>
public enum ThroughputMeasure
{
    /// <summary>UTF-8 megabytes (10^6 bytes) of article text per second.</summary>
    MegabytesPerSecond,
    /// <summary>Tokens (as the tokenizer counts them) per second.</summary>
    TokensPerSecond,
    /// <summary>Allocated bytes per token (from the memory diagnoser).</summary>
    BytesPerToken,
}

/// <summary>
/// Throughput computed from the mean time of one invocation and the size of the corpus named by
/// the benchmark's <c>Corpus</c> parameter (see <see cref="BenchCorpus"/>). Benchmarks without
/// that parameter show "-".
/// </summary>
public sealed class ThroughputColumn(ThroughputMeasure measure) : IColumn
{
    /// <summary>The name of the benchmark parameter holding the corpus name.</summary>
    public const string CorpusParameter = "Corpus";

    /// <summary>MB/s.</summary>
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(ThroughputMeasure.MegabytesPerSecond);

    /// <summary>tokens/s.</summary>
    public static readonly IColumn TokensPerSecond = new ThroughputColumn(ThroughputMeasure.TokensPerSecond);

    /// <summary>B/token.</summary>
    public static readonly IColumn BytesPerToken = new ThroughputColumn(ThroughputMeasure.BytesPerToken);

    public string Id => nameof(ThroughputColumn) + "." + measure;

    public string ColumnName => measure switch
    {
        ThroughputMeasure.MegabytesPerSecond => "MB/s",
        ThroughputMeasure.TokensPerSecond => "tokens/s",
        _ => "B/token",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => measure switch
    {
        ThroughputMeasure.MegabytesPerSecond => "UTF-8 megabytes (10^6 bytes) of article text processed per second (corpus size / Mean)",
        ThroughputMeasure.TokensPerSecond => "Tokens processed per second (corpus token count / Mean)",
        _ => "Allocated bytes per token (Allocated / corpus token count)",
    };

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchCorpus? corpus = CorpusOf(benchmarkCase);
        BenchmarkReport? report = summary[benchmarkCase];
        if (corpus is null || report is null)
        {
            return "-";
        }

        if (measure == ThroughputMeasure.BytesPerToken)
        {
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null || corpus.Tokens == 0 ? "-" : ((double)allocated.Value / corpus.Tokens).ToString("0.##", CultureInfo.InvariantCulture);
        }

        double? meanNs = report.ResultStatistics?.Mean;
        if (meanNs is null or <= 0)
        {
            return "-";
        }

        double seconds = meanNs.Value / 1e9;
        return measure == ThroughputMeasure.MegabytesPerSecond
            ? (corpus.Utf8Bytes / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture)
            : (corpus.Tokens / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static BenchCorpus? CorpusOf(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name == CorpusParameter && parameter.Value is string name)
            {
                return BenchCorpus.Get(name);
            }
        }

        return null;
    }
}
