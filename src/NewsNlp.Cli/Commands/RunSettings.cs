using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Commands;

/// <summary>The settings shared by the commands that run extraction.</summary>
internal sealed record RunSettings
{
    /// <summary>How to read the input.</summary>
    public InputOptions Input { get; init; } = new();

    /// <summary>Worker threads.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The largest article, in characters.</summary>
    public int MaxChars { get; init; } = NewsExtractorOptions.DefaultMaxTextLength;

    /// <summary>Stop at the first error.</summary>
    public bool FailFast { get; init; }

    /// <summary>No progress bar and no summary.</summary>
    public bool Quiet { get; init; }

    /// <summary>Stack traces with errors, and the runtime's JIT and GC figures after the summary.</summary>
    public bool Verbose { get; init; }
}
