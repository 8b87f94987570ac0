using System.Globalization;
using System.IO.Compression;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// Word clusters learnt from unlabelled news (the NewsNlp.Training tool's <c>build-clusters</c>):
/// words used in the same contexts share a cluster, at three granularities, so the tagger can
/// generalise from a name it was trained on to one it has only seen in unlabelled text. Keyed by
/// the tagger's lower-case hash, so a lookup needs no string. Loaded once; thread-safe.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>Logical name of the embedded table.</summary>
    public const string ResourceName = "NewsNlp.Models/word-clusters.tsv.gz";

    /// <summary>The number of granularities in a packed value.</summary>
    public const int Granularities = 3;

    private static readonly Lazy<WordClusters> Instance = new(LoadEmbedded);

    private readonly WordHashTable clusters;

    private WordClusters(WordHashTable clusters) => this.clusters = clusters;

    /// <summary>The embedded table, or an empty one when the assembly carries none.</summary>
    public static WordClusters Default => Instance.Value;

    /// <summary>Number of words with a cluster.</summary>
    public int Count => clusters.Count;

    /// <summary>
    /// The clusters of the word whose <see cref="FeatureHash.Lower"/> hash is <paramref name="lowerHash"/>,
    /// packed 10 bits per granularity (coarse in the low bits), each plus one; 0 for an unknown word.
    /// </summary>
    public uint Get(ulong lowerHash) => clusters.Get(lowerHash);

    /// <summary>The cluster id plus one at granularity <paramref name="level"/> (0 = coarsest), 0 when unknown.</summary>
    public static uint Level(uint packed, int level) => (packed >> (10 * level)) & 0x3FF;

    /// <summary>Reads a table written by <c>build-clusters</c>.</summary>
    public static WordClusters Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var entries = new List<(ulong Key, uint Value)>(32_768);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] parts = line.Split('\t');
            uint packed = 0;
            for (int level = 0; level < Granularities && level + 1 < parts.Length; level++)
            {
                uint id = uint.Parse(parts[level + 1], NumberStyles.None, CultureInfo.InvariantCulture);
                packed |= Math.Min(id + 1, 0x3FF) << (10 * level);
            }

            entries.Add((FeatureHash.Lower(parts[0]), packed));
        }

        var clusters = new WordHashTable(entries.Count);
        foreach ((ulong key, uint value) in entries)
        {
            clusters.Set(key, value);
        }

        return new WordClusters(clusters);
    }

    private static WordClusters LoadEmbedded()
    {
        using Stream? stream = ResourceFile.TryOpen(ResourceName);
        return stream is null ? new WordClusters(new WordHashTable(0)) : Load(stream);
    }
}
