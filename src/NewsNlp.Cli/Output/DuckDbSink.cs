using DuckDB.NET.Data;

namespace NewsNlp.Cli.Output;

/// <summary>
/// Writes all tables into one DuckDB database file with typed columns (lists as <c>VARCHAR[]</c>/<c>INTEGER[]</c>),
/// through DuckDB appenders, in one transaction. A new database is built under a temporary name and renamed into
/// place on success. In an existing database only the tool's own tables are touched: their presence is refused,
/// or they are replaced (<see cref="OutputMode.Overwrite"/>) or appended to (<see cref="OutputMode.Append"/>);
/// every other table is kept, and a failed or interrupted run rolls back, leaving the database as it was.
/// </summary>
internal sealed class DuckDbSink : TableSink
{
    private readonly DuckDBConnection connection;
    private readonly DuckDBTransaction? transaction;
    private readonly DuckDBAppender?[] appenders;
    private readonly string path;
    private readonly string? temporaryPath;
    private bool committed;

    /// <summary>Opens (or creates) the database at <paramref name="path"/> and prepares its tables according to <paramref name="mode"/>.</summary>
    public DuckDbSink(string path, OutputMode mode = OutputMode.Refuse)
    {
        OutputPaths.CheckFile(path, OutputMode.Overwrite, canAppend: true);
        this.path = path;
        if (!File.Exists(path))
        {
            temporaryPath = AtomicFile.TemporaryPathFor(path);
            AtomicFile.DeleteQuietly(temporaryPath);
            AtomicFile.DeleteQuietly(temporaryPath + ".wal");
        }

        connection = new DuckDBConnection("Data Source=" + (temporaryPath ?? path));
        appenders = new DuckDBAppender?[RecordTables.All.Count];
        try
        {
            connection.Open();
            string[] present = RecordTables.All.Select(t => t.Name).Where(TableExists).ToArray();
            if (present.Length > 0 && mode == OutputMode.Refuse)
            {
                throw CliException.Usage($"{path} already has the tables {string.Join(", ", present)}; add --overwrite to replace those tables (other tables are kept) or --append to add to them");
            }

            transaction = connection.BeginTransaction();
            foreach (Table table in RecordTables.All)
            {
                PrepareTable(table, present.Contains(table.Name), mode);
            }

            for (int t = 0; t < appenders.Length; t++)
            {
                appenders[t] = connection.CreateAppender(RecordTables.All[t].Name);
            }
        }
        catch
        {
            Dispose(true);
            throw;
        }
    }

    /// <summary>The <c>CREATE TABLE</c> statement for <paramref name="table"/>.</summary>
    public static string CreateTableSql(Table table) =>
        $"CREATE TABLE {table.Name} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {SqlType(c.Type)}"))})";

    /// <inheritdoc/>
    public override void Complete()
    {
        foreach (DuckDBAppender? appender in appenders)
        {
            appender!.Close();
        }

        transaction!.Commit();
        committed = true;
        if (temporaryPath is not null)
        {
            // Closing checkpoints the database into one file, which can then be renamed into place.
            connection.Close();
            File.Move(temporaryPath, path);
        }
    }

    /// <inheritdoc/>
    protected override void WriteRow(int table, object?[] row)
    {
        IDuckDBAppenderRow appenderRow = appenders[table]!.CreateRow();
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
        // Disposing an appender flushes its rows into the open transaction; rolling that back afterwards
        // keeps every row of a failed or interrupted run out of the database.
        foreach (DuckDBAppender? appender in appenders)
        {
            DisposeQuietly(appender);
        }

        if (!committed)
        {
            transaction?.Dispose();
        }

        connection.Dispose();
        if (!committed && temporaryPath is not null)
        {
            AtomicFile.DeleteQuietly(temporaryPath);
            AtomicFile.DeleteQuietly(temporaryPath + ".wal");
        }
    }

    private static void DisposeQuietly(IDisposable? disposable)
    {
        try
        {
            disposable?.Dispose();
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException)
        {
            // Disposing an appender flushes it; after a failure that flush fails too and must not hide the first error.
        }
    }

    private bool TableExists(string name)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $name";
        command.Parameters.Add(new DuckDBParameter("name", name));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private void PrepareTable(Table table, bool exists, OutputMode mode)
    {
        if (exists && mode == OutputMode.Append)
        {
            using DuckDBCommand columns = connection.CreateCommand();
            columns.CommandText = "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'main' AND table_name = $name";
            columns.Parameters.Add(new DuckDBParameter("name", table.Name));
            if (columns.ExecuteScalar() as string != string.Join(',', table.Columns.Select(c => c.Name)))
            {
                throw CliException.Usage($"cannot append to table {table.Name} of {path}: its columns differ from this version's; add --overwrite to replace it");
            }

            return;
        }

        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = (exists ? $"DROP TABLE {table.Name}; " : "") + CreateTableSql(table);
        command.ExecuteNonQuery();
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
