namespace NewsNlp.Extraction.Countries;

/// <summary>Reads the embedded tab-separated gazetteers (header lines start with '#').</summary>
internal static class GazetteerFile
{
    /// <summary>The data rows of the embedded resource <paramref name="logicalName"/>, split on tabs.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a build error).</exception>
    public static List<string[]> ReadRows(string logicalName)
    {
        using Stream stream = typeof(GazetteerFile).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException(Messages.MissingResource(logicalName));
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>(512);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>The non-empty items of a '|'-separated list.</summary>
    public static string[] SplitList(string? cell) =>
        string.IsNullOrEmpty(cell) ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
