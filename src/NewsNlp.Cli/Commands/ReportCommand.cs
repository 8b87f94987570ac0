using System.CommandLine;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;
using NewsNlp.Cli.Report;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp report INPUT -o report.html</c>: one self-contained HTML page summarizing a batch.</summary>
internal static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "The articles (as for extract)." };
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", DefaultValueFactory = _ => "report.html" };
        var title = new Option<string?>("--title") { Description = "The page title (default: the input name)." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing report file." };
        var common = new CommonOptions();
        var command = new Command("report", "Extract a batch and write a self-contained HTML report: event timeline, actor-target matrix, top people, casualties.") { input, output, title, overwrite };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            RunSettings settings = common.Read(parse);
            string inputPath = parse.GetValue(input)!;
            OutputMode mode = parse.GetValue(overwrite) ? OutputMode.Overwrite : OutputMode.Refuse;
            return Run(inputPath, parse.GetValue(output)!, parse.GetValue(title) ?? "newsnlp report: " + Path.GetFileName(Path.TrimEndingDirectorySeparator(inputPath)), settings, parse.InvocationConfiguration.Error, mode);
        });
        return command;
    }

    /// <summary>Extracts <paramref name="input"/> and writes the report to <paramref name="output"/> (refused when it exists, unless <paramref name="mode"/> is <see cref="OutputMode.Overwrite"/>); returns the exit code.</summary>
    /// <exception cref="CliException">The report cannot be written, or the run was interrupted.</exception>
    public static int Run(string input, string output, string title, RunSettings settings, TextWriter log, OutputMode mode = OutputMode.Refuse)
    {
        OutputPaths.CheckFile(output, mode, canAppend: false);
        if (!ArticleSource.TryOpen(input, settings.Input, log, out ArticleSource? source))
        {
            return ExitCodes.InputOutput;
        }

        var model = new ReportModel();
        var processor = new ArticleProcessor(settings.MaxChars);
        long done = 0;
        using (source)
        {
            try
            {
                ProgressReporter.RunAsync(
                    () => OrderedPipeline.RunAsync(source.Items, processor.Process, a => { model.Add(a); Interlocked.Increment(ref done); return true; }, settings.Threads, settings.Threads * 8, interrupt: Interruption.Token),
                    source.Total,
                    () => source.Position,
                    () => Interlocked.Read(ref done),
                    ProgressReporter.ShouldShow(settings.Quiet)).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (Interruption.Token.IsCancellationRequested)
            {
                throw new CliException(ExitCodes.Interrupted, CliMessages.Interrupted(output));
            }
        }

        try
        {
            using var file = AtomicFile.Open(output, OutputMode.Overwrite);
            using (var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                writer.Write(HtmlReport.Render(model, title));
            }

            file.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InputOutput($"cannot write {output}: {CliException.CauseOf(e)}", e);
        }

        if (!settings.Quiet)
        {
            log.WriteLine($"newsnlp: report of {model.Articles} articles ({model.Errors} errors) written to {output}");
        }

        return model.Errors == 0 ? 0 : 1;
    }
}
