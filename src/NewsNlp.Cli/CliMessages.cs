using System.Globalization;

namespace NewsNlp.Cli;

/// <summary>Every message text the tool prints or writes into an error record, in one place so tests assert against them.</summary>
internal static class CliMessages
{
    /// <summary>A JSON Lines line that does not parse.</summary>
    public static string InvalidJson(string detail) => "invalid JSON: " + (detail.Length <= 160 ? detail : detail[..160] + "...");

    /// <summary>A JSON Lines line that is JSON but not an object.</summary>
    public const string NotAnObject = "invalid JSON: the line is not a JSON object";

    /// <summary>An item with no <c>text</c> (or a <c>text</c> that is not a string).</summary>
    public const string MissingText = "missing \"text\": every article needs a string field \"text\"";

    /// <summary>A CSV input without a <c>text</c> column.</summary>
    public const string MissingTextColumn = "missing \"text\" column: the CSV header must name a \"text\" column";

    /// <summary>A CSV row whose field count differs from the header.</summary>
    public static string CsvFieldCount(int found, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"invalid CSV row: {found} fields where the header has {expected}");

    /// <summary>A CSV quoted field that never closes.</summary>
    public const string CsvUnterminatedQuote = "invalid CSV row: a quoted field is not closed before the end of the input";

    /// <summary>A file or stream that cannot be read.</summary>
    public static string UnreadableFile(string detail) => "unreadable file: " + detail;

    /// <summary>Bytes that are not UTF-8 text.</summary>
    public const string NotText = "unreadable file: the content is binary, not UTF-8 text";

    /// <summary>A <c>published</c> value that is not a date.</summary>
    public static string InvalidPublished(string raw) => $"invalid \"published\": '{raw}' is not a YYYY-MM-DD date";

    /// <summary>An article over the size limit.</summary>
    public static string TooLarge(int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"too large: the text has {length:N0} characters, over the limit of {limit:N0} (--max-chars)");

    /// <summary>A line longer than the reader accepts.</summary>
    public static string LineTooLong(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"too large: the input line is over {limit:N0} characters (--max-chars)");

    /// <summary>An unexpected failure inside the extractor; the run goes on.</summary>
    public static string ExtractionFailed(string detail) => "extraction failed: " + detail;

    /// <summary>A command-line path that does not exist.</summary>
    public static string NoSuchInput(string path) => $"newsnlp: cannot read {path}: no such file or folder";

    /// <summary>An input that gave no items at all.</summary>
    public static string EmptyInput(string input, bool folder, string glob) => folder
        ? $"newsnlp: warning: no articles in {input}: no file in the folder matches --glob '{glob}'"
        : $"newsnlp: warning: no articles in {input}: the input is empty";

    /// <summary>Standard input read as JSON Lines whose first line is not a JSON object.</summary>
    public const string StdinLooksLikeText =
        "newsnlp: warning: standard input does not look like JSON Lines (the first line does not start with '{'); for plain text add --input-format txt";

    /// <summary>Text input with no publication date.</summary>
    public const string TextWithoutPublished =
        "newsnlp: warning: text input carries no publication date, so relative dates ('on Friday') and event dates stay null; add --published YYYY-MM-DD";

    /// <summary>A run stopped by Ctrl-C or a termination signal.</summary>
    public static string Interrupted(string? output) => output is null
        ? "interrupted"
        : $"interrupted; {output} was not written (an existing file or table is unchanged)";

    /// <summary>A bad <c>--published</c> value.</summary>
    public static string BadPublishedOption(string raw) => $"--published must be YYYY-MM-DD, not '{raw}'.";

    /// <summary>A bad <c>--shard</c> value.</summary>
    public static string BadShard(string raw) => $"--shard must be K/N with 1 <= K <= N, not '{raw}'.";

    /// <summary>A bad <c>--threads</c> value.</summary>
    public static string BadThreads(int threads) =>
        string.Create(CultureInfo.InvariantCulture, $"--threads must be at least 1, not {threads}.");

    /// <summary>A bad <c>--format</c> value.</summary>
    public static string BadFormat(string raw) => $"--format must be jsonl, csv, parquet or duckdb, not '{raw}'.";

    /// <summary>A table format written to standard output.</summary>
    public static string NeedsOutput(string format) => $"--format {format} needs -o (a {(format == "duckdb" ? "database file" : "folder")}).";

    /// <summary>Both <c>--overwrite</c> and <c>--append</c>.</summary>
    public const string OverwriteAndAppend = "--overwrite and --append cannot be used together.";

    /// <summary>The run stopped because of <c>--fail-fast</c>.</summary>
    public static string FailFastStopped(string id, string message) => $"stopped at the first error (--fail-fast): {id}: {message}";
}
