using System.CommandLine;
using NewsNlp.Training.Commands;

// The training tool: `dotnet run --project src/NewsNlp.Training -c Release -- <command> ...`.
// One line per command: add yours below.
var root = new RootCommand("NewsNlp.Training: trains and evaluates the models embedded in the NewsNlp library.")
{
    TrainNerCommand.Create(),
    EvalNerCommand.Create(),
    TrainEventsCommand.Create(),
    TrainEventScopeCommand.Create(),
    TrainEventVerifierCommand.Create(),
    TrainEventTriggersCommand.Create(),
    TrainArgumentRolesCommand.Create(),
    ExplainEventsCommand.Create(),
    BuildClustersCommand.Create(),
    EvalPeopleCommand.Create(),
    EvalPeopleSetCommand.Create(),
    LearnFirmNamesCommand.Create(),
};
return root.Parse(args).Invoke();
