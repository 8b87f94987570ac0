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
// Microsoft.ML's float sums follow the widest vectors the JIT uses: with AVX-512 the trainers write other bytes than the shipped
// models (trained with 256-bit vectors). The rebuild tests and scripts/retrain-events.sh set DOTNET_EnableAVX512=0; say so here.
if (System.Runtime.Intrinsics.X86.Avx512F.IsSupported)
{
    Console.Error.WriteLine("note: AVX-512 is on; models trained now will not match the shipped bytes. Set DOTNET_EnableAVX512=0 to reproduce them.");
}

return root.Parse(args).Invoke();
