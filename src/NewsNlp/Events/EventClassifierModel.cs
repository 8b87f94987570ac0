using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsNlp.Events;
using NewsNlp.Text;

namespace NewsNlp;

/// <summary>
/// A trained event-type classifier: one logistic-regression weight vector per event type over
/// hashed word features, scored in plain C# (no ML.NET at run time). Immutable and thread-safe.
/// Get one from <see cref="EventClassifier.Default"/> or <see cref="Load(Stream)"/> (a file written by the
/// NewsNlp.Training tool's <c>train-events</c>), and plug its file into
/// <see cref="NewsExtractorOptions.EventModelPath"/>.
/// </summary>
public sealed class EventClassifierModel
{
    private const int Magic = 0x56454E4E; // "NNEV"
    private const int Version = 1;

    [ThreadStatic]
    private static List<int>? featureBuffer;

    // Weights laid out feature-major: weights[feature * types + type], so one feature's weights are adjacent.
    private readonly float[] weights;
    private readonly float[] biases;
    private readonly float[] thresholds;

    internal EventClassifierModel(ImmutableArray<string> types, float[] weights, float[] biases, float[] thresholds)
    {
        Types = types;
        this.weights = weights;
        this.biases = biases;
        this.thresholds = thresholds;
    }

    /// <summary>The event types scored, in output order.</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>
    /// The probability, for each of <see cref="Types"/>, that <paramref name="sentence"/> reports an
    /// event of that type.
    /// </summary>
    /// <param name="sentence">One sentence of news text.</param>
    /// <returns>One probability per type, in <see cref="Types"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    public ImmutableArray<double> Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<Token>(sentence.Length / 5 + 4);
        Tokenizer.Tokenize(sentence, tokens);
        Span<float> probabilities = stackalloc float[Types.Length];
        Score(sentence, CollectionsMarshal.AsSpan(tokens), probabilities);
        var result = ImmutableArray.CreateBuilder<double>(Types.Length);
        foreach (float p in probabilities)
        {
            result.Add(p);
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The decision threshold for <paramref name="typeIndex"/>: a probability at or above it
    /// counts as the type being reported.
    /// </summary>
    /// <param name="typeIndex">Index into <see cref="Types"/>.</param>
    /// <returns>The threshold, between 0 and 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="typeIndex"/> is out of range.</exception>
    public double Threshold(int typeIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(typeIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(typeIndex, Types.Length);
        return thresholds[typeIndex];
    }

    /// <summary>Writes the model in its compact binary form (sparse weights, little-endian).</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(SentenceFeaturizer.Dimension);
        writer.Write(Types.Length);
        int n = Types.Length;
        for (int t = 0; t < n; t++)
        {
            writer.Write(Types[t]);
            writer.Write(biases[t]);
            writer.Write(thresholds[t]);
            int count = 0;
            for (int f = 0; f < SentenceFeaturizer.Dimension; f++)
            {
                if (weights[(f * n) + t] != 0)
                {
                    count++;
                }
            }

            writer.Write(count);
            for (int f = 0; f < SentenceFeaturizer.Dimension; f++)
            {
                float w = weights[(f * n) + t];
                if (w != 0)
                {
                    writer.Write(f);
                    writer.Write(w);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">Where to read from.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a model of this version.</exception>
    public static EventClassifierModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != SentenceFeaturizer.Dimension)
        {
            throw new InvalidDataException(Messages.NotAnEventModel);
        }

        int n = reader.ReadInt32();
        var types = ImmutableArray.CreateBuilder<string>(n);
        var weights = new float[SentenceFeaturizer.Dimension * n];
        var biases = new float[n];
        var thresholds = new float[n];
        for (int t = 0; t < n; t++)
        {
            types.Add(reader.ReadString());
            biases[t] = reader.ReadSingle();
            thresholds[t] = reader.ReadSingle();
            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                int f = reader.ReadInt32();
                if ((uint)f >= SentenceFeaturizer.Dimension)
                {
                    throw new InvalidDataException(Messages.NotAnEventModel);
                }

                weights[(f * n) + t] = reader.ReadSingle();
            }
        }

        return new EventClassifierModel(types.MoveToImmutable(), weights, biases, thresholds);
    }

    /// <summary>Scores the sentence made of <paramref name="tokens"/> over <paramref name="text"/>; hot path, allocation-free after warm-up.</summary>
    internal void Score(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<float> probabilities)
    {
        List<int> features = featureBuffer ??= new List<int>(256);
        features.Clear();
        SentenceFeaturizer.Featurize(text, tokens, features);
        int n = Types.Length;
        float scale = SentenceFeaturizer.Scale(features.Count);
        Span<float> sums = stackalloc float[n];
        sums.Clear();
        foreach (int f in CollectionsMarshal.AsSpan(features))
        {
            ReadOnlySpan<float> row = weights.AsSpan(f * n, n);
            for (int t = 0; t < n; t++)
            {
                sums[t] += row[t];
            }
        }

        for (int t = 0; t < n; t++)
        {
            float z = biases[t] + (sums[t] * scale);
            probabilities[t] = 1f / (1f + MathF.Exp(-z));
        }
    }

    /// <summary>
    /// The probability of <paramref name="typeIndex"/> for features already hashed by a featurizer other than the sentence one (the
    /// event verifier's), each occurrence weighted as the sentence featurizer weights its own.
    /// </summary>
    internal float Probability(ReadOnlySpan<int> features, int typeIndex)
    {
        int n = Types.Length;
        float sum = 0f;
        foreach (int f in features)
        {
            sum += weights[(f * n) + typeIndex];
        }

        float z = biases[typeIndex] + (sum * SentenceFeaturizer.Scale(features.Length));
        return 1f / (1f + MathF.Exp(-z));
    }

    /// <summary>True when <paramref name="probability"/> reaches the threshold of <paramref name="typeIndex"/>.</summary>
    internal bool Accepts(int typeIndex, float probability) => probability >= thresholds[typeIndex];
}
