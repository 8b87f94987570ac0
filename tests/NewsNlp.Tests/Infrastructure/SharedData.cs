namespace NewsNlp.Tests.Infrastructure;

/// <summary>Finds the repository root and the optional <c>../shared</c> folder beside it.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding NewsNlp.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared folder beside the repository, whether or not it exists.</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>True when <c>../shared</c> is present.</summary>
    public static bool Available => Directory.Exists(SharedFolder);

    /// <summary>The message tests give when they skip for want of <c>../shared</c>.</summary>
    public const string SkipReason = "needs ../shared beside the repository (articles, gold files, CoNLL data); absent here, so skipped";

    /// <summary>A path under <c>../shared</c>.</summary>
    public static string Path_(params string[] parts) => Path.Combine([SharedFolder, .. parts]);

    /// <summary>A path under the repository root.</summary>
    public static string RepoPath(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>
    /// True for a record of a held-out collection (the Wikinews 2019 and 2020 CSV collections of <c>news.jsonl</c>, by its
    /// <c>source</c>): the project measures on them and never reads them, tests included.
    /// </summary>
    public static bool IsHeldOut(string? source) =>
        source is not null && (source.Contains("wikinews_2019.csv", StringComparison.Ordinal) || source.Contains("wikinews_2020.csv", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that skips, with a clear message, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
    }
}

/// <summary>A theory that skips, with a clear message, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
    }
}

/// <summary>A fact that needs <c>../shared</c> and <c>python3</c> on the PATH (to run the reference scorer); skips with a clear message otherwise.</summary>
public sealed class SharedDataAndPythonFactAttribute : FactAttribute
{
    /// <summary>The skip message when python3 is missing.</summary>
    public const string NoPython = "needs python3 on the PATH to run ../shared/tools/score.py; absent here, so skipped";

    public SharedDataAndPythonFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
        else if (!PythonAvailable())
        {
            Skip = NoPython;
        }
    }

    private static bool PythonAvailable()
    {
        string[] names = OperatingSystem.IsWindows() ? ["python3.exe", "python.exe"] : ["python3"];
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                if (File.Exists(Path.Combine(folder, name)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
