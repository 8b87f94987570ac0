namespace NewsNlp.Cli.Output;

/// <summary>
/// Checks an output path before any input is read, so a run that cannot write (or would replace something
/// without being asked to) fails at once with one line naming the path and the cause.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Checks that <paramref name="path"/> can be written as a file: its folder exists, it is not a folder, and it may be replaced under <paramref name="mode"/>.</summary>
    /// <exception cref="CliException">It cannot.</exception>
    public static void CheckFile(string path, OutputMode mode, bool canAppend)
    {
        if (Directory.Exists(path))
        {
            throw CliException.InputOutput($"cannot write {path}: it is a folder, not a file");
        }

        CheckParent(path);
        if (File.Exists(path) && mode == OutputMode.Refuse)
        {
            throw CliException.Usage($"{path} already exists; add --overwrite to replace it{(canAppend ? " or --append to add to it" : "")}");
        }
    }

    /// <summary>
    /// Checks that <paramref name="folder"/> can hold the table files <paramref name="fileNames"/> under
    /// <paramref name="mode"/>, and creates the folder itself (not its parents) when it is missing.
    /// </summary>
    /// <exception cref="CliException">It cannot.</exception>
    public static void PrepareFolder(string folder, IEnumerable<string> fileNames, OutputMode mode)
    {
        if (File.Exists(folder))
        {
            throw CliException.InputOutput($"cannot write into {folder}: it is a file, not a folder");
        }

        if (!Directory.Exists(folder))
        {
            CheckParent(Path.TrimEndingDirectorySeparator(folder));
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw CliException.InputOutput($"cannot create folder {folder}: {CliException.CauseOf(e)}", e);
            }

            return;
        }

        string[] present = fileNames.Where(name => File.Exists(Path.Combine(folder, name))).ToArray();
        if (present.Length > 0 && mode == OutputMode.Refuse)
        {
            throw CliException.Usage($"{folder} already holds {string.Join(", ", present)}; add --overwrite to replace those files (other files are kept) or --append to add to them");
        }
    }

    private static void CheckParent(string path)
    {
        string? parent = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(parent) && !Directory.Exists(parent))
        {
            throw CliException.InputOutput($"cannot write {path}: the folder {parent} does not exist");
        }
    }
}
