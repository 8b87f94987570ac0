namespace NewsNlp.Cli;

/// <summary>
/// A problem the user can act on (bad usage, a missing folder, a full disk). The tool prints its message as one
/// line, <c>newsnlp: MESSAGE</c>, with no stack trace, and exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>A problem with a one-line <paramref name="message"/> (naming the path and the cause) and an exit code from <see cref="ExitCodes"/>.</summary>
    public CliException(int exitCode, string message, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>A usage problem (exit 2).</summary>
    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    /// <summary>A file-system problem (exit 3).</summary>
    public static CliException InputOutput(string message, Exception? inner = null) => new(ExitCodes.InputOutput, message, inner);

    /// <summary>The cause of a file-system exception in a few words, without the stack: the OS message.</summary>
    public static string CauseOf(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a folder on the path does not exist",
        _ => e.Message.ReplaceLineEndings(" ").Trim(),
    };
}
