namespace NewsNlp.Cli.Input;

/// <summary>How an input file is laid out.</summary>
internal enum InputFormat
{
    /// <summary>Decide from the file name (<c>.jsonl</c>, <c>.csv</c>, <c>.txt</c>, each optionally <c>.gz</c>); standard input is JSON Lines.</summary>
    Auto,

    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,

    /// <summary>A plain-text article; the first line is the headline.</summary>
    Text,
}
