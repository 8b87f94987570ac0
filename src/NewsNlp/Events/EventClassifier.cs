using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsNlp.Events;

namespace NewsNlp;

/// <summary>
/// Trains, evaluates and loads the sentence classifier that scores event types. Training uses
/// Microsoft.ML (one L-BFGS logistic regression per type over hashed word features, fixed seed,
/// one thread, so the same sentences always give the same model bytes); the trained weights are
/// then scored in plain C#. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var model = EventClassifier.Train(mySentences);
/// var extractor = NewsExtractor.Create(new NewsExtractorOptions { EventClassifier = model });
/// </code>
/// </example>
public static class EventClassifier
{
    private const string ResourceName = "NewsNlp.Models/events.bin";

    private const float DecisionThreshold = 0.25f;

    private static readonly Lazy<EventClassifierModel> DefaultModel = new(LoadDefault);

    /// <summary>The ten event types, in model order.</summary>
    public static ImmutableArray<string> EventTypes { get; } = EventTaxonomy.TypeNames;

    /// <summary>The model shipped with NewsNlp, trained on the project's labeled news sentences.</summary>
    public static EventClassifierModel Default => DefaultModel.Value;

    /// <summary>Trains a model on <paramref name="sentences"/>. Deterministic: the same input gives the same model.</summary>
    /// <param name="sentences">Labeled sentences; labels outside <see cref="EventTypes"/> are ignored.</param>
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
        int n = EventTypes.Length;
        var tp = new int[n];
        var fp = new int[n];
        var fn = new int[n];
        var support = new int[n];
        Span<float> probabilities = stackalloc float[n];
        var tokens = new List<Text.Token>();
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
                Text.Tokenizer.Tokenize(list[i].Text, tokens);
                model.Score(list[i].Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), probabilities);
                for (int t = 0; t < n; t++)
                {
                    bool gold = list[i].Labels.Contains(EventTypes[t]);
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
            scores.Add(new EventTypeScore(EventTypes[t], support[t], tp[t], fp[t], fn[t]));
        }

        return new EventClassifierReport(folds, list.Count, scores.MoveToImmutable());
    }

    /// <summary>
    /// Reads labeled sentences from JSON Lines: one object per line with <c>text</c> and
    /// <c>labels</c> (a list of event types, empty for none). Blank lines are skipped.
    /// </summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <returns>The sentences, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a JSON object with a <c>text</c> string.</exception>
    public static IReadOnlyList<LabeledSentence> ReadJsonLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<LabeledSentence>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            string text = doc.RootElement.GetProperty("text").GetString() ?? throw new JsonException(Messages.LabeledSentenceWithoutText);
            var labels = ImmutableArray.CreateBuilder<string>();
            if (doc.RootElement.TryGetProperty("labels", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement label in array.EnumerateArray())
                {
                    if (label.GetString() is { } s)
                    {
                        labels.Add(s);
                    }
                }
            }

            result.Add(new LabeledSentence(text, labels.ToImmutable()));
        }

        return result;
    }

    private static EventClassifierModel LoadDefault()
    {
        using Stream stream = typeof(EventClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(Messages.MissingResource(ResourceName));
        return EventClassifierModel.Load(stream);
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
        int n = EventTypes.Length;
        var weights = new float[SentenceFeaturizer.Dimension * n];
        var biases = new float[n];
        var thresholds = new float[n];
        for (int t = 0; t < n; t++)
        {
            string type = EventTypes[t];
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

        return new EventClassifierModel(EventTypes, weights, biases, thresholds);
    }

    private sealed class TrainingRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType(SentenceFeaturizer.Dimension)]
        public VBuffer<float> Features { get; set; }
    }
}
