using System.IO.Compression;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// A trained tagger model: a hashed weight table (rows × <see cref="EntityLabels.Count"/>
/// 16-bit weights with one scale) and the label transition scores. Immutable after loading.
/// </summary>
internal sealed class NerModel
{
    private const int Magic = 0x52454E4E; // "NNER"
    private const int Version = 1;
    private const int StackedVersion = 2;

    /// <summary>Creates a model from its parts.</summary>
    public NerModel(int bits, short[] weights, float scale, float[] transitions)
    {
        Bits = bits;
        Weights = weights;
        Scale = scale;
        Transitions = transitions;
    }

    /// <summary>log2 of the number of weight rows.</summary>
    public int Bits { get; }

    /// <summary>Mask that maps a feature hash to a row.</summary>
    public int Mask => (1 << Bits) - 1;

    /// <summary>Row-major weights, <see cref="EntityLabels.Count"/> per row.</summary>
    public short[] Weights { get; }

    /// <summary>What one unit of <see cref="Weights"/> is worth.</summary>
    public float Scale { get; }

    /// <summary>(L+1)×L transition scores; row 0 is the sentence start.</summary>
    public float[] Transitions { get; }

    /// <summary>
    /// The second pass of a stacked tagger, which reads this model's labels over the document
    /// (<see cref="FirstPassVotes"/>); null for a single-pass model.
    /// </summary>
    public NerModel? SecondPass { get; private init; }

    /// <summary>Quantizes float weights into a model.</summary>
    public static NerModel Quantize(int bits, ReadOnlySpan<float> weights, float[] transitions)
    {
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? max / short.MaxValue : 1f;
        var q = new short[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            q[i] = (short)Math.Round(weights[i] / scale);
        }

        return new NerModel(bits, q, scale, transitions);
    }

    /// <summary>
    /// Writes the model gzip-compressed, storing only rows that are not all zero; a stacked model
    /// (<see cref="SecondPass"/>) is written as version 2, its second pass after the first.
    /// </summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(SecondPass is null ? Version : StackedVersion);
        WriteBody(writer);
        SecondPass?.WriteBody(writer);
    }

    /// <summary>
    /// The same first pass with <paramref name="secondPass"/> stacked on it; both must hash into
    /// tables of one size, because the tagger reuses the first pass's rows in the second.
    /// </summary>
    /// <exception cref="ArgumentException">The two passes have different table sizes.</exception>
    public NerModel WithSecondPass(NerModel secondPass)
    {
        ArgumentNullException.ThrowIfNull(secondPass);
        return secondPass.Bits == Bits
            ? new NerModel(Bits, Weights, Scale, Transitions) { SecondPass = secondPass }
            : throw new ArgumentException("The second pass must have as many weight rows as the first.", nameof(secondPass));
    }

    private void WriteBody(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(EntityLabels.Count);
        writer.Write(Scale);
        writer.Write(Transitions.Length);
        foreach (float t in Transitions)
        {
            writer.Write(t);
        }

        const int L = EntityLabels.Count;
        int rows = Weights.Length / L;
        int previous = -1;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<short> row = Weights.AsSpan(r * L, L);
            if (row.IndexOfAnyExcept((short)0) < 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(r - previous);
            previous = r;
            foreach (short w in row)
            {
                writer.Write(w);
            }
        }

        writer.Write7BitEncodedInt(0);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        int version = reader.ReadInt32() == Magic ? reader.ReadInt32() : -1;
        if (version is not (Version or StackedVersion))
        {
            throw new InvalidDataException("Not a NewsNlp tagger model.");
        }

        NerModel first = ReadBody(reader);
        return version == StackedVersion ? first.WithSecondPass(ReadBody(reader)) : first;
    }

    private static NerModel ReadBody(BinaryReader reader)
    {
        int bits = reader.ReadInt32();
        int labels = reader.ReadInt32();
        if (labels != EntityLabels.Count || bits is < 10 or > 26)
        {
            throw new InvalidDataException("Tagger model has an unexpected shape.");
        }

        float scale = reader.ReadSingle();
        var transitions = new float[reader.ReadInt32()];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var weights = new short[(1 << bits) * labels];
        int row = -1;
        while (true)
        {
            int delta = reader.Read7BitEncodedInt();
            if (delta == 0)
            {
                break;
            }

            row += delta;
            int offset = row * labels;
            for (int y = 0; y < labels; y++)
            {
                weights[offset + y] = reader.ReadInt16();
            }
        }

        return new NerModel(bits, weights, scale, transitions);
    }
}
