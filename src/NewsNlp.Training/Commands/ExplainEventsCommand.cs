using System.CommandLine;
using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Records.Building;
using NewsNlp.Text;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>explain-events CORPUS... [--data FOLDER] [--split train|tune|train+tune] [--exclude-ids FILE...] [-o FILE]</c>: where the
/// extractor loses the in-scope events of the event corpus. It runs the pipeline with an <see cref="IEventTrace"/> and puts each
/// required gold event that no system event of its type matches in its sentence (scored as <c>eval-events</c> scores) at the stage
/// that lost it (<see cref="EventLossAttribution"/>): (a) no trigger, (a') only another type's, (b) a named filter, (c) the scope model,
/// (d) the candidate builder (no party, unaddressed, ...), (e) the verifier's floor, (f) kept and then merged or dropped as a mere
/// reference. For the matched events it also counts the gold actor and target codes the system missed, by whether a participant
/// with that code stands in the sentence. Prints the tables; writes the misses as TSV, and where each stage ends the traced triggers
/// by type and pattern (gold / false) beside it (<c>NAME.patterns.tsv</c>), and each dropped trigger with its sentence
/// (<c>NAME.drops.tsv</c>). The report split is refused, and so are the
/// articles of the report splits and the blind draw (<c>--exclude-ids</c>).
/// </summary>
internal static class ExplainEventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/.", DefaultValueFactory = _ => "../shared/data" };
        var split = new Option<string>("--split") { Description = "train, tune or train+tune (the report split is never read).", DefaultValueFactory = _ => "tune" };
        var exclude = new Option<string[]>("--exclude-ids")
        {
            Description = "Files whose whitespace-separated words include doc ids never to read (report splits, the blind draw).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["data/annotations/report/CONFLICT.md", "data/annotations/report/ids.txt", "data/annotations/judged/events-200-700fdca.docs.txt", "data/annotations/judged/events-200-28bc5cd.docs.txt"],
        };
        var output = new Option<string>("--output", "-o") { Description = "TSV file for the missed events with their stage.", DefaultValueFactory = _ => "event-losses.tsv" };
        var command = new Command("explain-events", "Attribute the corpus events the extractor misses to the stage that lost them.") { corpus, data, split, exclude, output };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(data)!, parse.GetValue(split)!, parse.GetValue(exclude) ?? [], parse.GetValue(output)!));
        return command;
    }

    private static int Run(string[] paths, string data, string split, string[] excludeFiles, string output)
    {
        if (split is not ("train" or "tune" or "train+tune"))
        {
            Console.Error.WriteLine("--split must be train, tune or train+tune: the report split is scored, never read");
            return 2;
        }

        // A list of ids never to read that cannot be read must stop the run: skipped silently, it let the report split, the blind
        // draws and the other no-read articles into the losses file (session 17: "a|b" given as one path read nothing).
        string? missing = excludeFiles.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            Console.Error.WriteLine($"--exclude-ids: no such file '{missing}' (give each file as its own argument, separated by spaces)");
            return 2;
        }

        HashSet<string> excluded = CorpusSplit.ExcludedIds(excludeFiles);
        (var bySource, _) = CorpusRecords.Rows(CorpusSplit.Files(paths), (key, doc) => !excluded.Contains(doc) && split.Split('+').Contains(CorpusSplit.Of(key)));
        var report = new LossReport();
        var trace = new EventTraceLog();
        var pipeline = ExtractionPipeline.Create(events: new EventExtractor { Trace = trace });
        foreach ((string source, Dictionary<string, List<JsonElement>> docs) in bySource)
        {
            foreach ((string id, JsonElement record) in CorpusRecords.Of(data, source))
            {
                if (docs.TryGetValue(id, out List<JsonElement>? rows))
                {
                    trace.Triggers.Clear();
                    string text = record.GetProperty("text").GetString()!;
                    var context = new ArticleContext { Id = source + "/" + id, Title = record.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null, Published = CorpusRecords.Published(record) };
                    using Document document = Document.Analyze(text, context);
                    pipeline.Run(document);
                    report.Add(source + "/" + id, document, RecordBuilder.Build(document, context).Events, rows, trace.Triggers);
                }
            }
        }

        File.WriteAllLines(output, report.Lines);
        File.WriteAllLines(Path.ChangeExtension(output, null) + ".patterns.tsv", report.PatternLines);
        File.WriteAllLines(Path.ChangeExtension(output, null) + ".drops.tsv", report.DropLines);
        Console.Write(report.Format());
        return 0;
    }
}
