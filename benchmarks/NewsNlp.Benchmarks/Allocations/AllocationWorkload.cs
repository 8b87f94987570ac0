using System.Runtime.CompilerServices;
using NewsNlp.Benchmarks.Corpus;

namespace NewsNlp.Benchmarks.Allocations;

/// <summary>
/// What the traced child process runs: set-up and warm-up outside the markers, then the measured
/// passes between them. Prints one line, <c>RESULT tokens allocatedBytes</c>, for the parent.
/// </summary>
public static class AllocationWorkload
{
    /// <summary>The known workload: exactly this many <see cref="object"/>s (24 bytes each on x64).</summary>
    public const int CalibrationObjects = 1_000_000;

    public const string Calibrate = "calibrate";

    private static object? sink;

    public static int Run(string workload, int warmups, int passes)
    {
        Func<int> pass;
        long tokens;
        if (workload == Calibrate)
        {
            pass = AllocateObjects;
            tokens = CalibrationObjects;
        }
        else
        {
            BenchCorpus corpus = BenchCorpus.Get(workload);
            BenchArticle[] articles = [.. corpus.Articles];
            tokens = corpus.Tokens;
            NewsExtractor extractor = NewsExtractor.Create();
            pass = () =>
            {
                int n = 0;
                foreach (BenchArticle a in articles)
                {
                    ArticleRecord record = extractor.Extract(a.Text, a.Context);
                    n += record.Countries.Length + record.People.Length + record.Dates.Length + record.Casualties.Length + record.Events.Length;
                }

                return n;
            };
        }

        int check = 0;
        for (int i = 0; i < warmups; i++)
        {
            check += pass();
            Thread.Sleep(200);   // lets tiered compilation promote hot methods, as BenchmarkDotNet's warm-up does
        }

        AllocationMarkers.Log.Begin();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < passes; i++)
        {
            check += pass();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        AllocationMarkers.Log.End(allocated);
        Console.WriteLine($"RESULT {tokens * passes} {allocated} {check}");
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AllocateObjects()
    {
        for (int i = 0; i < CalibrationObjects; i++)
        {
            Volatile.Write(ref sink, new object());
        }

        return 0;
    }
}
