using System.Globalization;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Training.Ner;

/// <summary>
/// Trains the tagger: a structured averaged perceptron over <see cref="NerFeatures"/> with
/// Viterbi decoding in the loop. Deterministic: sentences are shuffled with a fixed seed, so the
/// same data and settings give the same weights bit for bit.
/// </summary>
internal sealed class NerTrainer
{
    private const int L = EntityLabels.Count;

    /// <summary>Creates a trainer.</summary>
    /// <param name="bits">log2 of the number of weight rows.</param>
    /// <param name="seed">Seed of the shuffling.</param>
    /// <param name="clusters">The word clusters the model is trained with (the embedded table when null).</param>
    public NerTrainer(int bits = 18, int seed = 20240119, WordClusters? clusters = null)
    {
        Bits = bits;
        Seed = seed;
        Clusters = clusters ?? WordClusters.Default;
    }

    /// <summary>The word clusters the model is trained with; the model is only valid with them.</summary>
    public WordClusters Clusters { get; }

    /// <summary>log2 of the number of weight rows.</summary>
    public int Bits { get; }

    /// <summary>Seed of the shuffling.</summary>
    public int Seed { get; }

    /// <summary>The pass whose model the last training returned (the last pass when there was no dev set).</summary>
    public int BestIteration { get; private set; }

    /// <summary>
    /// Trains for up to <paramref name="iterations"/> passes and returns the averaged model of the
    /// pass that scored best on <paramref name="dev"/> (the last pass when there is no dev set).
    /// </summary>
    public NerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, int iterations, Action<string>? log = null) =>
        Train(train, null, null, dev, iterations, log);

    /// <summary>
    /// Trains the second pass of a stacked tagger on <paramref name="firstPass"/> (the first pass's
    /// labels of every training sentence, made by cross-validation so that they err as they will on
    /// new text) and returns it; on <paramref name="dev"/> it is scored stacked on <paramref name="firstModel"/>.
    /// </summary>
    public NerModel TrainSecondPass(IReadOnlyList<ConllSentence> train, IReadOnlyList<byte[]> firstPass, NerModel firstModel, IReadOnlyList<ConllSentence>? dev, int iterations, Action<string>? log = null) =>
        Train(train, firstPass, firstModel, dev, iterations, log);

    private NerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<byte[]>? firstPass, NerModel? firstModel, IReadOnlyList<ConllSentence>? dev, int iterations, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(train);
        int mask = (1 << Bits) - 1;
        var gazetteer = EntityGazetteer.Default;
        (int[] flat, List<int[]> featureStarts) = TrainingFeatures.Compute(train, firstPass, mask, Clusters);
        var weights = new float[(1 << Bits) * L];
        var totals = new double[weights.Length];
        var transitions = new float[(L + 1) * L];
        var transitionTotals = new double[transitions.Length];
        var order = new int[train.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var random = new Random(Seed);
        double step = 1;
        NerModel? best = null;
        double bestF1 = -1;
        var emissions = new float[512 * L];
        var back = new byte[512 * L];
        var predicted = new byte[512];
        for (int iteration = 1; iteration <= iterations; iteration++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int s in order)
            {
                ConllSentence sentence = train[s];
                int n = sentence.Tokens.Length;
                if (emissions.Length < n * L)
                {
                    emissions = new float[n * 2 * L];
                    back = new byte[n * 2 * L];
                    predicted = new byte[n * 2];
                }

                int[] starts = featureStarts[s];
                for (int i = 0; i < n; i++)
                {
                    Span<float> e = emissions.AsSpan(i * L, L);
                    e.Clear();
                    for (int f = starts[i]; f < starts[i + 1]; f++)
                    {
                        ReadOnlySpan<float> row = weights.AsSpan(flat[f] * L, L);
                        for (int y = 0; y < L; y++)
                        {
                            e[y] += row[y];
                        }
                    }
                }

                Viterbi.Decode(emissions, n, transitions, back, predicted);
                byte[] gold = sentence.Gold;
                for (int i = 0; i < n; i++)
                {
                    int g = gold[i];
                    int p = predicted[i];
                    if (g != p)
                    {
                        mistakes++;
                        for (int f = starts[i]; f < starts[i + 1]; f++)
                        {
                            int o = flat[f] * L;
                            weights[o + g] += 1;
                            totals[o + g] += step;
                            weights[o + p] -= 1;
                            totals[o + p] -= step;
                        }
                    }

                    int gt = ((i == 0 ? 0 : gold[i - 1] + 1) * L) + g;
                    int pt = ((i == 0 ? 0 : predicted[i - 1] + 1) * L) + p;
                    if (gt != pt)
                    {
                        transitions[gt] += 1;
                        transitionTotals[gt] += step;
                        transitions[pt] -= 1;
                        transitionTotals[pt] -= step;
                    }
                }

                step++;
            }

            NerModel model = Average(weights, totals, transitions, transitionTotals, step);
            string line = string.Create(CultureInfo.InvariantCulture, $"iteration {iteration}: {mistakes} token errors on train");
            if (dev is not null)
            {
                NerModel tagged = firstModel is null ? model : firstModel.WithSecondPass(model);
                double f1 = Evaluate(new EntityTagger(tagged, gazetteer, Clusters), dev).Score(EntityType.None).F1;
                line += string.Create(CultureInfo.InvariantCulture, $", dev F1 {f1:F4}");
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    best = model;
                    BestIteration = iteration;
                }
            }
            else
            {
                best = model;
                BestIteration = iteration;
            }

            log?.Invoke(line);
        }

        return best ?? Average(weights, totals, transitions, transitionTotals, step);
    }

    /// <summary>
    /// Tags <paramref name="sentences"/> and scores them against their gold labels;
    /// <paramref name="predicted"/>, when given, sees each sentence with its predicted labels.
    /// </summary>
    public static EntityScores Evaluate(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences, Action<ConllSentence, ReadOnlySpan<byte>>? predicted = null)
    {
        var scores = new EntityScores();
        foreach (ConllDocument document in ConllDocument.Split(sentences))
        {
            // The document as one text, tagged as the library tags an article.
            var labels = new byte[document.Tokens.Length];
            tagger.TagDocument(document.Text, document.Tokens, document.Sentences, labels);
            for (int k = 0; k < document.Sentences.Length; k++)
            {
                Sentence part = document.Sentences[k];
                ConllSentence sentence = sentences[document.First + k];
                scores.Add(sentence.Gold, labels.AsSpan(part.FirstToken, part.TokenCount));
                predicted?.Invoke(sentence, labels.AsSpan(part.FirstToken, part.TokenCount));
            }
        }

        return scores;
    }

    private NerModel Average(float[] weights, double[] totals, float[] transitions, double[] transitionTotals, double step)
    {
        var averaged = new float[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / step));
        }

        var averagedTransitions = new float[transitions.Length];
        for (int i = 0; i < transitions.Length; i++)
        {
            averagedTransitions[i] = (float)(transitions[i] - (transitionTotals[i] / step));
        }

        NerModel quantized = NerModel.Quantize(Bits, averaged, averagedTransitions);
        return quantized;
    }
}
