using System.Globalization;

namespace NewsNlp.Cli.Output;

/// <summary>
/// An output file written under a temporary name in the same folder and renamed over the target only by
/// <see cref="Commit"/>; disposing without a commit deletes the temporary file. An interrupted or failed run
/// (Ctrl-C, a kill, a full disk) therefore never leaves a half-written file under the target's name, and an
/// existing target stays as it was. With <see cref="OutputMode.Append"/> the existing file is copied first.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private bool committed;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        Target = target;
        TemporaryPath = temporary;
        Stream = stream;
    }

    /// <summary>The file that <see cref="Commit"/> creates or replaces.</summary>
    public string Target { get; }

    /// <summary>The hidden file written until the commit.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write (positioned at the end of the copied content when appending).</summary>
    public FileStream Stream { get; }

    /// <summary>True when the target existed and its content was copied for appending.</summary>
    public bool Appending { get; private init; }

    /// <summary>The temporary name for <paramref name="target"/>: hidden, in the same folder (so the rename stays on one file system), with the process id.</summary>
    public static string TemporaryPathFor(string target)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.newsnlp-{Environment.ProcessId}.tmp"));
    }

    /// <summary>Opens a temporary file for <paramref name="target"/>; with <see cref="OutputMode.Append"/> it starts as a copy of the target.</summary>
    public static AtomicFile Open(string target, OutputMode mode, bool readable = false)
    {
        string temporary = TemporaryPathFor(target);
        bool append = mode == OutputMode.Append && File.Exists(target);
        if (append)
        {
            File.Copy(target, temporary, overwrite: true);
        }

        var stream = new FileStream(temporary, append ? FileMode.Open : FileMode.Create, readable ? FileAccess.ReadWrite : FileAccess.Write, FileShare.None, 1 << 16);
        if (append && !readable)
        {
            stream.Seek(0, SeekOrigin.End);
        }

        return new AtomicFile(target, temporary, stream) { Appending = append };
    }

    /// <summary>Flushes to disk and renames the temporary file over the target.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(TemporaryPath, Target, overwrite: true);
        committed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Closing flushes the buffer; after a full disk that fails again, and the file is discarded anyway.
        }

        DeleteQuietly(TemporaryPath);
    }

    /// <summary>Deletes <paramref name="path"/> if it exists, ignoring errors (cleanup after a failure must not hide the failure).</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original error is the one to report.
        }
    }
}
