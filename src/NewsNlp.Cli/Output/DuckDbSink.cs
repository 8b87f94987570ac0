using DuckDB.NET.Data;

namespace NewsNlp.Cli.Output;

/// <summary>Writes all tables into one DuckDB database file with typed columns (lists as <c>VARCHAR[]</c>/<c>INTEGER[]</c>), through DuckDB appenders.</summary>
internal sealed class DuckDbSink : TableSink
{
    private readonly DuckDBConnection connection;
    private readonly DuckDBAppender[] appenders;

    /// <summary>Creates (or replaces) the database at <paramref name="path"/> and its tables.</summary>
    public DuckDbSink(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
        connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        appenders = new DuckDBAppender[RecordTables.All.Count];
        for (int t = 0; t < appenders.Length; t++)
        {
            Table table = RecordTables.All[t];
            using (DuckDBCommand command = connection.CreateCommand())
            {
                command.CommandText = CreateTableSql(table);
                command.ExecuteNonQuery();
            }

            appenders[t] = connection.CreateAppender(table.Name);
        }
    }

    /// <summary>The <c>CREATE TABLE</c> statement for <paramref name="table"/>.</summary>
    public static string CreateTableSql(Table table) =>
        $"CREATE TABLE {table.Name} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {SqlType(c.Type)}"))})";

    /// <inheritdoc/>
    public override void Complete()
    {
        foreach (DuckDBAppender appender in appenders)
        {
            appender.Close();
        }
    }

    /// <inheritdoc/>
    protected override void WriteRow(int table, object?[] row)
    {
        IDuckDBAppenderRow appenderRow = appenders[table].CreateRow();
        Table shape = RecordTables.All[table];
        for (int c = 0; c < row.Length; c++)
        {
            object? value = row[c];
            if (value is null)
            {
                appenderRow.AppendNullValue();
                continue;
            }

            switch (shape.Columns[c].Type)
            {
                case ColumnType.String:
                    appenderRow.AppendValue((string)value);
                    break;
                case ColumnType.Int:
                    appenderRow.AppendValue((int?)value);
                    break;
                case ColumnType.Double:
                    appenderRow.AppendValue((double?)value);
                    break;
                case ColumnType.Bool:
                    appenderRow.AppendValue((bool?)value);
                    break;
                case ColumnType.Date:
                    appenderRow.AppendValue((DateOnly?)value);
                    break;
                case ColumnType.StringList:
                    appenderRow.AppendValue((IEnumerable<string>)value);
                    break;
                case ColumnType.IntList:
                    appenderRow.AppendValue((IEnumerable<int>)value);
                    break;
            }
        }

        appenderRow.EndRow();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        foreach (DuckDBAppender appender in appenders)
        {
            appender?.Dispose();
        }

        connection.Dispose();
    }

    private static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Int => "INTEGER",
        ColumnType.Double => "DOUBLE",
        ColumnType.Bool => "BOOLEAN",
        ColumnType.Date => "DATE",
        ColumnType.StringList => "VARCHAR[]",
        ColumnType.IntList => "INTEGER[]",
        _ => "VARCHAR",
    };
}
