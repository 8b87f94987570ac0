using System.CommandLine;
using NewsNlp.Cli.Commands;

// One line per command: add yours below.
var root = new RootCommand("newsnlp: extract countries, people, casualties, dates and events from English news articles.")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    ReportCommand.Create(),
    TrainCommand.Create(),
    EvalNerCommand.Create(),
    TrainEventsCommand.Create(),
    EvalEventsCommand.Create(),
};
root.Subcommands.Add(BenchCommand.Create());
return root.Parse(args).Invoke();
