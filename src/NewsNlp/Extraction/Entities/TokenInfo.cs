namespace NewsNlp.Extraction.Entities;

/// <summary>What the feature extractor precomputes once per token of a sentence.</summary>
internal struct TokenInfo
{
    /// <summary>Hash of the lower-cased word.</summary>
    public ulong Lower;

    /// <summary>Hash of the word's last three characters lower-cased (of the whole word when it is shorter).</summary>
    public ulong Suffix3;

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

    /// <summary>Second pass: the first pass's label of this token.</summary>
    public byte FirstPass;

    /// <summary>Second pass: the type the first pass gives this word most often inside names in the document (0: never in a name).</summary>
    public byte WordMajority;

    /// <summary>Second pass: the types the first pass gives this word in the document, one bit per type.</summary>
    public byte WordTypes;

    /// <summary>Second pass: the type the first pass gives most often to the name string this token is in (0: not in a name).</summary>
    public byte NameMajority;

    /// <summary>Second pass: the type this word gets most often inside names of two or more words (0: none).</summary>
    public byte LongerNameMajority;

    /// <summary>Second pass: <see cref="FirstPassVotes.BeginsPersonName"/> and <see cref="FirstPassVotes.EndsPersonName"/> bits.</summary>
    public byte PersonEdge;
}
