namespace NewsNlp.Lexicons;

/// <summary>
/// The one reader of the library's embedded resources (everything under <c>Resources/</c>, named
/// <c>NewsNlp.&lt;folder&gt;/&lt;file&gt;</c>). Data files share one comment rule: a line whose
/// first character is '#' is a comment, and blank lines are skipped.
/// </summary>
internal static class ResourceFile
{
    private const string Prefix = "NewsNlp.";

    /// <summary>The logical names of every embedded resource under <paramref name="folder"/> (e.g. "Lexicon/").</summary>
    public static IEnumerable<string> Under(string folder) =>
        typeof(ResourceFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Opens an embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a build error, never the caller's fault).</exception>
    public static Stream Open(string logicalName) =>
        typeof(ResourceFile).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException(Messages.MissingResource(logicalName));

    /// <summary>Opens an embedded resource that a build may leave out (a model not trained yet), or returns null.</summary>
    public static Stream? TryOpen(string logicalName) => typeof(ResourceFile).Assembly.GetManifestResourceStream(logicalName);

    /// <summary>The whole text of an embedded resource.</summary>
    public static string ReadText(string logicalName)
    {
        using var reader = new StreamReader(Open(logicalName));
        return reader.ReadToEnd();
    }

    /// <summary>The data lines of an embedded resource: no comments, no blank lines, trailing white space trimmed.</summary>
    public static List<string> ReadLines(string logicalName)
    {
        using var reader = new StreamReader(Open(logicalName));
        var lines = new List<string>(256);
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length != 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The data rows of a tab-separated embedded resource, split on tabs.</summary>
    public static List<string[]> ReadRows(string logicalName)
    {
        using var reader = new StreamReader(Open(logicalName));
        var rows = new List<string[]>(512);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length != 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }

    /// <summary>The non-empty items of a '|'-separated list cell.</summary>
    public static string[] SplitList(string? cell) =>
        string.IsNullOrEmpty(cell) ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
