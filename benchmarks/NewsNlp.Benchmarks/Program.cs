if (NewsNlp.Benchmarks.Allocations.AllocationCounter.TryRun(args, out int exitCode))
{
    return exitCode;
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new NewsNlp.Benchmarks.Columns.ThroughputConfig());
return 0;
