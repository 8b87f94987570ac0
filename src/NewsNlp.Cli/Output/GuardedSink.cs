using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>Wraps a sink so that any failure to write (a full disk, a lost permission, a database error) becomes one line naming the output and the cause, exit 3.</summary>
internal sealed class GuardedSink : IRecordSink
{
    private readonly IRecordSink inner;
    private readonly string output;

    /// <summary>Guards <paramref name="inner"/>, which writes to <paramref name="output"/> (as the user typed it).</summary>
    public GuardedSink(IRecordSink inner, string output)
    {
        this.inner = inner;
        this.output = output;
    }

    /// <summary>Opens a sink through <paramref name="open"/>, turning a failure to open into a <see cref="CliException"/>.</summary>
    public static IRecordSink Open(Func<IRecordSink> open, string output) => new GuardedSink(Guard(open, output), output);

    /// <inheritdoc/>
    public void Prepare(ProcessedArticle article) => inner.Prepare(article);

    /// <inheritdoc/>
    public void Write(ProcessedArticle article) => Guard(() => inner.Write(article), output);

    /// <inheritdoc/>
    public void Idle() => Guard(inner.Idle, output);

    /// <inheritdoc/>
    public void Complete() => Guard(inner.Complete, output);

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();

    private static void Guard(Action action, string output) => Guard<bool>(() => { action(); return true; }, output);

    private static T Guard<T>(Func<T> action, string output)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is not CliException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw CliException.InputOutput($"cannot write {output}: {CliException.CauseOf(e)}", e);
        }
    }
}
