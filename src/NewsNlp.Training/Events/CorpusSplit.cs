namespace NewsNlp.Training.Events;

/// <summary>The event corpus's article splits: the <c>eval-events</c> split (seed 15) and the cross-validation folds by article.</summary>
internal static class CorpusSplit
{
    /// <summary>The corpus split of <c>newsnlp eval-events</c> (seed 15) of an article key "source/doc": the report split is never trained on.</summary>
    public static string Of(string articleKey)
    {
        uint bucket = Hash("15:" + articleKey) % 100;
        return bucket < 70 ? "train" : bucket < 85 ? "tune" : "report";
    }

    /// <summary>The cross-validation fold of an article.</summary>
    public static int Fold(string article, int folds) => (int)(Hash("fold:" + article) % (uint)folds);

    // FNV-1a: stable across runtimes (string.GetHashCode is randomised per process); the same hash as the CLI's corpus split.
    private static uint Hash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    /// <summary>The corpus files named on a command line: each folder's <c>*.jsonl</c> files in ordinal order, files as given.</summary>
    public static List<string> Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            files.AddRange(Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal) : [path]);
        }

        return files;
    }

    /// <summary>The document ids listed (separated by white space) in <paramref name="files"/>: articles no model may train on.</summary>
    public static HashSet<string> ExcludedIds(IEnumerable<string> files)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            excluded.UnionWith(File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return excluded;
    }
}
