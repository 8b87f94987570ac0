using System.Globalization;
using System.Text;

namespace NewsNlp.Cli.Pipeline;

/// <summary>Counts for the final summary: items, records, errors (by kind), extracted items per field, throughput.</summary>
internal sealed class RunSummary
{
    private readonly SortedDictionary<string, long> errorKinds = new(StringComparer.Ordinal);

    /// <summary>Input items seen.</summary>
    public long Articles { get; private set; }

    /// <summary>Records written.</summary>
    public long Records { get; private set; }

    /// <summary>Error records written.</summary>
    public long Errors { get; private set; }

    /// <summary>Extracted countries, people, casualties, dates, events.</summary>
    public long Countries { get; private set; }

    /// <inheritdoc cref="Countries"/>
    public long People { get; private set; }

    /// <inheritdoc cref="Countries"/>
    public long Casualties { get; private set; }

    /// <inheritdoc cref="Countries"/>
    public long Dates { get; private set; }

    /// <inheritdoc cref="Countries"/>
    public long Events { get; private set; }

    /// <summary>Input characters extracted.</summary>
    public long Characters { get; private set; }

    /// <summary>Errors by kind (the message up to its colon).</summary>
    public IReadOnlyDictionary<string, long> ErrorKinds => errorKinds;

    /// <summary>Counts one outcome.</summary>
    public void Add(ProcessedArticle article)
    {
        Articles++;
        if (article.Record is { } r)
        {
            Records++;
            Characters += article.Input.Text?.Length ?? 0;
            Countries += r.Countries.Length;
            People += r.People.Length;
            Casualties += r.Casualties.Length;
            Dates += r.Dates.Length;
            Events += r.Events.Length;
        }
        else
        {
            Errors++;
            string message = article.Error ?? "";
            int colon = message.IndexOf(':', StringComparison.Ordinal);
            string kind = colon > 0 ? message[..colon] : message;
            errorKinds[kind] = errorKinds.GetValueOrDefault(kind) + 1;
        }
    }

    /// <summary>The summary text for standard error.</summary>
    public string Format(TimeSpan elapsed, int threads)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var b = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        b.Append(c, $"newsnlp: {Articles} articles -> {Records} records + {Errors} errors in {elapsed.TotalSeconds:F1} s ({Articles / seconds:F1} articles/s, {Characters / seconds / 1e6:F2} M chars/s, {threads} threads)").Append('\n');
        b.Append(c, $"  extracted: {Countries} countries, {People} people, {Casualties} casualties, {Dates} dates, {Events} events").Append('\n');
        foreach (var (kind, count) in errorKinds)
        {
            b.Append(c, $"  error: {kind}: {count}").Append('\n');
        }

        return b.ToString();
    }

    /// <summary>
    /// What the runtime spent besides extraction (for <c>--verbose</c>): methods compiled by the JIT and the time it
    /// took (or that the tool was compiled ahead of time and has no JIT), the garbage collections, and the process CPU
    /// time, so a slow run can be told apart from a slow JIT.
    /// </summary>
    public static string FormatRuntime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var c = CultureInfo.InvariantCulture;
        string compilation = System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
            ? string.Create(c, $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods JIT-compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms")
            : "compiled ahead of time (Native AOT), no JIT";
        return $"  runtime: {compilation}; "
            + string.Create(c, $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; CPU {process.TotalProcessorTime.TotalSeconds:F2} s\n");
    }
}
