using Parquet;
using Parquet.Schema;

namespace NewsNlp.Cli.Output;

/// <summary>Writes one Parquet file per table into a folder (Parquet.Net), a row group every <see cref="RowGroupSize"/> rows so memory stays bounded; lists are Parquet LIST columns.</summary>
internal sealed class ParquetTablesSink : TableSink
{
    /// <summary>Rows buffered per table before a row group is written.</summary>
    public const int RowGroupSize = 50_000;

    private readonly AtomicFile?[] files;
    private readonly ParquetWriter[] writers;
    private readonly DataField[][] leaves;
    private readonly List<object?[]>[] buffers;

    /// <summary>
    /// Creates <paramref name="folder"/> (not its parents) and a file per table, each under a temporary name until
    /// <see cref="Complete"/>. Existing table files are refused, replaced or appended to (new row groups) by <paramref name="mode"/>.
    /// </summary>
    public ParquetTablesSink(string folder, OutputMode mode = OutputMode.Refuse)
    {
        OutputPaths.PrepareFolder(folder, RecordTables.All.Select(t => t.Name + ".parquet"), mode);
        int count = RecordTables.All.Count;
        files = new AtomicFile?[count];
        writers = new ParquetWriter[count];
        leaves = new DataField[count][];
        buffers = new List<object?[]>[count];
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true };
        for (int t = 0; t < count; t++)
        {
            Table table = RecordTables.All[t];
            var fields = new List<Field>();
            leaves[t] = new DataField[table.Columns.Count];
            for (int c = 0; c < table.Columns.Count; c++)
            {
                (Field field, DataField leaf) = FieldOf(table.Columns[c]);
                fields.Add(field);
                leaves[t][c] = leaf;
            }

            try
            {
                AtomicFile file = files[t] = AtomicFile.Open(Path.Combine(folder, table.Name + ".parquet"), mode, readable: true);
                writers[t] = ParquetWriter.CreateAsync(new ParquetSchema(fields), file.Stream, options, append: file.Appending).GetAwaiter().GetResult();
            }
            catch
            {
                Dispose(true);
                throw;
            }

            buffers[t] = [];
        }
    }

    /// <inheritdoc/>
    public override void Complete()
    {
        for (int t = 0; t < buffers.Length; t++)
        {
            Flush(t);
            writers[t].DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        foreach (AtomicFile? file in files)
        {
            file!.Commit();
        }
    }

    /// <inheritdoc/>
    protected override void WriteRow(int table, object?[] row)
    {
        buffers[table].Add(row);
        if (buffers[table].Count >= RowGroupSize)
        {
            Flush(table);
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        foreach (AtomicFile? file in files)
        {
            file?.Dispose();
        }
    }

    private static (Field Field, DataField Leaf) FieldOf(Column column)
    {
        switch (column.Type)
        {
            case ColumnType.StringList:
                var s = new DataField<string>("element", true);
                return (new ListField(column.Name, s), s);
            case ColumnType.IntList:
                var i = new DataField<int?>("element");
                return (new ListField(column.Name, i), i);
            default:
                DataField field = column.Type switch
                {
                    ColumnType.Int => new DataField<int?>(column.Name),
                    ColumnType.Double => new DataField<double>(column.Name),
                    ColumnType.Bool => new DataField<bool>(column.Name),
                    ColumnType.Date => new DataField<DateOnly?>(column.Name),
                    _ => new DataField<string>(column.Name, true),
                };
                return (field, field);
        }
    }

    private void Flush(int t)
    {
        List<object?[]> rows = buffers[t];
        if (rows.Count == 0)
        {
            return;
        }

        Table table = RecordTables.All[t];
        using (ParquetRowGroupWriter group = writers[t].CreateRowGroup())
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                DataField leaf = leaves[t][c];
                switch (table.Columns[c].Type)
                {
                    case ColumnType.String:
                        group.WriteAsync(leaf, rows.Select(r => (string?)r[c]).ToArray()!, null).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Int:
                        group.WriteAsync<int>(leaf, rows.Select(r => (int?)r[c]).ToArray().AsMemory(), null).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Double:
                        group.WriteAsync<double>(leaf, rows.Select(r => r[c] is double d ? d : 0).ToArray().AsMemory(), null).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Bool:
                        group.WriteAsync<bool>(leaf, rows.Select(r => r[c] is true).ToArray().AsMemory(), null).GetAwaiter().GetResult();
                        break;
                    case ColumnType.Date:
                        group.WriteAsync<DateOnly>(leaf, rows.Select(r => (DateOnly?)r[c]).ToArray().AsMemory(), null).GetAwaiter().GetResult();
                        break;
                    case ColumnType.StringList:
                        var (strings, stringDefinitions, stringRepetitions) = FlattenLists(rows, c, static (string[] v) => v);
                        group.WriteAllPartsAsync<ReadOnlyMemory<char>>(leaf, strings.Select(x => x.AsMemory()).ToArray(), stringDefinitions, stringRepetitions, CancellationToken.None).GetAwaiter().GetResult();
                        break;
                    case ColumnType.IntList:
                        var (ints, intDefinitions, intRepetitions) = FlattenLists(rows, c, static (int[] v) => v);
                        group.WriteAllPartsAsync<int>(leaf, ints, intDefinitions, intRepetitions, CancellationToken.None).GetAwaiter().GetResult();
                        break;
                }
            }
        }

        rows.Clear();
    }

    // Parquet's Dremel levels for an optional list of optional elements: repetition 0 starts a row, 1 continues
    // its list; definition 1 is an empty list, 3 a present element (the lists here are never null).
    private static (TValue[] Values, int[] Definitions, int[] Repetitions) FlattenLists<TList, TValue>(List<object?[]> rows, int column, Func<TList, TValue[]> items)
    {
        var values = new List<TValue>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (object?[] row in rows)
        {
            TValue[] list = row[column] is TList l ? items(l) : [];
            if (list.Length == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }

            for (int i = 0; i < list.Length; i++)
            {
                values.Add(list[i]);
                definitions.Add(3);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        return (values.ToArray(), definitions.ToArray(), repetitions.ToArray());
    }
}
