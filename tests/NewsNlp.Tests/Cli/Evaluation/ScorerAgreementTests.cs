using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsNlp.Cli.Commands;
using NewsNlp.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Cli.Evaluation;

/// <summary><c>newsnlp eval</c> and <c>python3 score.py</c> must give the same counts on the same predictions.</summary>
public sealed class ScorerAgreementTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-eval-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string ScorePy => SharedData.Path_("tools", "score.py");

    // The attribute skips these tests when python3 is missing, so a failure to start it is a real failure.
    private static JsonObject RunPython(string gold, string predictions)
    {
        var info = new ProcessStartInfo(OperatingSystem.IsWindows() ? "python" : "python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { ScorePy, gold, predictions, "--json" })
        {
            info.ArgumentList.Add(a);
        }

        using Process process = Process.Start(info)!;
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        return JsonNode.Parse(stdout)!.AsObject();
    }

    private void AssertAgree(string gold, string predictions)
    {
        JsonObject python = RunPython(gold, predictions);

        var preds = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(predictions).Where(l => l.Trim().Length > 0))
        {
            var record = JsonNode.Parse(line)!.AsObject();
            preds[record["id"]!.ToString()] = record;
        }

        JsonObject ours = EvalCommand.Score(gold, preds).Summary();
        output.WriteLine(ours.ToJsonString());
        foreach (string field in new[] { "countries", "people", "casualties", "dates", "events" })
        {
            foreach (string count in new[] { "tp", "fp", "fn" })
            {
                ((long)ours["fields"]![field]![count]!).Should().Be((long)python["fields"]![field]![count]!, $"{field}.{count}");
            }
        }

        foreach (var (name, value) in python["attributes"]!.AsObject())
        {
            ((long)ours["attributes"]![name]!["correct"]!).Should().Be((long)value!["correct"]!, name);
            ((long)ours["attributes"]![name]!["of"]!).Should().Be((long)value!["of"]!, name);
        }

        ((double)ours["mean_f1"]!).Should().Be((double)python["mean_f1"]!);
    }

    private string ExtractToFile(string input)
    {
        var preds = EvalCommand.Predict(input, new RunSettings { Threads = 2, Quiet = true })!;
        string path = Path.Combine(folder, Guid.NewGuid() + ".jsonl");
        File.WriteAllLines(path, preds.Values.Select(p => p.ToJsonString()));
        return path;
    }

    [SharedDataAndPythonFact]
    public void Eval_Dev30Extraction_SameCountsAsScorePy()
    {
        AssertAgree(SharedData.Path_("gold", "dev30.gold.jsonl"), ExtractToFile(SharedData.Path_("articles", "dev30.jsonl")));
    }

    [SharedDataAndPythonFact]
    public void Eval_ModelArticleExtraction_SameCountsAsScorePy()
    {
        string text = File.ReadAllText(SharedData.Path_("articles", "pakistan-iran-deescalation.txt"));
        string input = Path.Combine(folder, "model.jsonl");
        File.WriteAllText(input, JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "pakistan-iran-deescalation", ["text"] = text, ["published"] = "2024-01-19" }) + "\n");
        AssertAgree(SharedData.Path_("gold", "pakistan-iran-deescalation.gold.json"), ExtractToFile(input));
    }

    /// <summary>Predictions made from the gold itself with systematic damage, so every matching rule is exercised whatever the extractors do today.</summary>
    [SharedDataAndPythonFact]
    public void Eval_PerturbedGoldAsPredictions_SameCountsAsScorePy()
    {
        string gold = SharedData.Path_("gold", "dev30.gold.jsonl");
        var random = new Random(2024);
        var lines = new List<string>();
        foreach (string line in File.ReadAllLines(gold).Where(l => l.Trim().Length > 0))
        {
            var article = JsonNode.Parse(line)!.AsObject();
            var record = new JsonObject { ["id"] = article["id"]!.DeepClone() };
            foreach (string field in new[] { "countries", "people", "casualties", "dates", "events" })
            {
                var items = new JsonArray();
                foreach (JsonNode? node in article[field] as JsonArray ?? [])
                {
                    var item = node!.DeepClone().AsObject();
                    item.Remove("optional");
                    int roll = random.Next(10);
                    if (roll == 0)
                    {
                        continue; // a miss
                    }

                    Perturb(field, item, roll);
                    items.Add(item);
                    if (roll == 9)
                    {
                        items.Add(item.DeepClone()); // a duplicate: a false positive
                    }
                }

                record[field] = items;
            }

            lines.Add(record.ToJsonString());
        }

        string predictions = Path.Combine(folder, "perturbed.jsonl");
        File.WriteAllLines(predictions, lines.Where((_, i) => i % 7 != 3)); // some articles have no record
        AssertAgree(gold, predictions);
    }

    private static void Perturb(string field, JsonObject item, int roll)
    {
        switch (field, roll)
        {
            case ("people", 1):
                item["name"] = "Mr. " + item["name"]; // an honorific is ignored
                break;
            case ("people", 2):
                item["name"] = item["name"]!.ToString().Split(' ')[^1]; // a surname alone matches only a one-token alias
                break;
            case ("people", 3):
                item["title"] = "spokesman"; // wrong title
                item["age"] = 40;
                break;
            case ("dates", 1):
                item["start"] = (int?)item["start"] is int s ? s + 3 : null; // overlapping span
                break;
            case ("dates", 2):
                item["value"] = item["value"] + "TEV"; // a time of day refines the value
                break;
            case ("dates", 3):
                item.Remove("start"); // text match, with "on " dropped
                item["text"] = "on " + item["text"];
                break;
            case ("casualties", 1):
                item["count"] = (int?)item["count"] is int c ? c + 1 : 3; // wrong count
                break;
            case ("events", 1):
                (item["actors"], item["targets"]) = (item["targets"]?.DeepClone(), item["actors"]?.DeepClone()); // sides swapped
                break;
            case ("events", 2):
                item["date"] = "1999-01-01"; // wrong date
                break;
            case ("events", 3):
                item["actors"] = new JsonArray("United Nations"); // an alias of UN
                break;
            case ("countries", 1):
                item["code"] = item["code"]!.ToString().ToLowerInvariant(); // codes compare case-blind
                break;
        }
    }
}
