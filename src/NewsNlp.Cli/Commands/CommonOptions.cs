using System.CommandLine;
using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Commands;

/// <summary>Options shared by <c>extract</c>, <c>eval</c> and <c>report</c>: threads, shard, glob, input format, default date, size limit, fail-fast, quiet.</summary>
internal sealed class CommonOptions
{
    private readonly Option<int?> threads = new("--threads", "-t") { Description = "Worker threads (default: all cores)." };
    private readonly Option<string?> shard = new("--shard") { Description = "Process only shard K of N (K/N, 1-based): item i goes to shard i mod N + 1." };
    private readonly Option<string> glob = new("--glob") { Description = "File filter inside a folder (*, ?, **); *.txt also matches *.txt.gz.", DefaultValueFactory = _ => "*.txt" };
    private readonly Option<string> inputFormat = new("--input-format") { Description = "auto (from the file name), jsonl, csv or txt.", DefaultValueFactory = _ => "auto" };
    private readonly Option<string?> published = new("--published") { Description = "Publication date (YYYY-MM-DD) for items that carry none." };
    private readonly Option<int> maxChars = new("--max-chars") { Description = "Largest article in characters; longer ones give an error record.", DefaultValueFactory = _ => NewsExtractorOptions.DefaultMaxTextLength };
    private readonly Option<bool> failFast = new("--fail-fast") { Description = "Stop at the first error record." };
    private readonly Option<bool> quiet = new("--quiet", "-q") { Description = "No progress bar and no summary." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { threads, shard, glob, inputFormat, published, maxChars, failFast, quiet })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads and checks the options.</summary>
    /// <exception cref="CliException">An option has a bad value (exit 2).</exception>
    public RunSettings Read(ParseResult parse)
    {
        int threadCount = parse.GetValue(threads) ?? Environment.ProcessorCount;
        if (threadCount < 1)
        {
            throw CliException.Usage(CliMessages.BadThreads(threadCount));
        }

        Shard split = Shard.All;
        string? shardText = parse.GetValue(shard);
        if (shardText is not null && !Shard.TryParse(shardText, out split))
        {
            throw CliException.Usage(CliMessages.BadShard(shardText));
        }

        DateOnly? date = null;
        string? publishedText = parse.GetValue(published);
        if (publishedText is not null)
        {
            if (!ItemParser.TryParsePublished(publishedText, out DateOnly parsed))
            {
                throw CliException.Usage(CliMessages.BadPublishedOption(publishedText));
            }

            date = parsed;
        }

        string formatText = parse.GetValue(inputFormat) ?? "auto";
        InputFormat format = formatText.ToLowerInvariant() switch
        {
            "jsonl" or "json" or "ndjson" => InputFormat.JsonLines,
            "csv" => InputFormat.Csv,
            "txt" or "text" => InputFormat.Text,
            "auto" => InputFormat.Auto,
            _ => throw CliException.Usage($"--input-format must be auto, jsonl, csv or txt, not '{formatText}'."),
        };

        int limit = Math.Max(1, parse.GetValue(maxChars));
        return new RunSettings
        {
            Input = new InputOptions { Format = format, Glob = parse.GetValue(glob) ?? "*.txt", DefaultPublished = date, Shard = split, MaxLineChars = (8L * limit) + 65_536 },
            Threads = threadCount,
            MaxChars = limit,
            FailFast = parse.GetValue(failFast),
            Quiet = parse.GetValue(quiet),
            Verbose = parse.GetValue(CliApp.Verbose),
        };
    }
}
