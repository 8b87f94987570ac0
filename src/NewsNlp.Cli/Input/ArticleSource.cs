namespace NewsNlp.Cli.Input;

/// <summary>An input opened for reading: its items in a stable order, and how far reading has got (for the progress bar).</summary>
internal sealed class ArticleSource : IDisposable
{
    private readonly Func<long> position;
    private readonly IDisposable? owned;

    private ArticleSource(IEnumerable<InputArticle> items, long? total, Func<long> position, bool totalIsBytes, IDisposable? owned)
    {
        Items = items;
        Total = total;
        this.position = position;
        TotalIsBytes = totalIsBytes;
        this.owned = owned;
    }

    /// <summary>The items, read lazily.</summary>
    public IEnumerable<InputArticle> Items { get; }

    /// <summary>The size of the input in progress units (bytes of a file, or number of files), when known.</summary>
    public long? Total { get; }

    /// <summary>True when <see cref="Total"/> counts bytes, false when it counts files.</summary>
    public bool TotalIsBytes { get; }

    /// <summary>How many progress units have been read.</summary>
    public long Position => position();

    /// <summary>
    /// Opens <paramref name="input"/> like <see cref="Open"/>, but reports a missing input to
    /// <paramref name="log"/> (when given) and returns false instead of throwing.
    /// </summary>
    public static bool TryOpen(string input, InputOptions options, TextWriter? log, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArticleSource? source)
    {
        try
        {
            source = Open(input, options, log);
            return true;
        }
        catch (FileNotFoundException e)
        {
            log?.WriteLine(e.Message);
            source = null;
            return false;
        }
    }

    /// <summary>True when the input is a folder (its items are files).</summary>
    public bool IsFolder { get; private init; }

    /// <summary>Opens <paramref name="input"/>: a file, a folder, or <c>-</c> for standard input; warnings (text without a date, stdin that looks like text) go to <paramref name="log"/>.</summary>
    /// <exception cref="FileNotFoundException">The input does not exist.</exception>
    public static ArticleSource Open(string input, InputOptions options, TextWriter? log = null)
    {
        if (input == "-")
        {
            var reader = InputStreams.Reader(Console.OpenStandardInput());
            InputFormat stdinFormat = options.Format == InputFormat.Auto ? InputFormat.JsonLines : options.Format;
            WarnIfUndated(stdinFormat, options, log);
            Action? onText = log is null || options.Format != InputFormat.Auto ? null : () => log.WriteLine(CliMessages.StdinLooksLikeText);
            return new ArticleSource(ReadText(reader, "stdin", stdinFormat, options, onText), null, static () => 0, false, reader);
        }

        if (Directory.Exists(input))
        {
            WarnIfUndated(options.Format == InputFormat.Auto ? InputFormat.Text : options.Format, options, log);
            var glob = new Glob(options.Glob);
            string root = Path.GetFullPath(input);
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(glob.IsMatch)
                .Order(StringComparer.Ordinal)
                .Where((_, i) => options.Shard.Contains(i))
                .Select(f => Path.Combine(input, f))
                .ToArray();
            int done = 0;
            return new ArticleSource(ReadFiles(files, options, () => done++), files.Length, () => Volatile.Read(ref done), false, null) { IsFolder = true };
        }

        if (!File.Exists(input))
        {
            throw new FileNotFoundException(CliMessages.NoSuchInput(input), input);
        }

        InputFormat format = options.Format == InputFormat.Auto ? FormatOf(input) : options.Format;
        WarnIfUndated(format, options, log);
        if (format == InputFormat.Text)
        {
            int done = 0;
            return new ArticleSource(ReadFiles([input], options, () => done++), 1, () => Volatile.Read(ref done), false, null);
        }

        Stream stream = InputStreams.Open(input, out FileStream file);
        StreamReader textReader = InputStreams.Reader(stream);
        long length = file.Length;
        return new ArticleSource(ReadText(textReader, input, format, options), length, () => SafePosition(file), true, textReader);
    }

    /// <summary>The format a file name implies.</summary>
    public static InputFormat FormatOf(string path)
    {
        string name = InputStreams.WithoutGzip(path);
        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Csv;
        }

        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputFormat.Text : InputFormat.JsonLines;
    }

    /// <inheritdoc/>
    public void Dispose() => owned?.Dispose();

    private static void WarnIfUndated(InputFormat format, InputOptions options, TextWriter? log)
    {
        // A text file has no field for its date: without --published, every relative date and event date is null.
        if (format == InputFormat.Text && options.DefaultPublished is null)
        {
            log?.WriteLine(CliMessages.TextWithoutPublished);
        }
    }

    private static IEnumerable<InputArticle> ReadText(TextReader reader, string origin, InputFormat format, InputOptions options, Action? onPlainText = null) => format switch
    {
        InputFormat.Csv => CsvArticleReader.Read(reader, origin, options.DefaultPublished, options.Shard),
        InputFormat.Text => [ReadWholeText(reader, origin, options.DefaultPublished)],
        _ => JsonLinesReader.Read(reader, origin, options.DefaultPublished, options.Shard, options.MaxLineChars, onPlainText),
    };

    private static InputArticle ReadWholeText(TextReader reader, string origin, DateOnly? published)
    {
        string text = reader.ReadToEnd();
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        string title = (newline < 0 ? text : text[..newline]).Trim();
        return new InputArticle(origin, text, title.Length == 0 ? null : title, published, origin);
    }

    private static IEnumerable<InputArticle> ReadFiles(string[] files, InputOptions options, Action advance)
    {
        foreach (string file in files)
        {
            InputArticle article = TextFileReader.Read(file, options.DefaultPublished);
            advance();
            yield return article;
        }
    }

    private static long SafePosition(FileStream file)
    {
        try
        {
            return file.Position;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }
}
