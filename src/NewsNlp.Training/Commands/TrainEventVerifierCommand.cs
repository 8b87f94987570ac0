using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsNlp.Events;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>train-event-verifier CORPUS... --judged FILE... [--data FOLDER] [--exclude-ids FILE...] [-o FOLDER] [--folds K] [--learner L]
/// [--extra GROUP...]</c>: trains the
/// event verifier (is this candidate a right, in-scope event of its type?) on every candidate the pipeline makes in the event
/// corpus's annotated sentences and on the candidates behind hand-judged output events, cross-validates it with folds by article,
/// and writes <c>event-verifier.bin</c> and <c>event-verifier.md</c>. The corpus's report split (seed 15) and every article named
/// in an exclusion file are left out. With another learner than the shipped logistic regression, or extra feature groups, it only
/// cross-validates (the same examples and folds) and writes <c>event-verifier.LEARNER[.GROUPS].md</c>: an experiment.
/// </summary>
internal static class TrainEventVerifierCommand
{
    // The floors at which the cross-validation report shows what the gate keeps (0 = the gate off).
    private static readonly float[] Floors = [0f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.4f, 0.5f];

    // Judged events are drawn from the output over ordinary news, the distribution the gate is judged on: they count double.
    private const float JudgedWeight = 2f;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var judged = new Option<string[]>("--judged") { Description = "Judged output events (data/annotations/judged/events-*.jsonl).", AllowMultipleArgumentsPerToken = true };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/.", DefaultValueFactory = _ => "../shared/data" };
        var exclude = new Option<string[]>("--exclude-ids") { Description = "Files whose whitespace-separated words include doc ids to leave out (report splits, held-out draws).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder for event-verifier.bin and event-verifier.md.", DefaultValueFactory = _ => "src/NewsNlp/Resources/Models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds by article (0 to skip).", DefaultValueFactory = _ => 5 };
        var noScope = new Option<bool>("--no-scope-feature") { Description = "Leave the scope model's probability out of the features (the ablation)." };
        var rejected = new Option<float>("--rejected-weight") { Description = "Weight of the corpus candidates the rules rejected, as extra examples (0 leaves them out).", DefaultValueFactory = _ => 0.5f };
        var learner = new Option<VerifierLearner>("--learner") { Description = "linear (the hashed features' logistic regression), trees (boosted trees on the dense vector) or stacked (trees on the dense vector and the linear model's out-of-fold probability).", DefaultValueFactory = _ => VerifierLearner.Linear };
        var extras = new Option<VerifierExtras[]>("--extra") { Description = "Feature groups to add, as experiments: conjunctions, classifier, context.", AllowMultipleArgumentsPerToken = true };
        var l1 = new Option<float>("--l1") { Description = "The logistic regression's L1 regularisation (another value than the shipped one is an experiment).", DefaultValueFactory = _ => LearnerSettings.Shipped.L1 };
        var l2 = new Option<float>("--l2") { Description = "The logistic regression's L2 regularisation (another value than the shipped one is an experiment).", DefaultValueFactory = _ => LearnerSettings.Shipped.L2 };
        var trees = new Option<string>("--trees") { Description = "Boosted trees: number,leaves,minimum leaf,learning rate.", DefaultValueFactory = _ => "200,8,20,0.05" };
        var command = new Command("train-event-verifier", "Train the per-candidate event verifier and report cross-validated scores.") { corpus, judged, data, exclude, output, folds, noScope, rejected, learner, extras, trees, l1, l2 };
        command.SetAction(parse =>
        {
            VerifierExtras extra = (parse.GetValue(extras) ?? []).Aggregate(VerifierExtras.None, (all, e) => all | e);
            float[] t = [.. parse.GetValue(trees)!.Split(',').Select(v => float.Parse(v, CultureInfo.InvariantCulture))];
            var settings = new LearnerSettings((int)t[0], (int)t[1], (int)t[2], t[3], parse.GetValue(l1), parse.GetValue(l2));
            return Run(parse.GetValue(corpus)!, parse.GetValue(judged) ?? [], parse.GetValue(data)!, parse.GetValue(exclude) ?? [], parse.GetValue(output)!, parse.GetValue(folds), parse.GetValue(noScope), parse.GetValue(rejected), parse.GetValue(learner), settings, extra);
        });
        return command;
    }

    private static int Run(string[] paths, string[] judgedPaths, string data, string[] excludeFiles, string output, int folds, bool noScope, float rejectedWeight, VerifierLearner learner, LearnerSettings settings, VerifierExtras extras)
    {
        List<string> files = CorpusSplit.Files(paths);
        HashSet<string> excluded = CorpusSplit.ExcludedIds(excludeFiles);

        Func<string, string, bool> keep = (key, doc) => !excluded.Contains(doc) && CorpusSplit.Of(key) != "report";
        EventClassifierModel?[] scopeModels = noScope ? new EventClassifierModel?[2] : OutOfFoldScopeModels(files, data, keep, Math.Max(folds, 2));
        List<VerifierExample> examples = VerifierExamples.Read(files, judgedPaths, data, keep, article => scopeModels[CorpusSplit.Fold(article, scopeModels.Length)],
            rejectedWeight > 0, extras);
        Directory.CreateDirectory(output);

        // Another learner or extra features are experiments: the library scores only the linear model over the shipped features, so
        // they write their cross-validation report alone, beside the model, and never a model file.
        bool experiment = learner != VerifierLearner.Linear || extras != VerifierExtras.None || settings.L1 != LearnerSettings.Shipped.L1 || settings.L2 != LearnerSettings.Shipped.L2;
        if (!experiment)
        {
            EventClassifierModel model = VerifierLearners.TrainLinear(examples, Weight(rejectedWeight), settings);
            string modelPath = Path.Combine(output, "event-verifier.bin");
            using (FileStream stream = File.Create(modelPath))
            {
                model.Save(stream);
            }

            Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes) from {examples.Count} candidates of {examples.Select(e => e.Article).Distinct().Count()} articles");
        }

        if (folds >= 2)
        {
            string report = CrossValidate(examples, folds, rejectedWeight, learner, settings);
            string name = experiment ? $"event-verifier.{learner.ToString().ToLowerInvariant()}{(extras == VerifierExtras.None ? "" : "." + extras.ToString().ToLowerInvariant().Replace(", ", "-", StringComparison.Ordinal))}.l1-{settings.L1.ToString(CultureInfo.InvariantCulture)}.l2-{settings.L2.ToString(CultureInfo.InvariantCulture)}.md" : "event-verifier.md";
            File.WriteAllText(Path.Combine(output, name), report);
            Console.Write(report);
        }

        return 0;
    }

    /// <summary>
    /// Scope models trained without the articles of one fold each (as <c>train-event-scope</c> trains the shipped one), so the verifier
    /// learns how far the scope probability can be trusted on articles the scope model never saw.
    /// </summary>
    private static EventClassifierModel?[] OutOfFoldScopeModels(List<string> files, string data, Func<string, string, bool> keep, int folds)
    {
        var models = new EventClassifierModel?[folds];
        List<ScopeWindow> windows = ScopeWindows.Read(files, data, keep);
        for (int k = 0; k < folds; k++)
        {
            models[k] = EventClassifierTrainer.Train(windows.Where(w => CorpusSplit.Fold(w.Article, folds) != k).Select(w => w.Window));
        }

        return models;
    }

    private static Func<VerifierExample, float> Weight(float rejectedWeight) => e => e.Origin == "judged" ? JudgedWeight : e.Origin == "rejected" ? rejectedWeight : 1f;

    /// <summary>Folds by article: for each floor and origin, the candidates kept, their precision and the share of right ones kept.</summary>
    private static string CrossValidate(List<VerifierExample> examples, int folds, float rejectedWeight, VerifierLearner learner, LearnerSettings settings)
    {
        var scored = new List<(VerifierExample Example, float P)>(examples.Count);
        for (int k = 0; k < folds; k++)
        {
            Func<VerifierExample, float> model = VerifierLearners.Fit(learner, examples.Where(e => CorpusSplit.Fold(e.Article, folds) != k).ToList(), Weight(rejectedWeight), settings);
            foreach (VerifierExample e in examples.Where(e => CorpusSplit.Fold(e.Article, folds) == k && e.Origin is not ("synthetic" or "rejected")))
            {
                scored.Add((e, model(e)));
            }
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Event verifier: {folds}-fold cross-validation by article (synthetic sentences train only)");
        text.AppendLine();
        text.AppendLine("Candidates that reach the gate, labelled by the corpus's annotated mentions or by the judged output events (the corpus candidates");
        text.AppendLine("the rules rejected train too, at a lower weight, and are not scored here). For each floor:");
        text.AppendLine("precision of the candidates kept (p >= floor) / share of the right candidates kept (floor 0 = the gate off).");
        text.AppendLine();
        text.AppendLine("| candidates | n | right | " + string.Join(" | ", Floors.Select(f => $"P / kept@{f:0.00}")) + " |");
        text.AppendLine("|---|---:|---:|" + string.Concat(Floors.Select(_ => "---|")));
        AddRows(text, scored, "all", _ => true);
        AddRows(text, scored, "corpus", e => e.Origin == "corpus");
        AddRows(text, scored, "judged", e => e.Origin == "judged");
        AddRows(text, scored, "all, sentence with a conflict word", e => e.ConflictSentence);
        AddRows(text, scored, "all, sentence without", e => !e.ConflictSentence);
        AddRows(text, scored, "judged, sentence with a conflict word", e => e.Origin == "judged" && e.ConflictSentence);
        AddRows(text, scored, "judged, sentence without", e => e.Origin == "judged" && !e.ConflictSentence);
        foreach (string type in scored.Select(s => s.Example.Type).Distinct().Order(StringComparer.Ordinal))
        {
            AddRows(text, scored, "judged+corpus " + type, e => e.Type == type);
        }

        text.AppendLine();
        text.AppendLine("## The floor (`EventExtractor.DefaultVerifierFloor`)");
        text.AppendLine();
        text.AppendLine("Chosen from these out-of-fold probabilities (`VerifierFloorRule`). F1 of a floor: its kept candidates against the right");
        text.AppendLine("candidates that reach the gate, each weighted as training weighs it (judged output events double); only development data");
        text.AppendLine("takes part (the judged development events, the corpus's train and tune candidates). F1 is flat over a range of floors; the");
        text.AppendLine(CultureInfo.InvariantCulture, $"floor is taken on that plateau: on a grid of 0.01, the floors whose F1 is within {VerifierFloorRule.PlateauTolerance:0.00} of the best, the plateau's ends");
        text.AppendLine("interpolated where the F1 curve crosses that level; the shipped floor stays while it lies on the plateau, else the floor nearest");
        text.AppendLine("the plateau's midpoint is taken. The shortfalls' standard errors (paired");
        text.AppendLine(CultureInfo.InvariantCulture, $"bootstrap over articles, {VerifierFloorRule.Resamples} resamples, seeded) are those of the earlier rule, the highest floor within one of them.");
        text.AppendLine();
        Func<VerifierExample, float> weight = Weight(rejectedWeight);
        List<(string Article, bool Label, float P, float Weight)> weighted = [.. scored.Select(s => (s.Example.Article, s.Example.Label, s.P, weight(s.Example)))];
        List<VerifierFloorRule.Row> floorRows = VerifierFloorRule.WithShortfalls(weighted, VerifierFloorRule.Grid);
        List<VerifierFloorRule.Row> fineRows = VerifierFloorRule.Table([.. weighted.Select(s => (s.Label, s.P, s.Weight))], VerifierFloorRule.FineGrid);
        float chosen = VerifierFloorRule.Choose(fineRows, EventExtractor.DefaultVerifierFloor);
        text.Append(VerifierFloorRule.Markdown(floorRows, fineRows, chosen, VerifierFloorRule.Spread(weighted, floorRows, shipped: EventExtractor.DefaultVerifierFloor)));
        foreach (string origin in new[] { "judged", "corpus" })
        {
            var part = VerifierFloorRule.Table([.. scored.Where(s => s.Example.Origin == origin).Select(s => (s.Example.Label, s.P, 1f))], VerifierFloorRule.Grid);
            text.AppendLine(CultureInfo.InvariantCulture, $"{origin} candidates alone (unweighted): highest F1 at {VerifierFloorRule.Best(part):0.00}, F1 by floor {string.Join(" ", part.Select(r => $"{r.Floor:0.00}:{r.F1:0.000}"))}");
            text.AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Precision at equal recall (whatever the calibration): the precision of the highest-scored candidates that hold the given share");
        text.AppendLine("of the right ones.");
        text.AppendLine();
        text.AppendLine("| candidates | " + string.Join(" | ", RecallLevels.Select(r => $"P@kept {r:0.00}")) + " |");
        text.AppendLine("|---|" + string.Concat(RecallLevels.Select(_ => "---:|")));
        AddRecallRow(text, scored, "all", _ => true);
        AddRecallRow(text, scored, "corpus", e => e.Origin == "corpus");
        AddRecallRow(text, scored, "judged", e => e.Origin == "judged");
        foreach (string type in scored.Select(s => s.Example.Type).Distinct().Order(StringComparer.Ordinal))
        {
            AddRecallRow(text, scored, "judged+corpus " + type, e => e.Type == type);
        }

        return text.ToString();
    }

    // The shares of the right candidates at which the second table compares learners.
    private static readonly double[] RecallLevels = [0.95, 0.9, 0.85, 0.8, 0.7];

    private static void AddRecallRow(StringBuilder text, List<(VerifierExample Example, float P)> scored, string name, Func<VerifierExample, bool> select)
    {
        var rows = scored.Where(s => select(s.Example)).OrderByDescending(s => s.P).ToList();
        int right = rows.Count(r => r.Example.Label);
        var cells = RecallLevels.Select(level =>
        {
            int need = (int)Math.Ceiling(level * right), tp = 0, taken = 0;
            while (taken < rows.Count && tp < need)
            {
                tp += rows[taken++].Example.Label ? 1 : 0;
            }

            return $"{(taken == 0 ? 0 : (double)tp / taken):0.000}";
        });
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", cells)} |");
    }

    private static void AddRows(StringBuilder text, List<(VerifierExample Example, float P)> scored, string name, Func<VerifierExample, bool> select)
    {
        var rows = scored.Where(s => select(s.Example)).ToList();
        int right = rows.Count(r => r.Example.Label);
        var cells = Floors.Select(f =>
        {
            var kept = rows.Where(r => r.P >= f).ToList();
            int tp = kept.Count(r => r.Example.Label);
            return $"{(kept.Count == 0 ? 0 : (double)tp / kept.Count):0.00} / {(right == 0 ? 0 : (double)tp / right):0.00}";
        });
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {rows.Count} | {right} | {string.Join(" | ", cells)} |");
    }
}
