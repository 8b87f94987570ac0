namespace NewsNlp.Cli;

/// <summary>The exit codes of <c>newsnlp</c> (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Every input item gave a record.</summary>
    public const int Ok = 0;

    /// <summary>The run finished, but some input items gave error records.</summary>
    public const int ItemErrors = 1;

    /// <summary>Bad usage: an unknown option, a bad value, or an output that would be replaced without <c>--overwrite</c>.</summary>
    public const int Usage = 2;

    /// <summary>A file-system problem: a missing input or folder, no permission, a full disk, a file that is not what it should be.</summary>
    public const int InputOutput = 3;

    /// <summary>A bug in the tool: an unexpected exception (<c>--verbose</c> prints the stack trace).</summary>
    public const int Internal = 70;

    /// <summary>Interrupted by Ctrl-C or a termination signal (128 + SIGINT); the output was not written.</summary>
    public const int Interrupted = 130;
}
