using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>A sink that writes the rows of <see cref="RecordTables"/>; subclasses store them (CSV, Parquet, DuckDB).</summary>
internal abstract class TableSink : IRecordSink
{
    /// <inheritdoc/>
    public void Prepare(ProcessedArticle article) => article.Prepared = RecordTables.Flatten(article);

    /// <inheritdoc/>
    public void Write(ProcessedArticle article)
    {
        var rows = (List<object?[]>[])article.Prepared!;
        for (int t = 0; t < rows.Length; t++)
        {
            foreach (object?[] row in rows[t])
            {
                WriteRow(t, row);
            }
        }
    }

    /// <inheritdoc/>
    public abstract void Complete();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes one row of table number <paramref name="table"/> of <see cref="RecordTables.All"/>.</summary>
    protected abstract void WriteRow(int table, object?[] row);

    /// <summary>Releases files and connections.</summary>
    protected abstract void Dispose(bool disposing);
}
