namespace NewsNlp.Cli.Output;

/// <summary>The output formats of <c>newsnlp extract --format</c>.</summary>
internal enum OutputFormat
{
    /// <summary>JSON Lines: one record or error record per input item.</summary>
    JsonLines,

    /// <summary>A folder of CSV files, one per table.</summary>
    Csv,

    /// <summary>A folder of Parquet files, one per table.</summary>
    Parquet,

    /// <summary>One DuckDB database file with a table per table.</summary>
    DuckDb,
}
