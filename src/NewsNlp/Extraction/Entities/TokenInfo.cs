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
}
