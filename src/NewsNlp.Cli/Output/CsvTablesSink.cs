using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Cli.Output;

/// <summary>Writes one RFC 4180 CSV file per table (UTF-8, no BOM, LF line ends, lists as JSON arrays) into a folder.</summary>
internal sealed class CsvTablesSink : TableSink
{
    private readonly StreamWriter[] writers;
    private readonly StringBuilder line = new();

    /// <summary>Creates <paramref name="folder"/> and a file per table with its header.</summary>
    public CsvTablesSink(string folder)
    {
        Directory.CreateDirectory(folder);
        writers = new StreamWriter[RecordTables.All.Count];
        for (int t = 0; t < writers.Length; t++)
        {
            Table table = RecordTables.All[t];
            writers[t] = new StreamWriter(Path.Combine(folder, table.Name + ".csv"), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            writers[t].WriteLine(string.Join(',', table.Columns.Select(c => c.Name)));
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
        foreach (StreamWriter writer in writers)
        {
            writer.Flush();
        }
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

        writers[table].WriteLine(line);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        foreach (StreamWriter writer in writers)
        {
            writer.Dispose();
        }
    }
}
