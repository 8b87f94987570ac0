using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>train-events DATA [-o FOLDER] [--folds K]</c>: trains the event classifier on labeled
/// sentences (JSON Lines with <c>text</c> and <c>labels</c>), writes <c>events.bin</c> and a
/// cross-validation report <c>events.md</c>.
/// </summary>
internal static class TrainEventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Argument<string[]>("data") { Description = "One or more JSON Lines files of labeled sentences.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for events.bin and events.md.", DefaultValueFactory = _ => "src/NewsNlp/Resources/Models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (0 to skip).", DefaultValueFactory = _ => 5 };
        var exclude = new Option<string?>("--exclude-articles") { Description = "A JSON Lines file of articles (with \"id\"): sentences whose article_id is among them are left out, so the model never sees evaluation articles." };
        var command = new Command("train-events", "Train the event-type classifier and report cross-validated scores.") { data, output, folds, exclude };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(folds), parse.GetValue(exclude)));
        return command;
    }

    private static int Run(string[] paths, string output, int folds, string? exclude)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        if (exclude is not null)
        {
            foreach (string line in File.ReadLines(exclude))
            {
                if (!string.IsNullOrWhiteSpace(line) && JsonDocument.Parse(line).RootElement.TryGetProperty("id", out JsonElement id) && id.GetString() is { } value)
                {
                    excluded.Add(value);
                }
            }
        }

        var sentences = new List<LabeledSentence>();
        int left = 0;
        foreach (string path in paths)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"No such file: {path}");
                return 2;
            }

            var kept = new StringBuilder();
            foreach (string line in File.ReadLines(path, Encoding.UTF8))
            {
                if (excluded.Count > 0 && !string.IsNullOrWhiteSpace(line) && JsonDocument.Parse(line).RootElement.TryGetProperty("article_id", out JsonElement article)
                    && article.GetString() is { } articleId && excluded.Contains(articleId))
                {
                    left++;
                    continue;
                }

                kept.AppendLine(line);
            }

            using var reader = new StringReader(kept.ToString());
            sentences.AddRange(LabeledSentenceReader.ReadJsonLines(reader));
        }

        Directory.CreateDirectory(output);
        EventClassifierModel model = EventClassifierTrainer.Train(sentences);
        string modelPath = Path.Combine(output, "events.bin");
        using (FileStream stream = File.Create(modelPath))
        {
            model.Save(stream);
        }

        Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes) from {sentences.Count} sentences ({left} left out)");
        if (folds >= 2)
        {
            EventClassifierReport report = EventClassifierTrainer.CrossValidate(sentences, folds);
            var md = new StringBuilder();
            md.AppendLine("# Event classifier: cross-validated scores");
            md.AppendLine();
            string excludeArgument = exclude is null ? "" : " --exclude-articles " + Path.GetFileName(exclude);
            md.AppendLine(CultureInfo.InvariantCulture, $"Trained by `dotnet run --project src/NewsNlp.Training -c Release -- train-events {string.Join(' ', paths.Select(Path.GetFileName))}{excludeArgument}` on {sentences.Count} labeled sentences ({left} sentences of the excluded evaluation articles left out);");
            md.AppendLine(CultureInfo.InvariantCulture, $"{folds}-fold deterministic cross-validation (sentence i in fold i mod {folds}), decision threshold {model.Threshold(0):0.##} per type.");
            md.AppendLine("Features: hashed lower-cased word unigrams, crude stems and bigrams, and trigger-lexicon cues (one per event type whose phrase starts at a word: strong or weak, negated or not), 2^16 buckets;");
            md.AppendLine("one L-BFGS logistic regression per type (Microsoft.ML 5.0.1, seed 1, one thread, L1 0.02, L2 1, positives weighted by the class imbalance up to 50x).");
            md.AppendLine();
            md.Append(report.ToMarkdown());
            string reportPath = Path.Combine(output, "events.md");
            File.WriteAllText(reportPath, md.ToString());
            Console.Write(report.ToMarkdown());
            Console.WriteLine($"wrote {reportPath}");
        }

        return 0;
    }
}
