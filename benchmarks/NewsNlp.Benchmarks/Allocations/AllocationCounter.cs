using System.Diagnostics;
using System.Globalization;
using NewsNlp.Benchmarks.Corpus;

namespace NewsNlp.Benchmarks.Allocations;

/// <summary>
/// The <c>--alloc-count</c> mode: counts the objects the full <see cref="NewsExtractor.Extract"/>
/// allocates per token (BenchmarkDotNet reports bytes, not counts).
/// <code>
/// dotnet run -c Release -- --alloc-count [news-1mb|model-article|calibrate] [--passes N] [--warmups N] [--top N] [--stacks] [--site-types] [--keep-trace] [--max-per-token X]
/// </code>
/// It starts itself again as a child with an EventPipe file session enabled from process start
/// (<c>DOTNET_EnableEventPipe</c>; the runtime only tracks every allocation when the
/// sampled-allocation keywords are on at start-up), then reads the trace with TraceEvent.
/// </summary>
public static class AllocationCounter
{
    private const string ModeFlag = "--alloc-count";
    private const string ChildFlag = "--alloc-count-child";

    // GCSampledObjectAllocationHigh (0x200000) | GCSampledObjectAllocationLow (0x2000000): with both
    // on, every allocation is logged; TypeKeyword (0x80000) with GCHeapAndTypeNames (0x1000000):
    // BulkType events that carry type names.
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime:0x3280000:5";

    /// <summary>Runs the mode when <paramref name="args"/> asks for it.</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length >= 4 && args[0] == ChildFlag)
        {
            exitCode = AllocationWorkload.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
            return true;
        }

        if (args.Length == 0 || args[0] != ModeFlag)
        {
            return false;
        }

        string workload = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : BenchCorpus.NewsSlice;
        int passes = Option(args, "--passes", workload == AllocationWorkload.Calibrate ? 1 : 3);
        int warmups = Option(args, "--warmups", 5);
        int top = Option(args, "--top", 25);
        bool siteTypes = Array.IndexOf(args, "--site-types") >= 0;
        var settings = new Settings(workload, warmups, passes, top, siteTypes || Array.IndexOf(args, "--stacks") >= 0, siteTypes, Array.IndexOf(args, "--keep-trace") >= 0);
        exitCode = Count(settings, OptionDouble(args, "--max-per-token", 2.0));
        return true;
    }

    private static int Count(Settings settings, double maxPerToken)
    {
        (string workload, int warmups, int passes, int top, bool stacks, bool siteTypes, bool keep) = settings;
        string trace = Path.Combine(Path.GetTempPath(), $"newsnlp-alloc-{Environment.ProcessId}.nettrace");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(AllocationCounter).Assembly.Location);
        }

        foreach (string a in new[] { ChildFlag, workload, warmups.ToString(CultureInfo.InvariantCulture), passes.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_EnableEventPipe"] = "1";
        start.Environment["DOTNET_EventPipeOutputPath"] = trace;
        start.Environment["DOTNET_EventPipeConfig"] = $"{RuntimeProvider},{AllocationMarkers.ProviderName}:0xFFFFFFFF:5";
        start.Environment["DOTNET_EventPipeCircularMB"] = "2048";
        start.Environment["DOTNET_EventPipeRundown"] = stacks ? "1" : "0";   // rundown names the JIT-compiled methods

        Console.WriteLine($"workload {workload}: {warmups} warm-up pass(es), {passes} measured pass(es); tracing to {trace}");
        string[] result;
        using (var child = Process.Start(start)!)
        {
            string output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            result = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))?.Split(' ') ?? [];
            if (child.ExitCode != 0 || result.Length < 3)
            {
                Console.Error.WriteLine($"child failed (exit {child.ExitCode}):\n{output}");
                File.Delete(trace);
                return 1;
            }
        }

        long units = long.Parse(result[1], CultureInfo.InvariantCulture);
        long gcBytes = long.Parse(result[2], CultureInfo.InvariantCulture);
        AllocationTrace t = AllocationTrace.Read(trace, stacks, siteTypes);
        if (!keep)
        {
            File.Delete(trace);
        }

        if (!t.SawMarkers)
        {
            Console.Error.WriteLine("no markers in the trace: the EventPipe session did not record the workload");
            return 1;
        }

        string unit = workload == AllocationWorkload.Calibrate ? "expected object" : "token";
        Console.WriteLine($"{unit}s: {units:N0}");
        Console.WriteLine($"allocations: {t.Objects:N0}  ({(double)t.Objects / units:F3} per {unit})");
        Console.WriteLine($"bytes (events; object sizes before 8-byte alignment): {t.Bytes:N0}  ({(double)t.Bytes / units:F1} B per {unit})");
        Console.WriteLine($"bytes (GC.GetAllocatedBytesForCurrentThread): {gcBytes:N0}  (events/GC = {(gcBytes == 0 ? 0 : (double)t.Bytes / gcBytes):F4})");
        Console.WriteLine($"events lost: {t.EventsLost}");
        Console.WriteLine();
        Console.WriteLine($"{"type",-70} {"objects",12} {"/" + unit,8} {"bytes",14}");
        foreach (var (name, sum) in t.ByType.OrderByDescending(kv => kv.Value.Objects).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
        {
            string shown = name.Length > 70 ? string.Concat(name.AsSpan(0, 67), "...") : name;
            Console.WriteLine($"{shown,-70} {sum.Objects,12:N0} {(double)sum.Objects / units,8:F3} {sum.Bytes,14:N0}");
        }

        if (stacks)
        {
            Console.WriteLine();
            Console.WriteLine($"{"innermost NewsNlp method <- its NewsNlp caller",-90} {"objects",12} {"/" + unit,8} {"bytes",14}");
            foreach (var (site, sum) in t.ByMethod.OrderByDescending(kv => kv.Value.Objects).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
            {
                Console.WriteLine($"{site,-90} {sum.Objects,12:N0} {(double)sum.Objects / units,8:F3} {sum.Bytes,14:N0}");
            }
        }

        if (t.EventsLost != 0)
        {
            Console.WriteLine($"INVALID: {t.EventsLost} events lost, the count is a lower bound");
            return 2;
        }

        if (workload == AllocationWorkload.Calibrate)
        {
            bool exact = t.Objects == AllocationWorkload.CalibrationObjects;
            Console.WriteLine(exact ? "CALIBRATED: the counter saw exactly the objects allocated" : "CALIBRATION FAILED: the counter does not match the known workload");
            return exact ? 0 : 3;
        }

        double perToken = (double)t.Objects / units;
        bool within = perToken <= maxPerToken;
        Console.WriteLine($"{(within ? "PASS" : "FAIL")}: {perToken:F3} allocations per token (budget {maxPerToken.ToString(CultureInfo.InvariantCulture)}, issue #9)");
        return within ? 0 : 3;
    }

    private static double OptionDouble(string[] args, string name, double fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record Settings(string Workload, int Warmups, int Passes, int Top, bool Stacks, bool SiteTypes, bool KeepTrace);

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
