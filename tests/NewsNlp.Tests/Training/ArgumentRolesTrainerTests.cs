using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Commands;

namespace NewsNlp.Tests.Training;

public sealed class ArgumentRolesTrainerTests
{
    // The role model learns from the rules' roles and the records of the stages before the event stage: a change to any of them
    // changes its training data, so the rebuild command of Resources/Models/README.md must still give the shipped bytes.
    [SharedDataFact]
    public void RebuildCommand_ReproducesTheShippedModel() =>
        ShippedModels.RebuildGivesTheShippedBytes(TrainArgumentRolesCommand.Create(), "argument-roles.bin", "--folds", "0");
}
