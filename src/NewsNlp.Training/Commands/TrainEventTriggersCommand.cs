using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsNlp.Events;
using NewsNlp.Events.Tagging;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>train-event-triggers CORPUS... [--data FOLDER] [--exclude-ids FILE...] [-o FOLDER] [--folds K]</c>: trains the trigger tagger
/// (which words express an in-scope event of which type?) on the words of the event corpus's annotated sentences of the train
/// split (seed 15) and the synthetic sentences, cross-validates it with folds by article, and writes <c>event-triggers.bin</c> and
/// <c>event-triggers.md</c>. The tune and report splits and every article named in an exclusion file are left out.
/// </summary>
internal static class TrainEventTriggersCommand
{
    // The probabilities at which the cross-validation report scores the tagger's mentions.
    private static readonly float[] Floors = [0.3f, 0.5f, 0.7f, 0.8f, 0.9f];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/.", DefaultValueFactory = _ => "../shared/data" };
        var exclude = new Option<string[]>("--exclude-ids") { Description = "Files whose whitespace-separated words include doc ids to leave out (report splits, held-out draws).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder for event-triggers.bin and event-triggers.md.", DefaultValueFactory = _ => "src/NewsNlp/Resources/Models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds by article (0 to skip).", DefaultValueFactory = _ => 5 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularization of the L-BFGS trainer.", DefaultValueFactory = _ => TriggerTaggerTrainer.DefaultL1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularization of the L-BFGS trainer.", DefaultValueFactory = _ => TriggerTaggerTrainer.DefaultL2 };
        var command = new Command("train-event-triggers", "Train the token-level event trigger tagger and report cross-validated scores.") { corpus, data, exclude, output, folds, l1, l2 };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(data)!, parse.GetValue(exclude) ?? [], parse.GetValue(output)!, parse.GetValue(folds), parse.GetValue(l1), parse.GetValue(l2)));
        return command;
    }

    private static int Run(string[] paths, string data, string[] excludeFiles, string output, int folds, float l1, float l2)
    {
        List<string> files = CorpusSplit.Files(paths);
        HashSet<string> excluded = CorpusSplit.ExcludedIds(excludeFiles);

        List<TriggerSentence> sentences = TriggerExamples.Read(files, data, (key, doc) => !excluded.Contains(doc) && CorpusSplit.Of(key) == "train");
        Directory.CreateDirectory(output);
        TriggerTaggerModel model = TriggerTaggerTrainer.Train(sentences, l1, l2);
        string modelPath = Path.Combine(output, "event-triggers.bin");
        using (FileStream stream = File.Create(modelPath))
        {
            model.Save(stream);
        }

        Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes) from {sentences.Sum(s => s.Tokens.Count):N0} words of {sentences.Count:N0} sentences, {sentences.Select(s => s.Article).Distinct().Count():N0} articles");
        if (folds >= 2)
        {
            string report = CrossValidate(sentences, folds, l1, l2);
            File.WriteAllText(Path.Combine(output, "event-triggers.md"), report);
            Console.Write(report);
        }

        return 0;
    }

    /// <summary>Folds by article (synthetic sentences train only): mention-level scores per type at each floor.</summary>
    private static string CrossValidate(List<TriggerSentence> sentences, int folds, float l1, float l2)
    {
        var scored = new List<(TriggerSentence Sentence, float[][] Probabilities)>();
        for (int k = 0; k < folds; k++)
        {
            bool Held(TriggerSentence s) => !s.Article.StartsWith("synthetic/", StringComparison.Ordinal) && CorpusSplit.Fold(s.Article, folds) == k;
            TriggerTaggerModel model = TriggerTaggerTrainer.Train(sentences.Where(s => !Held(s)), l1, l2);
            foreach (TriggerSentence sentence in sentences.Where(Held))
            {
                scored.Add((sentence, [.. sentence.Tokens.Select(t =>
                {
                    var p = new float[TriggerTaggerModel.Labels];
                    model.Score(t.Features, p);
                    return p;
                })]));
            }
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Trigger tagger: {folds}-fold cross-validation by article (train split; synthetic sentences train only; L1 {l1}, L2 {l2})");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{scored.Count} sentences of {scored.Select(s => s.Sentence.Article).Distinct().Count()} articles scored, {scored.Sum(s => s.Sentence.Gold.Count)} in-scope trigger mentions.");
        text.AppendLine("A mention is found when a run of words the tagger gives its type (best label, p >= floor) overlaps it; a run is right when it overlaps a gold mention of its type.");
        text.AppendLine("`new`: gold mentions no lexicon match touches, and how many of them the tagger finds; `proposals`: the runs the pipeline would take (types the lexicon found nothing of in the sentence, words outside its matches): right / all.");
        foreach (float floor in Floors)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## floor {floor:0.00}");
            text.AppendLine();
            text.AppendLine("| type | gold | P | R | F1 | new found / new | proposals right / all |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            double macro = 0;
            int n = EventTaxonomy.TypeNames.Length;
            var totals = default(MentionCounts);
            for (int type = 0; type < n; type++)
            {
                MentionCounts c = Count(scored, floor, type);
                totals += c;
                macro += Row(text, EventTaxonomy.TypeNames[type], c);
            }

            Row(text, "all (micro)", totals);
            text.AppendLine(CultureInfo.InvariantCulture, $"| macro F1 | | | | {macro / n:0.000} | | |");
        }

        return text.ToString();
    }

    private static double Row(StringBuilder text, string name, MentionCounts c)
    {
        double p = c.Runs == 0 ? 0 : (double)c.Right / c.Runs, r = c.Gold == 0 ? 0 : (double)c.Found / c.Gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {c.Gold} | {p:0.000} | {r:0.000} | {f:0.000} | {c.NewFound} / {c.NewGold} | {c.ProposalsRight} / {c.Proposals} |");
        return f;
    }

    private static MentionCounts Count(List<(TriggerSentence Sentence, float[][] Probabilities)> scored, float floor, int type)
    {
        int gold = 0, found = 0, runs = 0, right = 0, newGold = 0, newFound = 0, proposals = 0, proposalsRight = 0;
        foreach (var (sentence, probabilities) in scored)
        {
            var predicted = new List<(int First, int Last)>();
            for (int i = 0; i < sentence.Tokens.Count; i++)
            {
                float[] p = probabilities[i];
                int best = 0;
                for (int l = 1; l < p.Length; l++)
                {
                    best = p[l] > p[best] ? l : best;
                }

                if (best == type + 1 && p[best] >= floor)
                {
                    if (predicted.Count > 0 && predicted[^1].Last == i - 1)
                    {
                        predicted[^1] = predicted[^1] with { Last = i };
                    }
                    else
                    {
                        predicted.Add((i, i));
                    }
                }
            }

            var mentions = sentence.Gold.Where(g => g.Type == type).ToList();
            gold += mentions.Count;
            foreach (var g in mentions)
            {
                bool hit = predicted.Exists(r => r.First <= g.Last && g.First <= r.Last);
                found += hit ? 1 : 0;
                bool outside = !Enumerable.Range(g.First, g.Last - g.First + 1).Any(i => sentence.Tokens[i].InLexicon);
                newGold += outside ? 1 : 0;
                newFound += outside && hit ? 1 : 0;
            }

            foreach (var r in predicted)
            {
                bool ok = mentions.Exists(g => r.First <= g.Last && g.First <= r.Last);
                runs++;
                right += ok ? 1 : 0;
                if ((sentence.LexiconTypes & (1 << type)) == 0 && !Enumerable.Range(r.First, r.Last - r.First + 1).Any(i => sentence.Tokens[i].InLexicon))
                {
                    proposals++;
                    proposalsRight += ok ? 1 : 0;
                }
            }
        }

        return new MentionCounts(gold, found, runs, right, newGold, newFound, proposals, proposalsRight);
    }

    /// <summary>Gold mentions and how many were found; the tagger's runs and how many were right; the same for mentions no lexicon match touches and for the runs the pipeline would take.</summary>
    private readonly record struct MentionCounts(int Gold, int Found, int Runs, int Right, int NewGold, int NewFound, int Proposals, int ProposalsRight)
    {
        public static MentionCounts operator +(MentionCounts a, MentionCounts b) => new(a.Gold + b.Gold, a.Found + b.Found, a.Runs + b.Runs, a.Right + b.Right,
            a.NewGold + b.NewGold, a.NewFound + b.NewFound, a.Proposals + b.Proposals, a.ProposalsRight + b.ProposalsRight);
    }
}
