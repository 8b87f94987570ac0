using System.Runtime.Intrinsics;
using NewsNlp.Extraction.Entities;

namespace NewsNlp.Training.Clusters;

/// <summary>
/// Learns word clusters from unlabelled text: each frequent word is described by the words seen
/// one and two places to its left and right (positive pointwise mutual information with the most
/// frequent context words), squeezed by a fixed random projection into a short vector, and the
/// vectors are grouped by spherical k-means at several granularities. Deterministic: the same
/// text and settings give the same table.
/// </summary>
internal sealed class WordClusterBuilder
{
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly List<string[]> sequences = [];

    /// <summary>Words seen fewer times get no cluster.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>At most this many words (the most frequent) get a cluster.</summary>
    public int MaxWords { get; init; } = 60_000;

    /// <summary>The number of context words a word is described by, per position.</summary>
    public int ContextWords { get; init; } = 2_000;

    /// <summary>Length of the projected vectors.</summary>
    public int Dimensions { get; init; } = 128;

    /// <summary>k-means passes per granularity.</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Adds one sequence of folded words.</summary>
    public void Add(string[] words)
    {
        sequences.Add(words);
        foreach (string w in words)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }
    }

    /// <summary>Clusters the vocabulary once per entry of <paramref name="granularities"/>.</summary>
    /// <returns>The clustered words, most frequent first, with one cluster id per granularity.</returns>
    public List<(string Word, int[] Clusters)> Build(IReadOnlyList<int> granularities, Action<string>? log = null)
    {
        string[] vocabulary = [.. counts.Where(p => p.Value >= MinCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxWords).Select(p => p.Key)];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            index[vocabulary[i]] = i;
        }

        float[] vectors = Vectors(vocabulary, index);
        log?.Invoke($"{vocabulary.Length} words with at least {MinCount} occurrences in {sequences.Count} sequences");
        var clusters = new int[granularities.Count][];
        for (int g = 0; g < granularities.Count; g++)
        {
            clusters[g] = SphericalKMeans(vectors, vocabulary.Length, granularities[g], log);
        }

        var result = new List<(string, int[])>(vocabulary.Length);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            result.Add((vocabulary[i], [.. clusters.Select(c => c[i])]));
        }

        return result;
    }

    private float[] Vectors(string[] vocabulary, Dictionary<string, int> index)
    {
        int contexts = Math.Min(ContextWords, vocabulary.Length);
        int d = Dimensions;

        // Co-occurrence counts: word × (position, context word), sparse per word.
        var cooccurrence = new Dictionary<int, int>[vocabulary.Length];
        for (int i = 0; i < cooccurrence.Length; i++)
        {
            cooccurrence[i] = [];
        }

        var contextTotals = new long[Offsets.Length * contexts];
        long total = 0;
        foreach (string[] words in sequences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (!index.TryGetValue(words[i], out int w))
                {
                    continue;
                }

                for (int o = 0; o < Offsets.Length; o++)
                {
                    int j = i + Offsets[o];
                    int c = j < 0 || j >= words.Length ? -1 : index.GetValueOrDefault(words[j], -1);
                    if (c < 0 || c >= contexts)
                    {
                        continue;
                    }

                    int key = (o * contexts) + c;
                    Dictionary<int, int> row = cooccurrence[w];
                    row[key] = row.GetValueOrDefault(key) + 1;
                    contextTotals[key]++;
                    total++;
                }
            }
        }

        // A fixed ±1 random projection of the PPMI vector (Achlioptas), normalized to unit length.
        var projection = new float[Offsets.Length * contexts * d];
        for (int k = 0; k < Offsets.Length * contexts; k++)
        {
            for (int j = 0; j < d; j++)
            {
                projection[(k * d) + j] = (FeatureHash.Mix(0xC1057E25UL, ((ulong)k << 16) | (uint)j) & 1) == 0 ? 1f : -1f;
            }
        }

        var vectors = new float[vocabulary.Length * d];
        for (int w = 0; w < vocabulary.Length; w++)
        {
            long wordTotal = cooccurrence[w].Values.Sum(v => (long)v);
            Span<float> v = vectors.AsSpan(w * d, d);
            foreach ((int key, int count) in cooccurrence[w].OrderBy(p => p.Key))
            {
                double pmi = Math.Log((double)count * total / ((double)wordTotal * contextTotals[key]));
                if (pmi > 0)
                {
                    AddScaled(v, projection.AsSpan(key * d, d), (float)pmi);
                }
            }

            Normalize(v);
        }

        return vectors;
    }

    private int[] SphericalKMeans(float[] vectors, int n, int k, Action<string>? log)
    {
        int d = Dimensions;
        k = Math.Min(k, n);

        float[] centroids = Seeds(vectors, n, k);
        var assignment = new int[n];
        for (int iteration = 1; iteration <= Iterations; iteration++)
        {
            int moved = 0;
            for (int w = 0; w < n; w++)
            {
                ReadOnlySpan<float> v = vectors.AsSpan(w * d, d);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float score = Dot(v, centroids.AsSpan(c * d, d));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                moved += assignment[w] != best ? 1 : 0;
                assignment[w] = best;
            }

            var sums = new float[k * d];
            var sizes = new int[k];
            for (int w = 0; w < n; w++)
            {
                AddScaled(sums.AsSpan(assignment[w] * d, d), vectors.AsSpan(w * d, d), 1f);
                sizes[assignment[w]]++;
            }

            for (int c = 0; c < k; c++)
            {
                if (sizes[c] > 0)
                {
                    Span<float> centroid = sums.AsSpan(c * d, d);
                    Normalize(centroid);
                    centroid.CopyTo(centroids.AsSpan(c * d, d));
                }
            }

            log?.Invoke($"k={k} pass {iteration}: {moved} words moved");
            if (moved == 0)
            {
                break;
            }
        }

        return assignment;
    }

    // k-means++ seeding with a fixed seed: each next seed is drawn with probability growing with its
    // distance from the seeds so far, so the seeds spread over the space instead of piling up on
    // the frequent function words.
    private float[] Seeds(float[] vectors, int n, int k)
    {
        int d = Dimensions;
        var random = new Random(20240119);
        var centroids = new float[k * d];
        var distance = new double[n];
        Array.Fill(distance, double.MaxValue);
        int next = 0;
        for (int c = 0; c < k; c++)
        {
            vectors.AsSpan(next * d, d).CopyTo(centroids.AsSpan(c * d, d));
            double sum = 0;
            for (int w = 0; w < n; w++)
            {
                double dist = 1 - Dot(vectors.AsSpan(w * d, d), centroids.AsSpan(c * d, d));
                distance[w] = Math.Min(distance[w], Math.Max(0, dist));
                sum += distance[w];
            }

            double target = random.NextDouble() * sum;
            next = n - 1;
            for (int w = 0; w < n; w++)
            {
                target -= distance[w];
                if (target <= 0)
                {
                    next = w;
                    break;
                }
            }
        }

        return centroids;
    }

    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        // Fixed 128-bit lanes, so that every machine adds in the same order and builds the same table.
        int i = 0;
        var s = Vector128.Create(scale);
        for (; i <= target.Length - Vector128<float>.Count; i += Vector128<float>.Count)
        {
            (Vector128.Create(target[i..]) + (Vector128.Create(source[i..]) * s)).CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] += source[i] * scale;
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int i = 0;
        Vector128<float> acc = Vector128<float>.Zero;
        for (; i <= a.Length - Vector128<float>.Count; i += Vector128<float>.Count)
        {
            acc += Vector128.Create(a[i..]) * Vector128.Create(b[i..]);
        }

        float sum = Vector128.Sum(acc);

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0)
        {
            for (int i = 0; i < v.Length; i++)
            {
                v[i] /= norm;
            }
        }
    }
}
