using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;
using NewsNlp.Training.Ner;

namespace NewsNlp.Training.Commands;

/// <summary><c>eval-ner FILE [--model MODEL]</c>: conlleval-style P/R/F1 per type on a CoNLL file.</summary>
internal static class EvalNerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A CoNLL-2003 file (eng.testa)." };
        var model = new Option<string?>("--model") { Description = "A model file (default: the embedded model)." };
        var clusters = new Option<string?>("--clusters") { Description = "The word-cluster table the model was trained with (default: the embedded table)." };
        var predictions = new Option<string?>("--predictions") { Description = "Also write 'word gold predicted' lines (blank line between sentences) to this file, to read the errors." };
        var capitals = new Option<bool>("--capitals") { Description = "Score the file written in capitals (as a bulletin in capitals would be)." };
        var command = new Command("eval-ner", "Score the named-entity tagger on a CoNLL-2003 file (exact spans, per type).") { file, model, clusters, predictions, capitals };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(model), parse.GetValue(clusters), parse.GetValue(predictions), parse.GetValue(capitals)));
        return command;
    }

    private static int Run(string file, string? modelPath, string? clustersPath, string? predictionsPath, bool capitals)
    {
        var clock = Stopwatch.StartNew();
        EntityTagger tagger;
        if (modelPath is null)
        {
            tagger = EntityTagger.Default;
        }
        else
        {
            using FileStream stream = File.OpenRead(modelPath);
            tagger = new EntityTagger(NerModel.Load(stream), EntityGazetteer.Default, ClusterTable.Read(clustersPath));
        }

        Console.Error.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms");
        List<ConllSentence> sentences = ConllReader.Read(file);
        if (capitals)
        {
            sentences = ConllReader.ToCapitals(sentences);
        }

        using StreamWriter? predictions = predictionsPath is null ? null : new StreamWriter(predictionsPath);
        EntityScores scores = NerTrainer.Evaluate(tagger, sentences, predictions is null ? null : (sentence, labels) =>
        {
            for (int i = 0; i < labels.Length; i++)
            {
                Token token = sentence.Tokens[i];
                predictions.WriteLine($"{sentence.Text.AsSpan(token.Start, token.Length)} {EntityLabels.Names[sentence.Gold[i]]} {EntityLabels.Names[labels[i]]}");
            }

            predictions.WriteLine();
        });

        // Time a second pass, after the JIT has optimized the hot loops.
        // CPU time as well as wall time: on a busy machine the wall clock mostly measures waiting.
        clock.Restart();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        NerTrainer.Evaluate(tagger, sentences);
        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.Error.WriteLine($"tagged {scores.Tokens} tokens in {seconds * 1000:F0} ms wall, {cpuSeconds * 1000:F0} ms CPU ({scores.Tokens / cpuSeconds / 1e6:F2} M tokens/CPU-second, including scoring)");
        Console.Error.WriteLine($"tagging alone: {TaggingSpeed(tagger, sentences) / 1e6:F2} M tokens/CPU-second (TagSentence: the first pass, no document features)");
        Console.Error.WriteLine($"documents: {DocumentSpeed(tagger, sentences) / 1e6:F2} M tokens/CPU-second (TagDocument: document features, both passes, consistency)");
        Console.WriteLine(scores.ToTable());
        return 0;
    }

    // What the library runs per article, timed without the joining of sentences and the scoring.
    private static double DocumentSpeed(EntityTagger tagger, List<ConllSentence> sentences)
    {
        List<ConllDocument> documents = ConllDocument.Split(sentences);
        var labels = new byte[documents.Max(d => d.Tokens.Length)];
        long tokens = 0;
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int pass = 0; pass < 5; pass++)
        {
            foreach (ConllDocument document in documents)
            {
                tagger.TagDocument(document.Text, document.Tokens, document.Sentences, labels.AsSpan(0, document.Tokens.Length));
                tokens += document.Tokens.Length;
            }
        }

        return tokens / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    }

    // CPU time, not wall time: on the shared box the wall clock mostly measures waiting.
    private static double TaggingSpeed(EntityTagger tagger, List<ConllSentence> sentences)
    {
        var labels = new byte[1024];
        long tokens = 0;
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int pass = 0; pass < 5; pass++)
        {
            foreach (ConllSentence sentence in sentences)
            {
                tagger.TagSentence(sentence.Text, sentence.Tokens, labels.AsSpan(0, sentence.Tokens.Length));
                tokens += sentence.Tokens.Length;
            }
        }

        return tokens / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    }
}
