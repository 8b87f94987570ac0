using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Cli.Output;

/// <summary>Writes one RFC 4180 CSV file per table (UTF-8, no BOM, LF line ends, lists as JSON arrays) into a folder.</summary>
internal sealed class CsvTablesSink : TableSink
{
    private readonly AtomicFile?[] files;
    private readonly StreamWriter?[] writers;
    private readonly StringBuilder line = new();
    private bool completed;

    /// <summary>
    /// Creates <paramref name="folder"/> (not its parents) and a file per table, each under a temporary name until
    /// <see cref="Complete"/>. Existing table files are refused, replaced or appended to (after a header check) by <paramref name="mode"/>.
    /// </summary>
    public CsvTablesSink(string folder, OutputMode mode = OutputMode.Refuse)
    {
        OutputPaths.PrepareFolder(folder, RecordTables.All.Select(t => t.Name + ".csv"), mode);
        files = new AtomicFile?[RecordTables.All.Count];
        writers = new StreamWriter?[RecordTables.All.Count];
        try
        {
            OpenAll(folder, mode);
        }
        catch
        {
            Dispose(true);
            throw;
        }
    }

    private void OpenAll(string folder, OutputMode mode)
    {
        for (int t = 0; t < writers.Length; t++)
        {
            Table table = RecordTables.All[t];
            string path = Path.Combine(folder, table.Name + ".csv");
            string header = string.Join(',', table.Columns.Select(c => c.Name));
            if (mode == OutputMode.Append && File.Exists(path) && ReadHeader(path) is { } existing && existing != header)
            {
                throw CliException.Usage($"cannot append to {path}: its columns differ from this version's ({table.Name}); add --overwrite to replace it");
            }

            files[t] = AtomicFile.Open(path, mode);
            writers[t] = new StreamWriter(files[t]!.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            if (!files[t]!.Appending || files[t]!.Stream.Length == 0)
            {
                writers[t]!.WriteLine(header);
            }
        }
    }

    /// <summary>Quotes a field when it holds a comma, quote or line break.</summary>
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The CSV text of one value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => Escape(s),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string[] list => Escape(JsonSerializer.Serialize(list, ListJsonContext.Default.StringArray)),
        int[] list => Escape(JsonSerializer.Serialize(list, ListJsonContext.Default.Int32Array)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Escape(value.ToString() ?? ""),
    };

    /// <inheritdoc/>
    public override void Complete()
    {
        foreach (StreamWriter? writer in writers)
        {
            writer!.Dispose();
        }

        foreach (AtomicFile? file in files)
        {
            file!.Commit();
        }

        completed = true;
    }

    /// <inheritdoc/>
    protected override void WriteRow(int table, object?[] row)
    {
        line.Clear();
        for (int i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Format(row[i]));
        }

        writers[table]!.WriteLine(line);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (completed)
        {
            return;
        }

        foreach (StreamWriter? writer in writers)
        {
            try
            {
                writer?.Dispose();
            }
            catch (IOException)
            {
                // Closing flushes; after a full disk that fails again, and the temporary file is discarded anyway.
            }
        }

        foreach (AtomicFile? file in files)
        {
            file?.Dispose();
        }
    }

    private static string? ReadHeader(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine();
    }
}
