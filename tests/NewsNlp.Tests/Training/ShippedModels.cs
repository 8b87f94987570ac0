using System.CommandLine;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Training;

/// <summary>
/// The check every corpus-trained model shares: its rebuild command (Resources/Models/README.md) run on the event corpus, with the
/// report splits and the blind draw's articles left out, must write the very bytes the library ships.
/// </summary>
internal static class ShippedModels
{
    /// <summary>Runs <paramref name="command"/> on the corpus with <paramref name="options"/> and compares <paramref name="model"/> with the shipped file.</summary>
    public static void RebuildGivesTheShippedBytes(Command command, string model, params string[] options) => RebuildGivesTheShippedBytes(command, model, null, options);

    /// <summary>As above, then hands the folder the command wrote to <paramref name="alsoCheck"/> (its reports, before they are deleted).</summary>
    public static void RebuildGivesTheShippedBytes(Command command, string model, Action<string>? alsoCheck, params string[] options)
    {
        string output = Directory.CreateTempSubdirectory("model-").FullName;
        try
        {
            string[] args =
            [
                SharedData.RepoPath("data", "annotations", "events"),
                "--data", SharedData.Path_("data"),
                "--exclude-ids", SharedData.RepoPath("data", "annotations", "report", "CONFLICT.md"), SharedData.RepoPath("data", "annotations", "report", "ids.txt"),
                Judged("events-200-700fdca.docs.txt"), Judged("events-200-28bc5cd.docs.txt"),
                .. options,
                "-o", output,
            ];
            command.Parse(args).Invoke().Should().Be(0);
            File.ReadAllBytes(Path.Combine(output, model)).Should().Equal(File.ReadAllBytes(SharedData.RepoPath("src", "NewsNlp", "Resources", "Models", model)));
            alsoCheck?.Invoke(output);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>A file of <c>data/annotations/judged</c>.</summary>
    public static string Judged(string name) => SharedData.RepoPath("data", "annotations", "judged", name);
}
