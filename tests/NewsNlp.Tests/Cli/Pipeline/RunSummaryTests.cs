using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Tests.Cli.Pipeline;

public sealed class RunSummaryTests
{
    [Fact]
    public void FormatRuntime_UnderTheJit_CountsJitCompiledMethods()
    {
        // The tests run on the JIT; the Native AOT executable says it has none instead (tests/aot/check.sh checks that).
        string line = RunSummary.FormatRuntime();

        line.Should().MatchRegex(@"^  runtime: \d+ methods JIT-compiled in \d+ ms; GCs gen0/1/2 \d+/\d+/\d+; CPU \d+\.\d\d s\n$");
    }
}
