using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp extract INPUT [-o OUT] [--format jsonl|csv|parquet|duckdb]</c>: one record or error record per input item, in input order.</summary>
internal static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A .jsonl, .csv or .txt file (optionally .gz), a folder of .txt files, or - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (jsonl, duckdb) or folder (csv, parquet); default standard output (jsonl only)." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: jsonl, csv, parquet or duckdb.", DefaultValueFactory = _ => "jsonl" };
        var common = new CommonOptions();
        var command = new Command("extract", "Extract records from articles and write JSON Lines, CSV, Parquet or DuckDB.") { input, output, format };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            if (!common.TryRead(parse, out RunSettings? settings))
            {
                return 2;
            }

            string formatText = parse.GetValue(format) ?? "jsonl";
            if (!TryParseFormat(formatText, out OutputFormat outputFormat))
            {
                Console.Error.WriteLine(CliMessages.BadFormat(formatText));
                return 2;
            }

            string? outputPath = parse.GetValue(output);
            if (outputFormat != OutputFormat.JsonLines && (outputPath is null || outputPath == "-"))
            {
                Console.Error.WriteLine(CliMessages.NeedsOutput(formatText.ToLowerInvariant()));
                return 2;
            }

            return Run(parse.GetValue(input)!, settings!, () => CreateSink(outputFormat, outputPath), Console.Error);
        });
        return command;
    }

    /// <summary>Runs an extraction into the sink that <paramref name="createSink"/> opens; returns the exit code (0 no error, 1 some item failed, 2 bad usage).</summary>
    public static int Run(string input, RunSettings settings, Func<IRecordSink> createSink, TextWriter log)
    {
        if (!ArticleSource.TryOpen(input, settings.Input, log, out ArticleSource? source))
        {
            return 2;
        }

        using (source)
        {
            using IRecordSink sink = createSink();
            var processor = new ArticleProcessor(settings.MaxChars);
            var summary = new RunSummary();
            long done = 0;
            string? stoppedAt = null;
            var clock = Stopwatch.StartNew();
            ProgressReporter.RunAsync(
                () => OrderedPipeline.RunAsync(
                    source.Items,
                    item =>
                    {
                        ProcessedArticle result = processor.Process(item);
                        sink.Prepare(result);
                        return result;
                    },
                    result =>
                    {
                        sink.Write(result);
                        summary.Add(result);
                        Interlocked.Increment(ref done);
                        if (settings.FailFast && result.Error is not null)
                        {
                            stoppedAt = CliMessages.FailFastStopped(result.Input.Id, result.Error);
                            return false;
                        }

                        return true;
                    },
                    settings.Threads,
                    settings.Threads * 8),
                source.Total,
                () => source.Position,
                () => Interlocked.Read(ref done),
                ProgressReporter.ShouldShow(settings.Quiet)).GetAwaiter().GetResult();
            sink.Complete();
            if (stoppedAt is not null)
            {
                log.WriteLine(stoppedAt);
            }

            if (!settings.Quiet)
            {
                log.Write(summary.Format(clock.Elapsed, settings.Threads));
            }

            return summary.Errors == 0 ? 0 : 1;
        }
    }

    /// <summary>Opens the sink for <paramref name="format"/>.</summary>
    public static IRecordSink CreateSink(OutputFormat format, string? path) => format switch
    {
        OutputFormat.Csv => new CsvTablesSink(path!),
        OutputFormat.Parquet => new ParquetTablesSink(path!),
        OutputFormat.DuckDb => new DuckDbSink(path!),
        _ => path is null || path == "-"
            ? new JsonLinesSink(Console.OpenStandardOutput(), ownsStream: true)
            : new JsonLinesSink(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), ownsStream: true),
    };

    private static bool TryParseFormat(string text, out OutputFormat format)
    {
        switch (text.ToLowerInvariant())
        {
            case "jsonl" or "json" or "ndjson":
                format = OutputFormat.JsonLines;
                return true;
            case "csv":
                format = OutputFormat.Csv;
                return true;
            case "parquet":
                format = OutputFormat.Parquet;
                return true;
            case "duckdb":
                format = OutputFormat.DuckDb;
                return true;
            default:
                format = OutputFormat.JsonLines;
                return false;
        }
    }
}
