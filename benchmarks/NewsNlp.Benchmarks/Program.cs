BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new NewsNlp.Benchmarks.Columns.ThroughputConfig());
