namespace NewsNlp.Cli.Output;

/// <summary>A named, typed table column.</summary>
/// <param name="Name">The column name (snake_case).</param>
/// <param name="Type">The value type.</param>
internal sealed record Column(string Name, ColumnType Type);
