using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>train-event-scope CORPUS... [--data FOLDER] [--exclude-ids FILE...] [-o FOLDER] [--folds K]</c>: trains the per-trigger scope
/// model (is this trigger an event the guidelines count?) on the windows around every trigger-lexicon match in the event corpus's
/// annotated sentences, cross-validates it with folds by article, and writes <c>event-scope.bin</c> and <c>event-scope.md</c>.
/// The corpus's report split (seed 15) and every article named in the exclusion file are left out.
/// </summary>
internal static class TrainEventScopeCommand
{
    // The probabilities at which the cross-validation report shows what a floor would keep.
    private static readonly float[] Floors = [0.05f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.4f, 0.5f];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/.", DefaultValueFactory = _ => "../shared/data" };
        var exclude = new Option<string[]>("--exclude-ids") { Description = "Files whose whitespace-separated words include doc ids to leave out (report splits, held-out draws).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder for event-scope.bin and event-scope.md.", DefaultValueFactory = _ => "src/NewsNlp/Resources/Models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds by article (0 to skip).", DefaultValueFactory = _ => 5 };
        var command = new Command("train-event-scope", "Train the per-trigger event scope model on the event corpus and report cross-validated scores.") { corpus, data, exclude, output, folds };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(data)!, parse.GetValue(exclude) ?? [], parse.GetValue(output)!, parse.GetValue(folds)));
        return command;
    }

    private static int Run(string[] paths, string data, string[] excludeFiles, string output, int folds)
    {
        List<string> files = CorpusSplit.Files(paths);
        HashSet<string> excluded = CorpusSplit.ExcludedIds(excludeFiles);
        List<ScopeWindow> windows = ScopeWindows.Read(files, data, (key, doc) => !excluded.Contains(doc) && CorpusSplit.Of(key) != "report");
        Directory.CreateDirectory(output);
        EventClassifierModel model = EventClassifierTrainer.Train(windows.ConvertAll(w => w.Window));
        string modelPath = Path.Combine(output, "event-scope.bin");
        using (FileStream stream = File.Create(modelPath))
        {
            model.Save(stream);
        }

        Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes) from {windows.Count} trigger windows of {windows.Select(w => w.Article).Distinct().Count()} articles");
        if (folds >= 2)
        {
            string report = CrossValidate(windows, folds);
            File.WriteAllText(Path.Combine(output, "event-scope.md"), report);
            Console.Write(report);
        }

        return 0;
    }

    /// <summary>Folds by article: for each floor, how many in-scope and out-of-scope triggers a held-out model keeps.</summary>
    private static string CrossValidate(List<ScopeWindow> windows, int folds)
    {
        var scored = new List<(string Type, bool Gold, double P)>(windows.Count);
        for (int k = 0; k < folds; k++)
        {
            var train = new List<LabeledSentence>();
            var test = new List<ScopeWindow>();
            foreach (ScopeWindow w in windows)
            {
                if (CorpusSplit.Fold(w.Article, folds) == k)
                {
                    test.Add(w);
                }
                else
                {
                    train.Add(w.Window);
                }
            }

            EventClassifierModel model = EventClassifierTrainer.Train(train);
            foreach (ScopeWindow w in test.Where(w => !w.Article.StartsWith("synthetic/", StringComparison.Ordinal)))
            {
                double p = model.Score(w.Window.Text)[model.Types.IndexOf(w.Type)];
                scored.Add((w.Type, w.Window.Labels.Length > 0, p));
            }
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Event scope model: {folds}-fold cross-validation by article (synthetic sentences train only)");
        text.AppendLine();
        text.AppendLine("Triggers of the lexicon in annotated sentences; a trigger is in scope when its sentence holds an in-scope event of its type.");
        text.AppendLine("For each floor: the triggers kept (p >= floor), their precision, and the share of in-scope triggers kept.");
        text.AppendLine();
        text.AppendLine("| type | triggers | in scope | " + string.Join(" | ", Floors.Select(f => $"P / kept@{f:0.00}")) + " |");
        text.AppendLine("|---|---:|---:|" + string.Concat(Floors.Select(_ => "---|")));
        foreach (string type in scored.Select(s => s.Type).Distinct().Order(StringComparer.Ordinal).Append("all"))
        {
            var rows = scored.Where(s => type == "all" || s.Type == type).ToList();
            int gold = rows.Count(r => r.Gold);
            var cells = Floors.Select(f =>
            {
                var kept = rows.Where(r => r.P >= f).ToList();
                int tp = kept.Count(r => r.Gold);
                return $"{(kept.Count == 0 ? 0 : (double)tp / kept.Count):0.00} / {(gold == 0 ? 0 : (double)tp / gold):0.00}";
            });
            text.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {rows.Count} | {gold} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }
}
