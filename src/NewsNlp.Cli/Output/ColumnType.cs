namespace NewsNlp.Cli.Output;

/// <summary>The value type of a table column.</summary>
internal enum ColumnType
{
    /// <summary>Text, nullable.</summary>
    String,

    /// <summary>32-bit integer, nullable.</summary>
    Int,

    /// <summary>Double.</summary>
    Double,

    /// <summary>Boolean.</summary>
    Bool,

    /// <summary>Calendar date, nullable.</summary>
    Date,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A list of integers.</summary>
    IntList,
}
