using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsNlp.Events.Tagging;

namespace NewsNlp.Training.Events;

/// <summary>
/// Trains the trigger tagger with Microsoft.ML: one L-BFGS multinomial logistic regression ("no trigger" and the ten types) over
/// the hashed token features of <see cref="TriggerTaggerFeatures"/>, fixed seed and one thread, so the same tokens always give
/// the same bytes; the weights are copied into the library's plain-C# <see cref="TriggerTaggerModel"/>.
/// </summary>
internal static class TriggerTaggerTrainer
{
    /// <summary>The default L1 regularization.</summary>
    public const float DefaultL1 = 0.05f;

    /// <summary>The default L2 regularization.</summary>
    public const float DefaultL2 = 0.5f;

    private const string KeyColumn = "LabelKey";

    /// <summary>Trains on every word of <paramref name="sentences"/>. Deterministic.</summary>
    public static TriggerTaggerModel Train(IEnumerable<TriggerSentence> sentences, float l1 = DefaultL1, float l2 = DefaultL2)
    {
        var rows = new List<TokenRow>();
        var counts = new SortedDictionary<int, float>();
        foreach (TriggerSentence sentence in sentences)
        {
            foreach (TriggerToken token in sentence.Tokens)
            {
                counts.Clear();
                foreach (int f in token.Features)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1f;
                }

                rows.Add(new TokenRow
                {
                    Label = (uint)token.Label,
                    Features = new VBuffer<float>(TriggerTaggerFeatures.Dimension, counts.Count, [.. counts.Values], [.. counts.Keys]),
                });
            }
        }

        // The key of a label is its rank among the label values (ordinality by value), so class l is label l only when every label
        // occurs: a type without examples would shift the others.
        int present = rows.Select(r => r.Label).Distinct().Count();
        if (present != TriggerTaggerModel.Labels)
        {
            throw new InvalidOperationException($"the trigger tagger needs examples of all {TriggerTaggerModel.Labels} labels; {present} occur");
        }

        var ml = new MLContext(seed: 1);
        var trainer = ml.Transforms.Conversion.MapValueToKey(KeyColumn, nameof(TokenRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = KeyColumn,
            FeatureColumnName = nameof(TokenRow.Features),
            L1Regularization = l1,
            L2Regularization = l2,
            NumberOfThreads = 1,
        }));
        MaximumEntropyModelParameters model = trainer.Fit(ml.Data.LoadFromEnumerable(rows)).LastTransformer.Model;
        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out int classes);
        int labels = TriggerTaggerModel.Labels;
        var weights = new float[TriggerTaggerFeatures.Dimension * labels];
        var biases = new float[labels];
        int c = 0;
        foreach (float b in model.GetBiases())
        {
            biases[c++] = b;
        }

        for (int l = 0; l < classes; l++)
        {
            foreach (var (index, value) in perClass[l].Items())
            {
                weights[(index * labels) + l] = value;
            }
        }

        return new TriggerTaggerModel(weights, biases);
    }

    private sealed class TokenRow
    {
        public uint Label { get; set; }

        [VectorType(TriggerTaggerFeatures.Dimension)]
        public VBuffer<float> Features { get; set; }
    }
}
