using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Commands;

namespace NewsNlp.Tests.Training;

public sealed class ArgumentRolesTrainerTests
{
    // The role model learns from the rules' roles and the records of the stages before the event stage: a change to any of them
    // changes its training data, so the rebuild command of Resources/Models/README.md must still give the shipped bytes.
    [SharedDataFact]
    public void RebuildCommand_ReproducesTheShippedModel()
    {
        string output = Directory.CreateTempSubdirectory("roles-").FullName;
        try
        {
            string[] args =
            [
                SharedData.RepoPath("data", "annotations", "events"),
                "--data", SharedData.Path_("data"),
                "--exclude-ids", SharedData.RepoPath("data", "annotations", "report", "CONFLICT.md"), SharedData.RepoPath("data", "annotations", "report", "ids.txt"),
                SharedData.RepoPath("data", "annotations", "judged", "events-200-700fdca.docs.txt"),
                "--folds", "0",
                "-o", output,
            ];
            TrainArgumentRolesCommand.Create().Parse(args).Invoke().Should().Be(0);
            File.ReadAllBytes(Path.Combine(output, "argument-roles.bin")).Should().Equal(
                File.ReadAllBytes(SharedData.RepoPath("src", "NewsNlp", "Resources", "Models", "argument-roles.bin")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
