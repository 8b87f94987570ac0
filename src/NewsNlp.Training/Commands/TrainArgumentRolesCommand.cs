using System.CommandLine;
using NewsNlp.Events.Arguments;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>train-argument-roles CORPUS... [--data FOLDER] [--exclude-ids FILE...] [-o FOLDER] [--folds K]</c>: trains the argument-role
/// model (actor / target / none for each participant mention of a candidate event) on the event corpus's annotated spans,
/// cross-validates it and the policies that combine it with the rules (folds by article), and writes <c>argument-roles.bin</c> and
/// <c>argument-roles.md</c>. The corpus's report split (seed 15) and every article named in an exclusion file are left out.
/// </summary>
internal static class TrainArgumentRolesCommand
{
    // The policies the cross-validation compares: drop a rule's role below the first, add a role from the second.
    private static readonly float[] Drops = [0f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f];
    private static readonly float[] Adds = [0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 2f];

    private const float DefaultL1 = 0.02f;
    private const float DefaultL2 = 0.5f;

    private static (float L1, float L2) regularisation = (DefaultL1, DefaultL2);

    private static string? tuneErrors;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/.", DefaultValueFactory = _ => "../shared/data" };
        var exclude = new Option<string[]>("--exclude-ids") { Description = "Files whose whitespace-separated words include doc ids to leave out (report splits, held-out draws).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder for argument-roles.bin and argument-roles.md.", DefaultValueFactory = _ => "src/NewsNlp/Resources/Models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds by article (0 to skip).", DefaultValueFactory = _ => 5 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation.", DefaultValueFactory = _ => DefaultL1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation.", DefaultValueFactory = _ => DefaultL2 };
        var errors = new Option<string?>("--tune-errors") { Description = "Write the tune split's cross-validated role errors to this file (for reading; the report split is never listed)." };
        var command = new Command("train-argument-roles", "Train the argument-role model and report cross-validated argument scores against the rules.") { corpus, data, exclude, output, folds, l1, l2, errors };
        command.SetAction(parse =>
        {
            regularisation = (parse.GetValue(l1), parse.GetValue(l2));
            tuneErrors = parse.GetValue(errors);
            return Run(parse.GetValue(corpus)!, parse.GetValue(data)!, parse.GetValue(exclude) ?? [], parse.GetValue(output)!, parse.GetValue(folds));
        });
        return command;
    }

    private static int Run(string[] paths, string data, string[] excludeFiles, string output, int folds)
    {
        List<string> files = CorpusSplit.Files(paths);
        HashSet<string> excluded = CorpusSplit.ExcludedIds(excludeFiles);

        List<RoleCandidate> candidates = RoleExamples.Read(files, data, (key, doc) => !excluded.Contains(doc) && CorpusSplit.Of(key) != "report");
        Directory.CreateDirectory(output);
        EventClassifierModel model = Train(candidates);
        string modelPath = Path.Combine(output, "argument-roles.bin");
        using (FileStream stream = File.Create(modelPath))
        {
            model.Save(stream);
        }

        Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes) from {candidates.Sum(c => c.Mentions.Count)} mentions of {candidates.Count} candidates in {candidates.Select(c => c.Article).Distinct().Count()} articles");
        if (folds >= 2)
        {
            string report = RoleCrossValidation.Report(candidates, folds, Train, Drops, Adds, tuneErrors);
            File.WriteAllText(Path.Combine(output, "argument-roles.md"), report);
            Console.Write(report);
        }

        return 0;
    }

    /// <summary>Two logistic regressions (actor or not, target or not) stored as one two-output model.</summary>
    internal static EventClassifierModel Train(List<RoleCandidate> candidates)
    {
        List<RoleMention> mentions = [.. candidates.SelectMany(c => c.Mentions)];
        List<int[]> features = mentions.ConvertAll(m => m.Features);
        List<float> weights = mentions.ConvertAll(_ => 1f);
        (float[] actor, float actorBias) = EventClassifierTrainer.TrainLinear(features, mentions.ConvertAll(m => m.Label == ArgumentRole.Actor), weights, regularisation.L1, regularisation.L2);
        (float[] target, float targetBias) = EventClassifierTrainer.TrainLinear(features, mentions.ConvertAll(m => m.Label == ArgumentRole.Target), weights, regularisation.L1, regularisation.L2);
        var interleaved = new float[actor.Length * 2];
        for (int f = 0; f < actor.Length; f++)
        {
            interleaved[2 * f] = actor[f];
            interleaved[(2 * f) + 1] = target[f];
        }

        return new EventClassifierModel(ArgumentRoles.Outputs, interleaved, [actorBias, targetBias], [0.5f, 0.5f]);
    }
}
