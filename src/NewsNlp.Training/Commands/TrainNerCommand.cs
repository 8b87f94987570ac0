using System.CommandLine;
using System.Diagnostics;
using NewsNlp.Extraction.Entities;
using NewsNlp.Training.Ner;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>train-ner --train FILE [--dev FILE] -o MODEL</c>: trains the named-entity tagger on
/// CoNLL-2003 data, deterministically, and writes the model file.
/// </summary>
internal static class TrainNerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file (eng.train).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 development file (eng.testa); the best pass on it is kept." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the model.", Required = true };
        var iterations = new Option<int>("--iterations") { Description = "Training passes.", DefaultValueFactory = _ => 20 };
        var bits = new Option<int>("--bits") { Description = "log2 of the number of weight rows.", DefaultValueFactory = _ => 18 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed.", DefaultValueFactory = _ => 20240119 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for the second (stacked) pass; 0 trains a single-pass tagger.", DefaultValueFactory = _ => 5 };
        var clusters = new Option<string?>("--clusters") { Description = "A word-cluster table from build-clusters (default: the embedded table); ship the model with the table it was trained with." };
        var capitals = new Option<bool>("--capitals") { Description = "Train and tune on the files written in capitals (the tagger of documents in capitals, ner-conll2003-caps.bin)." };
        var command = new Command("train-ner", "Train the named-entity tagger (averaged perceptron, Viterbi).") { train, dev, output, iterations, bits, seed, folds, clusters, capitals };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!, parse.GetValue(iterations), parse.GetValue(bits), parse.GetValue(seed), parse.GetValue(folds), parse.GetValue(clusters), parse.GetValue(capitals)));
        return command;
    }

    private static int Run(string trainPath, string? devPath, string output, int iterations, int bits, int seed, int folds, string? clustersPath, bool capitals)
    {
        WordClusters clusters = ClusterTable.Read(clustersPath);
        var clock = Stopwatch.StartNew();
        List<ConllSentence> train = ConllReader.Read(trainPath);
        List<ConllSentence>? dev = devPath is null ? null : ConllReader.Read(devPath);
        if (capitals)
        {
            train = ConllReader.ToCapitals(train);
            dev = dev is null ? null : ConllReader.ToCapitals(dev);
        }

        Console.Error.WriteLine($"read {train.Count} training sentences{(dev is null ? "" : $" and {dev.Count} dev sentences")}");
        NerModel model = folds > 1
            ? new StackedNerTrainer(bits, seed, clusters, folds).Train(train, dev, iterations, Console.Error.WriteLine)
            : new NerTrainer(bits, seed, clusters).Train(train, dev, iterations, Console.Error.WriteLine);
        using (FileStream stream = File.Create(output))
        {
            model.Save(stream);
        }

        Console.Error.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1} s");
        if (dev is not null)
        {
            Console.WriteLine(NerTrainer.Evaluate(new EntityTagger(model, EntityGazetteer.Default, clusters), dev).ToTable());
        }

        return 0;
    }
}
