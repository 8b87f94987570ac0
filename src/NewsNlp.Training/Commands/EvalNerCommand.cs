using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Extraction.Entities;
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
        var command = new Command("eval-ner", "Score the named-entity tagger on a CoNLL-2003 file (exact spans, per type).") { file, model };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(model)));
        return command;
    }

    private static int Run(string file, string? modelPath)
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
            tagger = new EntityTagger(NerModel.Load(stream), EntityGazetteer.Default);
        }

        Console.Error.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms");
        List<ConllSentence> sentences = ConllReader.Read(file);
        EntityScores scores = NerTrainer.Evaluate(tagger, sentences);

        // Time a second pass, after the JIT has optimized the hot loops.
        // CPU time as well as wall time: on a busy machine the wall clock mostly measures waiting.
        clock.Restart();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        NerTrainer.Evaluate(tagger, sentences);
        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.Error.WriteLine($"tagged {scores.Tokens} tokens in {seconds * 1000:F0} ms wall, {cpuSeconds * 1000:F0} ms CPU ({scores.Tokens / cpuSeconds / 1e6:F2} M tokens/CPU-second, including scoring)");
        Console.WriteLine(scores.ToTable());
        return 0;
    }
}
