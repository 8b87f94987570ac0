using System.CommandLine;
using System.CommandLine.Help;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Cli;

/// <summary>
/// The <c>newsnlp</c> command line: the commands, and what every failure looks like to the user. Bad usage prints
/// the problem and a hint on standard error (exit 2; help goes to standard output only with <c>--help</c>); a
/// problem the user can act on prints one line naming the path and the cause (exit 2 or 3); only
/// <c>--verbose</c> adds a stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>The name the tool is installed under, shown in help and messages.</summary>
    public const string Name = "newsnlp";

    /// <summary><c>--verbose</c>: print stack traces with errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "With an error, also print its stack trace.", Recursive = true };

    /// <summary>Builds the command tree.</summary>
    public static Command CreateRoot()
    {
        // A plain command named "newsnlp", not RootCommand, whose name would be the assembly's (NewsNlp.Cli).
        var root = new Command(Name, "newsnlp: extract countries, people, casualties, dates and events from English news articles.")
        {
            new HelpOption(),
            new VersionOption(),
            Verbose,
            ExtractCommand.Create(),
            EvalCommand.Create(),
            ReportCommand.Create(),
            EvalTimexCommand.Create(),
            EvalEventsCommand.Create(),
            BenchCommand.Create(),
        };
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        ParseResult parse = CreateRoot().Parse(args);
        bool verbose = parse.GetValue(Verbose);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"{Name}: {problem.Message}");
            }

            error.WriteLine($"Run '{string.Join(' ', CommandPath(parse.CommandResult.Command, parse))} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (CliException e)
        {
            error.WriteLine($"{Name}: {e.Message}");
            WriteTrace(error, e.InnerException ?? e, verbose);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{Name}: {CliException.CauseOf(e)}");
            WriteTrace(error, e, verbose);
            return ExitCodes.InputOutput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"{Name}: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}{(verbose ? "" : " (add --verbose for the stack trace)")}");
            WriteTrace(error, e, verbose);
            return ExitCodes.Internal;
        }
    }

    private static void WriteTrace(TextWriter error, Exception e, bool verbose)
    {
        if (verbose)
        {
            error.WriteLine(e.ToString());
        }
    }

    private static IEnumerable<string> CommandPath(Command command, ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(result.Command.Name);
        }

        return names.Count > 0 ? names : [command.Name];
    }
}
