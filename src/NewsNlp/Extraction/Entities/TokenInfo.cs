namespace NewsNlp.Extraction.Entities;

/// <summary>What the feature extractor precomputes once per token of a sentence.</summary>
internal struct TokenInfo
{
    /// <summary>Hash of the lower-cased word.</summary>
    public ulong Lower;

    /// <summary>Hash of the word as written.</summary>
    public ulong Raw;

    /// <summary>Hash of the word's shape.</summary>
    public ulong Shape;

    /// <summary>Gazetteer knowledge about the word.</summary>
    public GazetteerFlags Flags;

    /// <summary>What the rest of the document says about the word (<see cref="DocumentFeatures"/> bits).</summary>
    public byte Document;

    /// <summary>The word's clusters, packed as <see cref="WordClusters.Get"/> returns them (0: unknown word).</summary>
    public uint Cluster;
}
