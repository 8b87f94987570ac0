using System.CommandLine;
using NewsNlp.Cli.Commands;

var root = new RootCommand("newsnlp: extract countries, people, casualties, dates and events from English news articles.")
{
    ExtractCommand.Create(),
    TrainCommand.Create(),
    EvalNerCommand.Create(),
    TrainEventsCommand.Create(),
};
root.Subcommands.Add(BenchCommand.Create());
return root.Parse(args).Invoke();
