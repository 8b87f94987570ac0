using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsNlp.Events;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>
/// Trains and cross-validates the event-type classifier with Microsoft.ML (one L-BFGS logistic
/// regression per type over hashed word features, fixed seed, one thread, so the same sentences
/// always give the same model bytes) and copies the weights into the library's plain-C#
/// <see cref="EventClassifierModel"/>.
/// </summary>
internal static class EventClassifierTrainer
{
    /// <summary>The probability from which a type is accepted.</summary>
    private const float DecisionThreshold = 0.25f;

    /// <summary>Trains a model on <paramref name="sentences"/>. Deterministic: the same input gives the same model.</summary>
    /// <param name="sentences">Labeled sentences; labels outside <see cref="EventClassifier.EventTypes"/> are ignored.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    public static EventClassifierModel Train(IEnumerable<LabeledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        List<LabeledSentence> list = [.. sentences];
        return TrainCore(Featurize(list), list);
    }

    /// <summary>
    /// Deterministic k-fold cross-validation (sentence <c>i</c> goes to fold <c>i mod k</c>):
    /// per-type precision, recall and F1 of the type decisions.
    /// </summary>
    /// <param name="sentences">Labeled sentences.</param>
    /// <param name="folds">Number of folds, at least 2.</param>
    /// <returns>The per-type scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folds"/> is less than 2.</exception>
    public static EventClassifierReport CrossValidate(IEnumerable<LabeledSentence> sentences, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        List<LabeledSentence> list = [.. sentences];
        List<VBuffer<float>> features = Featurize(list);
        int n = EventClassifier.EventTypes.Length;
        var tp = new int[n];
        var fp = new int[n];
        var fn = new int[n];
        var support = new int[n];
        Span<float> probabilities = stackalloc float[n];
        var tokens = new List<Token>();
        for (int k = 0; k < folds; k++)
        {
            var trainIdx = new List<int>();
            for (int i = 0; i < list.Count; i++)
            {
                if (i % folds != k)
                {
                    trainIdx.Add(i);
                }
            }

            EventClassifierModel model = TrainCore(trainIdx.ConvertAll(i => features[i]), trainIdx.ConvertAll(i => list[i]));
            for (int i = k; i < list.Count; i += folds)
            {
                tokens.Clear();
                Tokenizer.Tokenize(list[i].Text, tokens);
                model.Score(list[i].Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), probabilities);
                for (int t = 0; t < n; t++)
                {
                    bool gold = list[i].Labels.Contains(EventClassifier.EventTypes[t]);
                    bool predicted = model.Accepts(t, probabilities[t]);
                    support[t] += gold ? 1 : 0;
                    tp[t] += gold && predicted ? 1 : 0;
                    fp[t] += !gold && predicted ? 1 : 0;
                    fn[t] += gold && !predicted ? 1 : 0;
                }
            }
        }

        var scores = ImmutableArray.CreateBuilder<EventTypeScore>(n);
        for (int t = 0; t < n; t++)
        {
            scores.Add(new EventTypeScore(EventClassifier.EventTypes[t], support[t], tp[t], fp[t], fn[t]));
        }

        return new EventClassifierReport(folds, list.Count, scores.MoveToImmutable());
    }

    /// <summary>
    /// Trains a one-output model (the event verifier) on feature lists hashed by another featurizer, weighted per occurrence as
    /// the sentence featurizer weights its own (<see cref="SentenceFeaturizer.Scale(int)"/>). Deterministic.
    /// </summary>
    /// <param name="output">The name of the model's one output.</param>
    /// <param name="features">Hashed feature indexes per example (duplicates count twice).</param>
    /// <param name="labels">The label per example.</param>
    /// <param name="weights">The weight per example.</param>
    /// <returns>The trained model.</returns>
    public static EventClassifierModel TrainBinary(string output, IReadOnlyList<int[]> features, IReadOnlyList<bool> labels, IReadOnlyList<float> weights)
    {
        (float[] weightsOut, float bias) = TrainLinear(features, labels, weights);
        return new EventClassifierModel([output], weightsOut, [bias], [0.5f]);
    }

    /// <summary>The weights (one per feature bucket) and bias of the logistic regression <see cref="TrainBinary"/> trains. Deterministic.</summary>
    /// <param name="features">Hashed feature indexes per example (duplicates count twice).</param>
    /// <param name="labels">The label per example.</param>
    /// <param name="weights">The weight per example.</param>
    /// <param name="l1">L1 regularisation.</param>
    /// <param name="l2">L2 regularisation.</param>
    /// <returns>The weights and the bias.</returns>
    public static (float[] Weights, float Bias) TrainLinear(IReadOnlyList<int[]> features, IReadOnlyList<bool> labels, IReadOnlyList<float> weights, float l1 = 0.02f, float l2 = 0.1f)
    {
        var rows = new List<TrainingRow>(features.Count);
        var counts = new SortedDictionary<int, float>();
        for (int i = 0; i < features.Count; i++)
        {
            counts.Clear();
            float scale = SentenceFeaturizer.Scale(features[i].Length);
            foreach (int f in features[i])
            {
                counts[f] = counts.GetValueOrDefault(f) + scale;
            }

            rows.Add(new TrainingRow { Label = labels[i], Weight = weights[i], Features = new VBuffer<float>(SentenceFeaturizer.Dimension, counts.Count, [.. counts.Values], [.. counts.Keys]) });
        }

        var ml = new MLContext(seed: 1);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(TrainingRow.Label),
            FeatureColumnName = nameof(TrainingRow.Features),
            ExampleWeightColumnName = nameof(TrainingRow.Weight),
            L1Regularization = l1,
            L2Regularization = l2, // the verifier: fewer examples than features, cross-validation by article liked 0.1 over 1 (wider probabilities, same ranking)
            NumberOfThreads = 1,
            EnforceNonNegativity = false,
        });
        LinearBinaryModelParameters linear = trainer.Fit(ml.Data.LoadFromEnumerable(rows)).Model.SubModel;
        var weightsOut = new float[SentenceFeaturizer.Dimension];
        int k = 0;
        foreach (float w in linear.Weights)
        {
            weightsOut[k++] = w;
        }

        return (weightsOut, linear.Bias);
    }

    private static List<VBuffer<float>> Featurize(List<LabeledSentence> sentences)
    {
        var result = new List<VBuffer<float>>(sentences.Count);
        var features = new List<int>();
        var counts = new SortedDictionary<int, float>();
        foreach (LabeledSentence sentence in sentences)
        {
            features.Clear();
            counts.Clear();
            SentenceFeaturizer.Featurize(sentence.Text, features);
            float scale = SentenceFeaturizer.Scale(features.Count);
            foreach (int f in features)
            {
                counts[f] = counts.GetValueOrDefault(f) + scale;
            }

            result.Add(new VBuffer<float>(SentenceFeaturizer.Dimension, counts.Count, [.. counts.Values], [.. counts.Keys]));
        }

        return result;
    }

    private static EventClassifierModel TrainCore(List<VBuffer<float>> features, List<LabeledSentence> sentences)
    {
        int n = EventClassifier.EventTypes.Length;
        var weights = new float[SentenceFeaturizer.Dimension * n];
        var biases = new float[n];
        var thresholds = new float[n];
        for (int t = 0; t < n; t++)
        {
            string type = EventClassifier.EventTypes[t];
            int positives = 0;
            foreach (LabeledSentence s in sentences)
            {
                positives += s.Labels.Contains(type) ? 1 : 0;
            }

            thresholds[t] = DecisionThreshold;
            if (positives == 0)
            {
                biases[t] = -10f;
                continue;
            }

            // Rare types get heavier positive examples (the imbalance, at most 50x); strong L2 keeps those few from being memorised.
            float positiveWeight = MathF.Min(50f, (float)(sentences.Count - positives) / positives);
            var rows = new List<TrainingRow>(sentences.Count);
            for (int i = 0; i < sentences.Count; i++)
            {
                bool label = sentences[i].Labels.Contains(type);
                rows.Add(new TrainingRow { Label = label, Weight = label ? positiveWeight : 1f, Features = features[i] });
            }

            var ml = new MLContext(seed: 1);
            IDataView data = ml.Data.LoadFromEnumerable(rows);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(TrainingRow.Label),
                FeatureColumnName = nameof(TrainingRow.Features),
                ExampleWeightColumnName = nameof(TrainingRow.Weight),
                L1Regularization = 0.02f,
                L2Regularization = 1f,
                NumberOfThreads = 1,
                EnforceNonNegativity = false,
            });
            var model = trainer.Fit(data);
            LinearBinaryModelParameters linear = model.Model.SubModel;
            biases[t] = linear.Bias;
            int f = 0;
            foreach (float w in linear.Weights)
            {
                weights[(f * n) + t] = w;
                f++;
            }
        }

        return new EventClassifierModel(EventClassifier.EventTypes, weights, biases, thresholds);
    }

    private sealed class TrainingRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType(SentenceFeaturizer.Dimension)]
        public VBuffer<float> Features { get; set; }
    }
}
