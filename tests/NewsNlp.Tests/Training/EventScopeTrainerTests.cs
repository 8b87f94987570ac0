using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Commands;

namespace NewsNlp.Tests.Training;

public sealed class EventScopeTrainerTests
{
    // The scope model learns from the trigger lexicon's matches in the corpus, and the verifier reads its probability: its rebuild
    // command (Resources/Models/README.md), with the report splits and the blind draw's articles left out, must give the shipped bytes.
    [SharedDataFact]
    public void RebuildCommand_ReproducesTheShippedModel() =>
        ShippedModels.RebuildGivesTheShippedBytes(TrainEventScopeCommand.Create(), "event-scope.bin", "--folds", "0");
}
