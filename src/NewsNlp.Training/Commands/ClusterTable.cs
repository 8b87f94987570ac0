using NewsNlp.Extraction.Entities;

namespace NewsNlp.Training.Commands;

/// <summary>Reads the <c>--clusters</c> option of the tagger commands.</summary>
internal static class ClusterTable
{
    /// <summary>The table at <paramref name="path"/>, or the embedded one when null.</summary>
    public static WordClusters Read(string? path)
    {
        if (path is null)
        {
            return WordClusters.Default;
        }

        using FileStream stream = File.OpenRead(path);
        return WordClusters.Load(stream);
    }
}
