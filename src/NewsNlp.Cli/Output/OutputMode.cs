namespace NewsNlp.Cli.Output;

/// <summary>What to do when the output (a file, the table files of a folder, the tables of a database) already exists.</summary>
internal enum OutputMode
{
    /// <summary>Refuse to run and change nothing (the default).</summary>
    Refuse,

    /// <summary>Replace the output (for a database or a folder: only the tool's own tables, others are kept).</summary>
    Overwrite,

    /// <summary>Add the new records after the existing ones.</summary>
    Append,
}
