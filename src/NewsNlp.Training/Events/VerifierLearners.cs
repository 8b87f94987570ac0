using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsNlp.Events.Filters;

namespace NewsNlp.Training.Events;

/// <summary>The learners the event verifier can be trained with (<c>train-event-verifier --learner</c>).</summary>
internal enum VerifierLearner
{
    /// <summary>The L-BFGS logistic regression over the hashed features (the shipped verifier).</summary>
    Linear,

    /// <summary>Gradient-boosted trees (FastTree) over the dense vector alone.</summary>
    Trees,

    /// <summary>Gradient-boosted trees over the dense vector and the logistic regression's probability, computed out of fold.</summary>
    Stacked,

    /// <summary>The logistic regression with a per-type Platt scaling of its log-odds, fitted on out-of-fold probabilities.</summary>
    Calibrated,
}

/// <summary>
/// The settings of the learners: for the boosted trees small trees, many of them, a slow rate (the examples are a few thousand);
/// for the logistic regression the shipped regularisation.
/// </summary>
/// <param name="Trees">Number of trees.</param>
/// <param name="Leaves">Leaves per tree.</param>
/// <param name="MinimumLeaf">Fewest examples in a leaf.</param>
/// <param name="LearningRate">The boosting step.</param>
/// <param name="L1">The logistic regression's L1 regularisation.</param>
/// <param name="L2">The logistic regression's L2 regularisation.</param>
internal sealed record LearnerSettings(int Trees = 200, int Leaves = 8, int MinimumLeaf = 20, float LearningRate = 0.05f, float L1 = 0.02f, float L2 = 0.1f)
{
    /// <summary>The settings the shipped verifier is trained with.</summary>
    public static LearnerSettings Shipped { get; } = new();
}

/// <summary>Trains the verifier's learners and returns scorers for cross-validation (every learner deterministic: one thread, seed 1).</summary>
internal static class VerifierLearners
{
    /// <summary>Trains <paramref name="learner"/> on <paramref name="train"/> and returns its probability for any example.</summary>
    public static Func<VerifierExample, float> Fit(VerifierLearner learner, List<VerifierExample> train, Func<VerifierExample, float> weight, LearnerSettings settings)
    {
        EventClassifierModel linear = TrainLinear(train, weight, settings);
        if (learner == VerifierLearner.Linear)
        {
            return e => linear.Probability(e.Features, 0);
        }

        if (learner == VerifierLearner.Trees)
        {
            TreeEnsemble trees = TrainTrees(train.ConvertAll(e => e.Dense), train, weight, settings);
            return e => trees.Probability(e.Dense);
        }

        float[] outOfFold = OutOfFoldLinear(train, weight, settings);
        if (learner == VerifierLearner.Calibrated)
        {
            Dictionary<string, (double A, double B)> scaling = train.Select(e => e.Type).Distinct()
                .ToDictionary(type => type, type => Platt([.. train.Select((e, i) => (e, i)).Where(p => p.e.Type == type && p.e.Origin != "rejected").Select(p => (Logit(outOfFold[p.i]), p.e.Label, weight(p.e)))]));
            return e => scaling.TryGetValue(e.Type, out var ab) ? (float)Sigmoid((ab.A * Logit(linear.Probability(e.Features, 0))) + ab.B) : linear.Probability(e.Features, 0);
        }

        TreeEnsemble stacked = TrainTrees(train.Select((e, i) => (float[])[.. e.Dense, outOfFold[i]]).ToList(), train, weight, settings);
        return e => stacked.Probability((float[])[.. e.Dense, linear.Probability(e.Features, 0)]);
    }

    // Clamped where a float probability stops resolving, so that clamping makes no ties the model did not.
    private static double Logit(float p) => Math.Log(Math.Clamp(p, 1e-7, 1 - 6e-8) / (1 - Math.Clamp(p, 1e-7, 1 - 6e-8)));

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Weighted Platt scaling (Newton steps), pulled towards the identity (slope 1, offset 0) so that a rare type keeps the model's own odds.</summary>
    private static (double A, double B) Platt(List<(double X, bool Y, float W)> points, double prior = 2)
    {
        double a = 1, b = 0;
        for (int step = 0; step < 50; step++)
        {
            double ga = prior * (a - 1), gb = prior * b, haa = prior, hab = 0, hbb = prior;
            foreach ((double x, bool y, float w) in points)
            {
                double p = Sigmoid((a * x) + b), r = w * (p - (y ? 1 : 0)), v = w * p * (1 - p);
                ga += r * x;
                gb += r;
                haa += v * x * x;
                hab += v * x;
                hbb += v;
            }

            double det = (haa * hbb) - (hab * hab);
            a -= ((hbb * ga) - (hab * gb)) / det;
            b -= ((haa * gb) - (hab * ga)) / det;
        }

        return (a, b);
    }

    /// <summary>The logistic regression the verifier ships.</summary>
    public static EventClassifierModel TrainLinear(List<VerifierExample> train, Func<VerifierExample, float> weight, LearnerSettings settings)
    {
        (float[] weights, float bias) = EventClassifierTrainer.TrainLinear(train.ConvertAll(e => e.Features), train.ConvertAll(e => e.Label), train.ConvertAll(e => weight(e)), settings.L1, settings.L2);
        return new EventClassifierModel([EventVerifier.Output], weights, [bias], [0.5f]);
    }

    /// <summary>Each example's logistic-regression probability from a model trained without its article (5 inner folds).</summary>
    public static float[] OutOfFoldLinear(List<VerifierExample> train, Func<VerifierExample, float> weight, LearnerSettings settings, int folds = 5)
    {
        var result = new float[train.Count];
        int[] fold = [.. train.Select(e => CorpusSplit.Fold("inner:" + e.Article, folds))];
        for (int k = 0; k < folds; k++)
        {
            EventClassifierModel model = TrainLinear([.. train.Where((_, i) => fold[i] != k)], weight, settings);
            for (int i = 0; i < train.Count; i++)
            {
                if (fold[i] == k)
                {
                    result[i] = model.Probability(train[i].Features, 0);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// FastTree on dense vectors, exported to the library's <see cref="TreeEnsemble"/>; the export is checked against ML.NET's own
    /// scores on the training vectors.
    /// </summary>
    public static TreeEnsemble TrainTrees(List<float[]> vectors, List<VerifierExample> train, Func<VerifierExample, float> weight, LearnerSettings settings)
    {
        int length = vectors[0].Length;
        var rows = new List<DenseRow>(train.Count);
        for (int i = 0; i < train.Count; i++)
        {
            rows.Add(new DenseRow { Label = train[i].Label, Weight = weight(train[i]), Features = vectors[i] });
        }

        var ml = new MLContext(seed: 1);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(DenseRow));
        schema[nameof(DenseRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        IDataView data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(DenseRow.Label),
            FeatureColumnName = nameof(DenseRow.Features),
            ExampleWeightColumnName = nameof(DenseRow.Weight),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = 1,
        });
        var fitted = trainer.Fit(data);
        CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model = fitted.Model;
        TreeEnsemble ensemble = Export(model.SubModel.TrainedTreeEnsemble, model.Calibrator, length);

        var scored = ml.Data.CreateEnumerable<ScoredRow>(fitted.Transform(data), reuseRowObject: false).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            if (Math.Abs(scored[i].Probability - ensemble.Probability(rows[i].Features)) > 1e-4)
            {
                throw new InvalidOperationException($"The exported trees disagree with ML.NET on row {i}: {scored[i].Probability} against {ensemble.Probability(rows[i].Features)}.");
            }
        }

        return ensemble;
    }

    private static TreeEnsemble Export(RegressionTreeEnsemble trees, PlattCalibrator calibrator, int length)
    {
        var exported = new TreeEnsemble.Tree[trees.Trees.Count];
        for (int t = 0; t < exported.Length; t++)
        {
            RegressionTree tree = trees.Trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f))
            {
                throw new InvalidOperationException("A categorical split: the dense features are all numeric.");
            }

            exported[t] = new TreeEnsemble.Tree((float)trees.TreeWeights[t], [.. tree.NumericalSplitFeatureIndexes], [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild], [.. tree.RightChild], [.. tree.LeafValues.Select(v => (float)v)]);
            exported[t].Check(length);
        }

        return new TreeEnsemble(exported, (float)trees.Bias, (float)calibrator.Slope, (float)calibrator.Offset, length);
    }

    private sealed class DenseRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public float[] Features { get; set; } = [];
    }

    private sealed class ScoredRow
    {
        public float Probability { get; set; }
    }
}
