using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using NewsNlp.Cli.Evaluation;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval-events CORPUS...</c>: extracts the documents of an event corpus and scores the
/// system's events per annotated sentence (per-type P/R/F1, argument F1, confusion table).
/// </summary>
internal static class EvalEventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/ (the texts the corpus points into).", DefaultValueFactory = _ => "../shared/data" };
        var split = new Option<string>("--split") { Description = "all, train, tune or report: articles are split 70/15/15 by a seeded hash of their key.", DefaultValueFactory = _ => "all" };
        var seed = new Option<int>("--seed") { Description = "Seed of the article split.", DefaultValueFactory = _ => 15 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var problems = new Option<bool>("--problems") { Description = "List the corpus lines left out (missing text, checksum mismatch, held-out source, duplicate)." };
        var evidenceOnly = new Option<bool>("--evidence-only") { Description = "Count an event only in the sentence of its evidence, not in every sentence one of its mentions falls in (the scoring before event mentions)." };
        var errors = new Option<string?>("--errors") { Description = "Write the sentences with a missed or false event as TSV to this file, and the matched events with other actors or targets than the gold beside it (NAME.arguments.tsv) (train and tune splits only: the report split is scored, never read)." };
        var command = new Command("eval-events", "Score the extractor's events against an event corpus, sentence by sentence.") { corpus, data, split, seed, threads, json, problems, errors, evidenceOnly };
        command.SetAction(parse =>
        {
            string splitName = parse.GetValue(split)!;
            if (splitName is not ("all" or "train" or "tune" or "report"))
            {
                Console.Error.WriteLine($"--split must be all, train, tune or report, not '{splitName}'");
                return 2;
            }

            string? errorsPath = parse.GetValue(errors);
            if (errorsPath is not null && splitName is not ("train" or "tune"))
            {
                Console.Error.WriteLine($"--errors needs --split train or tune: the {splitName} split holds report sentences, which are scored, never read");
                return 2;
            }

            string[] paths = parse.GetValue(corpus)!;
            if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            {
                Console.Error.WriteLine(CliMessages.NoSuchInput(missing));
                return 2;
            }

            EventCorpus read = EventCorpusReader.Read(paths, parse.GetValue(data)!);
            EventCorpusScorer scorer = Score(read, read.InSplit(splitName, parse.GetValue(seed)).ToList(), NewsExtractor.Create(), Math.Max(1, parse.GetValue(threads)), parse.GetValue(evidenceOnly));
            Console.Error.WriteLine($"corpus: {read.Sentences.Length} sentences ({read.Synthetic.Length} synthetic, training only), {read.Problems.Length} left out; split {splitName}: {scorer.Sentences} sentences");
            if (parse.GetValue(problems))
            {
                foreach (string problem in read.Problems)
                {
                    Console.Error.WriteLine(problem);
                }
            }

            if (errorsPath is not null)
            {
                File.WriteAllLines(errorsPath, [EventCorpusScorer.ErrorHeader, .. scorer.Errors]);
                File.WriteAllLines(Path.ChangeExtension(errorsPath, ".arguments.tsv"), [EventCorpusScorer.ArgumentErrorHeader, .. scorer.ArgumentErrors]);
            }

            Console.Out.Write(parse.GetValue(json) ? scorer.Summary().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n" : scorer.FormatTable());
            return 0;
        });
        return command;
    }

    /// <summary>Extracts every document of <paramref name="sentences"/> once and scores each sentence against the events with a mention (or, with <paramref name="evidenceOnly"/>, the evidence) that overlaps it most.</summary>
    /// <param name="corpus">The corpus and its documents.</param>
    /// <param name="sentences">The sentences to score.</param>
    /// <param name="extractor">The extractor.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="evidenceOnly">
    /// Score an event only in the sentence of its evidence, as before event mentions existed; by default it counts in every
    /// annotated sentence one of its mentions falls in (a repeat the extractor merged into the event is found there too).
    /// </param>
    public static EventCorpusScorer Score(EventCorpus corpus, IReadOnlyList<CorpusSentence> sentences, NewsExtractor extractor, int threads, bool evidenceOnly = false)
    {
        var byDocument = sentences.GroupBy(s => s.ArticleKey).ToList();
        var found = new ConcurrentDictionary<string, IReadOnlyList<EventRecord>>(StringComparer.Ordinal);
        Parallel.ForEach(byDocument, new ParallelOptions { MaxDegreeOfParallelism = threads }, group =>
        {
            CorpusDocument document = corpus.Documents[group.Key];
            found[group.Key] = extractor.Extract(document.Text, new ArticleContext { Id = document.Key, Title = document.Title, Published = document.Published }).Events;
        });

        var scorer = new EventCorpusScorer();
        foreach (var group in byDocument)
        {
            List<CorpusSentence> annotated = [.. group];
            var assigned = annotated.ToDictionary(s => s, _ => new List<SystemEvent>());
            foreach (EventRecord record in found[group.Key])
            {
                var system = new SystemEvent(record.Type, record.Actors, record.Targets);
                IEnumerable<(int Start, int End)> references = evidenceOnly || record.Mentions.IsDefaultOrEmpty
                    ? [(record.Start, record.End)]
                    : record.Mentions.Select(m => (m.Start, m.End));
                foreach (CorpusSentence sentence in references.Select(r => SentenceOf(annotated, r.Start, r.End)).OfType<CorpusSentence>().Distinct())
                {
                    assigned[sentence].Add(system);
                }
            }

            foreach (CorpusSentence sentence in annotated)
            {
                scorer.Add(sentence, assigned[sentence]);
            }
        }

        return scorer;
    }

    /// <summary>The annotated sentence that holds most of a span (sentence splits may differ from the annotators'); null when none overlaps it.</summary>
    private static CorpusSentence? SentenceOf(List<CorpusSentence> annotated, int start, int end)
    {
        CorpusSentence? best = annotated.MaxBy(s => Math.Min(s.End, end) - Math.Max(s.Start, start));
        return best is not null && Math.Min(best.End, end) > Math.Max(best.Start, start) ? best : null;
    }
}
