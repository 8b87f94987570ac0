using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace NewsNlp.Benchmarks.Columns;

/// <summary>The suite's configuration: the defaults, the memory diagnoser and the throughput columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.TokensPerSecond, ThroughputColumn.BytesPerToken);
    }
}
