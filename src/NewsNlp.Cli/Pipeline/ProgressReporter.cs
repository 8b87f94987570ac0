using System.Globalization;
using Spectre.Console;

namespace NewsNlp.Cli.Pipeline;

/// <summary>A progress bar on standard error (articles, articles/s, ETA when the input size is known); silent when standard error is not a terminal or with <c>--quiet</c>.</summary>
internal static class ProgressReporter
{
    /// <summary>True when a progress bar should be drawn.</summary>
    public static bool ShouldShow(bool quiet) => !quiet && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/> while drawing progress from <paramref name="position"/> (out of <paramref name="total"/>) and <paramref name="articles"/>.</summary>
    public static async Task RunAsync(Func<Task> work, long? total, Func<long> position, Func<long> articles, bool show)
    {
        if (!show)
        {
            await work().ConfigureAwait(false);
            return;
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var started = System.Diagnostics.Stopwatch.StartNew();
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask("reading", maxValue: Math.Max(total ?? 1, 1));
                task.IsIndeterminate = total is null;
                Task running = work();
                while (!running.IsCompleted)
                {
                    await Task.WhenAny(running, Task.Delay(250)).ConfigureAwait(false);
                    Update(task, total, position(), articles(), started.Elapsed.TotalSeconds);
                }

                Update(task, total, total ?? 1, articles(), started.Elapsed.TotalSeconds);
                await running.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static void Update(ProgressTask task, long? total, long position, long articles, double seconds)
    {
        if (total is not null)
        {
            task.Value = Math.Min(position, total.Value);
        }

        task.Description = string.Create(CultureInfo.InvariantCulture, $"{articles:N0} articles, {articles / Math.Max(seconds, 1e-3):F0}/s");
    }
}
