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
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing output (for duckdb and folders: only this tool's tables; other tables and files are kept)." };
        var append = new Option<bool>("--append") { Description = "Add to an existing output (same columns required)." };
        var common = new CommonOptions();
        var command = new Command("extract", "Extract records from articles and write JSON Lines, CSV, Parquet or DuckDB.") { input, output, format, overwrite, append };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            RunSettings settings = common.Read(parse);
            string formatText = parse.GetValue(format) ?? "jsonl";
            if (!TryParseFormat(formatText, out OutputFormat outputFormat))
            {
                throw CliException.Usage(CliMessages.BadFormat(formatText));
            }

            string? outputPath = parse.GetValue(output);
            if (outputPath == "-")
            {
                outputPath = null;
            }

            if (outputFormat != OutputFormat.JsonLines && outputPath is null)
            {
                throw CliException.Usage(CliMessages.NeedsOutput(formatText.ToLowerInvariant()));
            }

            OutputMode mode = ModeOf(parse.GetValue(overwrite), parse.GetValue(append));
            return Run(parse.GetValue(input)!, settings, () => CreateSink(outputFormat, outputPath, mode), parse.InvocationConfiguration.Error, outputPath);
        });
        return command;
    }

    /// <summary>The output mode for the <c>--overwrite</c> and <c>--append</c> flags.</summary>
    /// <exception cref="CliException">Both are set.</exception>
    public static OutputMode ModeOf(bool overwrite, bool append) => (overwrite, append) switch
    {
        (true, true) => throw CliException.Usage(CliMessages.OverwriteAndAppend),
        (true, false) => OutputMode.Overwrite,
        (false, true) => OutputMode.Append,
        _ => OutputMode.Refuse,
    };

    /// <summary>
    /// Runs an extraction into the sink that <paramref name="createSink"/> opens; returns the exit code (0 no error,
    /// 1 some item failed, 3 missing input). The output is committed only when the run completes.
    /// </summary>
    /// <exception cref="CliException">The output cannot be written (exit 2 or 3), or the run was interrupted (exit 130).</exception>
    public static int Run(string input, RunSettings settings, Func<IRecordSink> createSink, TextWriter log, string? outputName = null)
    {
        string output = outputName ?? "standard output";
        if (!ArticleSource.TryOpen(input, settings.Input, log, out ArticleSource? source))
        {
            return ExitCodes.InputOutput;
        }

        using (source)
        {
            using IRecordSink sink = GuardedSink.Open(createSink, output);
            var processor = new ArticleProcessor(settings.MaxChars);
            var summary = new RunSummary();
            long done = 0;
            string? stoppedAt = null;
            var clock = Stopwatch.StartNew();
            try
            {
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
                        settings.Threads * 8,
                        sink.Idle,
                        Interruption.Token),
                    source.Total,
                    () => source.Position,
                    () => Interlocked.Read(ref done),
                    ProgressReporter.ShouldShow(settings.Quiet)).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (Interruption.Token.IsCancellationRequested)
            {
                throw new CliException(ExitCodes.Interrupted, CliMessages.Interrupted(outputName));
            }

            sink.Complete();
            if (stoppedAt is not null)
            {
                log.WriteLine(stoppedAt);
            }

            if (summary.Articles == 0)
            {
                log.WriteLine(CliMessages.EmptyInput(input, source.IsFolder, settings.Input.Glob));
            }

            if (!settings.Quiet)
            {
                log.Write(summary.Format(clock.Elapsed, settings.Threads));
            }

            if (settings.Verbose)
            {
                log.Write(RunSummary.FormatRuntime());
            }

            return summary.Errors == 0 ? ExitCodes.Ok : ExitCodes.ItemErrors;
        }
    }

    /// <summary>Opens the sink for <paramref name="format"/>; <paramref name="mode"/> says what happens to an existing output.</summary>
    public static IRecordSink CreateSink(OutputFormat format, string? path, OutputMode mode = OutputMode.Refuse) => format switch
    {
        OutputFormat.Csv => new CsvTablesSink(path!, mode),
        OutputFormat.Parquet => new ParquetTablesSink(path!, mode),
        OutputFormat.DuckDb => new DuckDbSink(path!, mode),
        _ => path is null || path == "-" ? JsonLinesSink.ToStandardOutput() : JsonLinesSink.ToFile(path, mode),
    };

    private static bool TryParseFormat(string text, out OutputFormat format)
    {
        format = text.ToLowerInvariant() switch
        {
            "jsonl" or "json" or "ndjson" => OutputFormat.JsonLines,
            "csv" => OutputFormat.Csv,
            "parquet" => OutputFormat.Parquet,
            "duckdb" => OutputFormat.DuckDb,
            _ => (OutputFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
