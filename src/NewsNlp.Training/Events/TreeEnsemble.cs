namespace NewsNlp.Training.Events;

/// <summary>
/// A boosted ensemble of regression trees over a dense feature vector with a logistic (Platt) link, scored in plain C#: the
/// trees of ML.NET's FastTree, exported so that a tree verifier could ship without ML.NET at run time (the library would take
/// this class and the dense vector). Each inner node sends a vector left when its feature is at most the node's threshold.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TreeEnsemble
{
    private const int Magic = 0x45525454; // "TTRE"
    private const int Version = 1;

    private readonly Tree[] trees;

    /// <summary>Creates an ensemble.</summary>
    /// <param name="trees">The trees.</param>
    /// <param name="bias">Added to the trees' sum.</param>
    /// <param name="slope">The link's slope: p = 1 / (1 + exp(slope * score + offset)).</param>
    /// <param name="offset">The link's offset.</param>
    /// <param name="featureCount">The length of the vectors scored.</param>
    public TreeEnsemble(Tree[] trees, float bias, float slope, float offset, int featureCount)
    {
        this.trees = trees;
        Bias = bias;
        Slope = slope;
        Offset = offset;
        FeatureCount = featureCount;
    }

    /// <summary>Added to the trees' sum.</summary>
    public float Bias { get; }

    /// <summary>The link's slope.</summary>
    public float Slope { get; }

    /// <summary>The link's offset.</summary>
    public float Offset { get; }

    /// <summary>The length of the vectors scored.</summary>
    public int FeatureCount { get; }

    /// <summary>The ensemble's raw score: the bias plus each tree's weighted leaf value.</summary>
    public float Score(ReadOnlySpan<float> features)
    {
        double sum = Bias;
        foreach (Tree tree in trees)
        {
            sum += tree.Weight * tree.Leaf(features);
        }

        return (float)sum;
    }

    /// <summary>The probability the link gives the raw score.</summary>
    public float Probability(ReadOnlySpan<float> features) => (float)(1.0 / (1.0 + Math.Exp((Slope * Score(features)) + Offset)));

    /// <summary>Writes the ensemble (little-endian binary).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(FeatureCount);
        writer.Write(Bias);
        writer.Write(Slope);
        writer.Write(Offset);
        writer.Write(trees.Length);
        foreach (Tree tree in trees)
        {
            writer.Write(tree.Weight);
            writer.Write(tree.Features.Length);
            for (int n = 0; n < tree.Features.Length; n++)
            {
                writer.Write(tree.Features[n]);
                writer.Write(tree.Thresholds[n]);
                writer.Write(tree.Left[n]);
                writer.Write(tree.Right[n]);
            }

            writer.Write(tree.Leaves.Length);
            foreach (float leaf in tree.Leaves)
            {
                writer.Write(leaf);
            }
        }
    }

    /// <summary>Reads an ensemble <see cref="Save"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The stream holds no ensemble of this version, or a node points outside its tree.</exception>
    public static TreeEnsemble Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a tree ensemble of this version.");
        }

        int featureCount = reader.ReadInt32();
        float bias = reader.ReadSingle(), slope = reader.ReadSingle(), offset = reader.ReadSingle();
        var trees = new Tree[reader.ReadInt32()];
        for (int t = 0; t < trees.Length; t++)
        {
            float weight = reader.ReadSingle();
            int nodes = reader.ReadInt32();
            var features = new int[nodes];
            var thresholds = new float[nodes];
            var left = new int[nodes];
            var right = new int[nodes];
            for (int n = 0; n < nodes; n++)
            {
                features[n] = reader.ReadInt32();
                thresholds[n] = reader.ReadSingle();
                left[n] = reader.ReadInt32();
                right[n] = reader.ReadInt32();
            }

            var leaves = new float[reader.ReadInt32()];
            for (int l = 0; l < leaves.Length; l++)
            {
                leaves[l] = reader.ReadSingle();
            }

            trees[t] = new Tree(weight, features, thresholds, left, right, leaves);
            trees[t].Check(featureCount);
        }

        return new TreeEnsemble(trees, bias, slope, offset, featureCount);
    }

    /// <summary>
    /// One regression tree: inner node <c>n</c> tests <c>features[Features[n]] &lt;= Thresholds[n]</c> and goes to
    /// <c>Left[n]</c> or <c>Right[n]</c>; a child below zero is the leaf <c>~child</c>. A tree without inner nodes is one leaf.
    /// </summary>
    internal sealed record Tree(float Weight, int[] Features, float[] Thresholds, int[] Left, int[] Right, float[] Leaves)
    {
        /// <summary>The value of the leaf <paramref name="features"/> reaches.</summary>
        public float Leaf(ReadOnlySpan<float> features)
        {
            if (Features.Length == 0)
            {
                return Leaves[0];
            }

            int node = 0;
            while (node >= 0)
            {
                node = features[Features[node]] <= Thresholds[node] ? Left[node] : Right[node];
            }

            return Leaves[~node];
        }

        /// <summary>Throws when a node reads a feature outside the vector or points outside the tree.</summary>
        public void Check(int featureCount)
        {
            for (int n = 0; n < Features.Length; n++)
            {
                if ((uint)Features[n] >= (uint)featureCount || !Inside(n, Left[n]) || !Inside(n, Right[n]))
                {
                    throw new InvalidDataException("A tree node reads outside the vector or points outside its tree or back.");
                }
            }

            if (Leaves.Length == 0)
            {
                throw new InvalidDataException("A tree without leaves.");
            }
        }

        // An inner child comes after its parent, so a walk always ends.
        private bool Inside(int parent, int child) => child >= 0 ? child > parent && child < Features.Length : ~child < Leaves.Length;
    }
}
