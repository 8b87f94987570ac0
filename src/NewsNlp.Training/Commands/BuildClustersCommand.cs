using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using NewsNlp.Training.Clusters;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>build-clusters --news FILE --conll FILE... -o TABLE</c>: learns the tagger's word clusters
/// from unlabelled text and writes the gzip-compressed table (word, then one cluster id per
/// granularity, tab-separated).
/// </summary>
internal static class BuildClustersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var news = new Option<string[]>("--news") { Description = "News JSON Lines files (text, source); the held-out Wikinews 2019/2020 records are skipped.", Arity = ArgumentArity.ZeroOrMore };
        var conll = new Option<string[]>("--conll") { Description = "CoNLL files whose words are added (training data only).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the table.", Required = true };
        var granularities = new Option<int[]>("--clusters") { Description = "Numbers of clusters, one per granularity.", DefaultValueFactory = _ => [32, 256, 1000], AllowMultipleArgumentsPerToken = true };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no cluster.", DefaultValueFactory = _ => 5 };
        var maxWords = new Option<int>("--max-words") { Description = "At most this many (most frequent) words.", DefaultValueFactory = _ => 60_000 };
        var command = new Command("build-clusters", "Learn the tagger's word clusters from unlabelled text.") { news, conll, output, granularities, minCount, maxWords };
        command.SetAction(parse => Run(parse.GetValue(news) ?? [], parse.GetValue(conll) ?? [], parse.GetValue(output)!, parse.GetValue(granularities)!, parse.GetValue(minCount), parse.GetValue(maxWords)));
        return command;
    }

    private static int Run(string[] news, string[] conll, string output, int[] granularities, int minCount, int maxWords)
    {
        var clock = Stopwatch.StartNew();
        var builder = new WordClusterBuilder { MinCount = minCount, MaxWords = maxWords };
        foreach (string path in news)
        {
            foreach (string[] words in UnlabelledText.NewsArticles(path, Console.Error.WriteLine))
            {
                builder.Add(words);
            }
        }

        foreach (string path in conll)
        {
            foreach (string[] words in UnlabelledText.ConllSentences(path))
            {
                builder.Add(words);
            }
        }

        List<(string Word, int[] Clusters)> table = builder.Build(granularities, Console.Error.WriteLine);
        using (FileStream file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# word clusters: {string.Join(' ', granularities)}; built by NewsNlp.Training build-clusters"));
            foreach ((string word, int[] clusters) in table)
            {
                if (word.Contains('\t', StringComparison.Ordinal) || word.Contains('\n', StringComparison.Ordinal))
                {
                    continue;
                }

                writer.WriteLine(word + "\t" + string.Join('\t', clusters.Select(c => c.ToString(CultureInfo.InvariantCulture))));
            }
        }

        Console.Error.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB, {table.Count} words) in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
