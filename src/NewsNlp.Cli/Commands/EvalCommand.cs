using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsNlp.Cli.Evaluation;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp eval GOLD INPUT</c>: extracts INPUT and scores it against GOLD with the rules of <c>shared/tools/score.py</c>.</summary>
internal static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "A .gold.json or .gold.jsonl file, or a folder of them." };
        var input = new Argument<string>("input") { Description = "The articles to extract (as for extract), or with --predictions a JSON Lines file of records." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON (as score.py --json)." };
        var perDoc = new Option<bool>("--per-doc") { Description = "Print per-article tp/fp/fn." };
        var predictions = new Option<bool>("--predictions") { Description = "INPUT already holds article records: score them without extracting." };
        var common = new CommonOptions();
        var command = new Command("eval", "Extract articles and score them against gold annotations (same rules as score.py).") { gold, input, json, perDoc, predictions };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            RunSettings settings = common.Read(parse);

            string goldPath = parse.GetValue(gold)!, inputPath = parse.GetValue(input)!;
            if (!File.Exists(goldPath) && !Directory.Exists(goldPath))
            {
                Console.Error.WriteLine(CliMessages.NoSuchInput(goldPath));
                return ExitCodes.InputOutput;
            }

            Dictionary<string, JsonObject>? preds = parse.GetValue(predictions)
                ? LoadPredictions(inputPath)
                : Predict(inputPath, settings with { Quiet = true });
            if (preds is null)
            {
                Console.Error.WriteLine(CliMessages.NoSuchInput(inputPath));
                return ExitCodes.InputOutput;
            }

            Scorer scorer = Score(goldPath, preds);
            if (parse.GetValue(perDoc))
            {
                foreach (string line in scorer.PerDoc)
                {
                    Console.Out.WriteLine(line);
                }
            }

            Console.Out.Write(parse.GetValue(json) ? scorer.Summary().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n" : scorer.FormatTable());
            return 0;
        });
        return command;
    }

    /// <summary>Scores <paramref name="preds"/> (records by id) against the gold at <paramref name="goldPath"/>.</summary>
    public static Scorer Score(string goldPath, IReadOnlyDictionary<string, JsonObject> preds)
    {
        var scorer = new Scorer();
        foreach (var (id, goldArticle) in Scorer.LoadGold(goldPath))
        {
            scorer.Add(id, goldArticle, preds.GetValueOrDefault(id));
        }

        return scorer;
    }

    /// <summary>Extracts <paramref name="input"/> and returns each record (or error record) as JSON, by id; null when the input does not exist.</summary>
    public static Dictionary<string, JsonObject>? Predict(string input, RunSettings settings)
    {
        if (!ArticleSource.TryOpen(input, settings.Input, log: null, out ArticleSource? source))
        {
            return null;
        }

        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var processor = new ArticleProcessor(settings.MaxChars);
        using (source)
        {
            OrderedPipeline.RunAsync(
                source.Items,
                item => JsonLinesSink.Serialize(processor.Process(item)),
                bytes =>
                {
                    if (JsonNode.Parse(bytes) is JsonObject record)
                    {
                        result[GoldMatchers.PyStr(record["id"])] = record;
                    }

                    return true;
                },
                settings.Threads,
                settings.Threads * 8).GetAwaiter().GetResult();
        }

        return result;
    }

    private static Dictionary<string, JsonObject>? LoadPredictions(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return null;
        }

        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (JsonObject record in Scorer.LoadItems(path, [".json", ".jsonl"]))
        {
            if (record.ContainsKey("id"))
            {
                result[GoldMatchers.PyStr(record["id"])] = record;
            }
        }

        return result;
    }
}
