namespace NewsNlp.Events.Tagging;

/// <summary>
/// The trigger tagger's weights: a multinomial logistic regression over "no trigger" and the ten event types
/// (<see cref="EventTaxonomy.TypeNames"/>), over the hashed features of <see cref="TriggerTaggerFeatures"/>. Written by the
/// NewsNlp.Training tool's <c>train-event-triggers</c>, scored in plain C#. Immutable and thread-safe.
/// </summary>
internal sealed class TriggerTaggerModel
{
    /// <summary>Outputs: 0 is "no trigger", 1 + t is type t of <see cref="EventTaxonomy.TypeNames"/>.</summary>
    public static readonly int Labels = EventTaxonomy.TypeNames.Length + 1;

    private const int Magic = 0x5454454E; // "NETT"
    private const int Version = 1;

    // Feature-major: weights[feature * Labels + label], so one feature's weights are adjacent.
    private readonly float[] weights;
    private readonly float[] biases;

    /// <summary>Creates a model from dense weights (feature-major) and one bias per label.</summary>
    public TriggerTaggerModel(float[] weights, float[] biases)
    {
        if (weights.Length != TriggerTaggerFeatures.Dimension * Labels || biases.Length != Labels)
        {
            throw new ArgumentException(Messages.NotAnEventModel, nameof(weights));
        }

        this.weights = weights;
        this.biases = biases;
    }

    /// <summary>The probability of every label (<see cref="Labels"/> of them) for one token's <paramref name="features"/>.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        int n = Labels;
        Span<float> sums = probabilities[..n];
        biases.CopyTo(sums);
        foreach (int f in features)
        {
            ReadOnlySpan<float> row = weights.AsSpan(f * n, n);
            for (int l = 0; l < n; l++)
            {
                sums[l] += row[l];
            }
        }

        float max = float.NegativeInfinity;
        foreach (float s in sums)
        {
            max = MathF.Max(max, s);
        }

        float total = 0f;
        for (int l = 0; l < n; l++)
        {
            sums[l] = MathF.Exp(sums[l] - max);
            total += sums[l];
        }

        for (int l = 0; l < n; l++)
        {
            sums[l] /= total;
        }
    }

    /// <summary>Writes the model: biases, then the non-zero weights (little-endian).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(TriggerTaggerFeatures.Dimension);
        writer.Write(Labels);
        foreach (float b in biases)
        {
            writer.Write(b);
        }

        writer.Write(weights.Count(w => w != 0));
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0)
            {
                writer.Write(i);
                writer.Write(weights[i]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no tagger model of this version.</exception>
    public static TriggerTaggerModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != TriggerTaggerFeatures.Dimension || reader.ReadInt32() != Labels)
        {
            throw new InvalidDataException(Messages.NotAnEventModel);
        }

        var biases = new float[Labels];
        for (int l = 0; l < Labels; l++)
        {
            biases[l] = reader.ReadSingle();
        }

        var weights = new float[TriggerTaggerFeatures.Dimension * Labels];
        int count = reader.ReadInt32();
        for (int k = 0; k < count; k++)
        {
            int i = reader.ReadInt32();
            if ((uint)i >= (uint)weights.Length)
            {
                throw new InvalidDataException(Messages.NotAnEventModel);
            }

            weights[i] = reader.ReadSingle();
        }

        return new TriggerTaggerModel(weights, biases);
    }
}
