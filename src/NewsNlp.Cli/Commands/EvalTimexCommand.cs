using System.CommandLine;
using System.Text.Json;
using NewsNlp.Cli.Evaluation;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp eval-timex FILE</c>: TempEval-3 scores of the dates against the TIMEX3s of a TimeML JSON Lines file.</summary>
internal static class EvalTimexCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A TimeML JSON Lines file (doc_id, dct, text, timexes with code-point offsets), e.g. tbaq.jsonl." };
        var folds = new Option<string?>("--folds") { Description = "Score only the documents of these folds, e.g. 1,2,3,4 (5 folds by document: FNV-1a of seed:doc_id)." };
        var seed = new Option<int>("--seed") { Description = "The fold seed.", DefaultValueFactory = _ => 17 };
        var errors = new Option<string?>("--errors") { Description = "Write every error (missed, spurious, wrong span/type/value) as TSV to this file." };
        var listFolds = new Option<bool>("--list-folds") { Description = "Print each document's fold and exit." };
        var predictions = new Option<string?>("--predictions") { Description = "Write the predicted expressions of the scored documents as JSON Lines (doc_id, fold, start, end in UTF-16 code units, text, type, value, mod) to this file." };
        var command = new Command("eval-timex", "Score the temporal expressions against TimeML gold (TempEval-3: relaxed/strict span, type and value).") { file, folds, seed, errors, listFolds, predictions };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(folds), parse.GetValue(seed), parse.GetValue(errors), parse.GetValue(listFolds), parse.GetValue(predictions)));
        return command;
    }

    private const int FoldCount = 5;

    private static int Run(string path, string? foldList, int seed, string? errorsPath, bool listFolds, string? predictionsPath)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine(CliMessages.NoSuchInput(path));
            return 2;
        }

        List<TimexDocument> documents = TimexDocument.ReadAll(path);
        if (listFolds)
        {
            foreach (TimexDocument d in documents)
            {
                Console.Out.WriteLine($"{d.Id}\t{TimexDocument.FoldOf(d.Id, FoldCount, seed)}");
            }

            return 0;
        }

        HashSet<int>? selected = foldList is null ? null : [.. foldList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse)];
        NewsExtractor extractor = NewsExtractor.Create();
        var scorer = new TimexScorer();
        using StreamWriter? predicted = predictionsPath is null ? null : new StreamWriter(predictionsPath);
        foreach (TimexDocument d in documents)
        {
            int fold = TimexDocument.FoldOf(d.Id, FoldCount, seed);
            if (selected is not null && !selected.Contains(fold))
            {
                continue;
            }

            ArticleRecord record = extractor.Extract(d.Text, new ArticleContext { Id = d.Id, Published = d.Created });
            TimexSpan[] spans = [.. record.Dates.Select(x => new TimexSpan(x.Start, x.End, x.Text, x.TimexType ?? x.Type, x.TimexValue, x.Mod))];
            scorer.Add(d, spans);
            foreach (TimexSpan x in spans)
            {
                if (predicted is not null)
                {
                    WritePrediction(predicted, d.Id, fold, x);
                }
            }
        }

        if (errorsPath is not null)
        {
            File.WriteAllLines(errorsPath, ["doc\terror\tgold_type\tgold_text\tgold_value\tpredicted_text\tpredicted_value", .. scorer.Examples]);
        }

        Console.Out.Write(scorer.FormatTables(errorRows: 20));
        return 0;
    }

    private static void WritePrediction(StreamWriter output, string id, int fold, TimexSpan x)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("doc_id", id);
            json.WriteNumber("fold", fold);
            json.WriteNumber("start", x.Start);
            json.WriteNumber("end", x.End);
            json.WriteString("text", x.Text);
            json.WriteString("type", x.Type);
            json.WriteString("value", x.Value);
            json.WriteString("mod", x.Mod);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
