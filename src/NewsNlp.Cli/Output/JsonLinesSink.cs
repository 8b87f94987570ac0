using System.Buffers;
using System.Text.Json;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>Writes one JSON object per line: the article record (with the input's extra fields appended), or <c>{"id","error","source"}</c>.</summary>
internal sealed class JsonLinesSink : IRecordSink
{
    private readonly Stream stream;
    private readonly bool ownsStream;
    private readonly AtomicFile? file;
    private readonly bool flushWhenIdle;

    /// <summary>Writes to <paramref name="stream"/>; with <paramref name="flushWhenIdle"/> the output is flushed whenever the writer waits for the next record (streaming).</summary>
    public JsonLinesSink(Stream stream, bool ownsStream, bool flushWhenIdle = false)
    {
        this.stream = stream;
        this.ownsStream = ownsStream;
        this.flushWhenIdle = flushWhenIdle;
    }

    private JsonLinesSink(AtomicFile file)
        : this(file.Stream, ownsStream: false) => this.file = file;

    /// <summary>
    /// Writes the file <paramref name="path"/> (under a temporary name until <see cref="Complete"/>). A path that is a
    /// stream rather than a file (<c>/dev/stdout</c>, <c>/dev/null</c>, a named pipe) is written directly, as it cannot be renamed over.
    /// </summary>
    public static JsonLinesSink ToFile(string path, OutputMode mode)
    {
        if (OpenIfStream(path) is { } stream)
        {
            return new JsonLinesSink(stream, ownsStream: true, flushWhenIdle: true);
        }

        OutputPaths.CheckFile(path, mode, canAppend: true);
        return new JsonLinesSink(AtomicFile.Open(path, mode));
    }

    // /dev/null seeks like a file, so devices are also told by where the path (after links) leads.
    private static bool IsDevice(string path)
    {
        string real = Path.GetFullPath(path);
        try
        {
            real = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? real;
        }
        catch (IOException)
        {
            // A link into /proc that leads to no file (a pipe or a socket): judged by the link's own path.
        }

        return real.StartsWith("/dev/", StringComparison.Ordinal) || real.StartsWith("/proc/", StringComparison.Ordinal);
    }

    // Regular files can seek; devices and pipes cannot, and hold no data that could be lost by writing to them.
    private static FileStream? OpenIfStream(string path)
    {
        if (!File.Exists(path) || Directory.Exists(path))
        {
            return null;
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            if (!stream.CanSeek || IsDevice(path))
            {
                return stream;
            }

            stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not writable in place: the checks that follow report it.
        }

        return null;
    }

    /// <summary>Writes to standard output, flushing whenever the writer waits, so a line in gives a line out at once.</summary>
    public static JsonLinesSink ToStandardOutput() => new(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), ownsStream: true, flushWhenIdle: true);

    /// <summary>Serializes one outcome to a JSON line (without the newline).</summary>
    public static byte[] Serialize(ProcessedArticle article)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = RecordJson.Options.Encoder, SkipValidation = true }))
        {
            if (article.Record is { } record)
            {
                RecordJson.Write(writer, record);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("id", article.Input.Id);
                writer.WriteString("error", article.Error);
                writer.WriteString("source", article.Input.Origin);
                writer.WriteEndObject();
            }
        }

        if (article.Record is null || article.Input.Extras.Count == 0)
        {
            return buffer.WrittenSpan.ToArray();
        }

        // Append the input's other fields before the closing brace: {"id":...,"events":[...],"url":"..."}.
        using var extra = new MemoryStream();
        extra.Write(buffer.WrittenSpan[..^1]);
        foreach (var (name, rawJson) in article.Input.Extras)
        {
            extra.WriteByte((byte)',');
            extra.Write(JsonSerializer.SerializeToUtf8Bytes(name, Input.CsvJsonContext.Default.String));
            extra.WriteByte((byte)':');
            extra.Write(System.Text.Encoding.UTF8.GetBytes(rawJson));
        }

        extra.WriteByte((byte)'}');
        return extra.ToArray();
    }

    /// <inheritdoc/>
    public void Prepare(ProcessedArticle article) => article.Prepared = Serialize(article);

    /// <inheritdoc/>
    public void Write(ProcessedArticle article)
    {
        stream.Write((byte[])article.Prepared!);
        stream.WriteByte((byte)'\n');
    }

    /// <inheritdoc/>
    public void Idle()
    {
        if (flushWhenIdle)
        {
            stream.Flush();
        }
    }

    /// <inheritdoc/>
    public void Complete()
    {
        stream.Flush();
        file?.Commit();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (ownsStream)
        {
            stream.Dispose();
        }

        file?.Dispose();
    }
}
