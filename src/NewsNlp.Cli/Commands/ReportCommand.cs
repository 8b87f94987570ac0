using System.CommandLine;
using NewsNlp.Cli.Input;
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
        var common = new CommonOptions();
        var command = new Command("report", "Extract a batch and write a self-contained HTML report: event timeline, actor-target matrix, top people, casualties.") { input, output, title };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            if (!common.TryRead(parse, out RunSettings? settings))
            {
                return 2;
            }

            string inputPath = parse.GetValue(input)!;
            return Run(inputPath, parse.GetValue(output)!, parse.GetValue(title) ?? "newsnlp report: " + Path.GetFileName(Path.TrimEndingDirectorySeparator(inputPath)), settings, Console.Error);
        });
        return command;
    }

    /// <summary>Extracts <paramref name="input"/> and writes the report to <paramref name="output"/>; returns the exit code.</summary>
    public static int Run(string input, string output, string title, RunSettings settings, TextWriter log)
    {
        if (!ArticleSource.TryOpen(input, settings.Input, log, out ArticleSource? source))
        {
            return 2;
        }

        var model = new ReportModel();
        var processor = new ArticleProcessor(settings.MaxChars);
        long done = 0;
        using (source)
        {
            ProgressReporter.RunAsync(
                () => OrderedPipeline.RunAsync(source.Items, processor.Process, a => { model.Add(a); Interlocked.Increment(ref done); return true; }, settings.Threads, settings.Threads * 8),
                source.Total,
                () => source.Position,
                () => Interlocked.Read(ref done),
                ProgressReporter.ShouldShow(settings.Quiet)).GetAwaiter().GetResult();
        }

        File.WriteAllText(output, HtmlReport.Render(model, title));
        if (!settings.Quiet)
        {
            log.WriteLine($"newsnlp: report of {model.Articles} articles ({model.Errors} errors) written to {output}");
        }

        return model.Errors == 0 ? 0 : 1;
    }
}
