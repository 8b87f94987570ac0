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

    /// <summary>
    /// Trains for up to <paramref name="iterations"/> passes and returns the averaged model of the
    /// pass that scored best on <paramref name="dev"/> (the last pass when there is no dev set).
    /// </summary>
    public NerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, int iterations, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        int mask = (1 << Bits) - 1;
        var gazetteer = EntityGazetteer.Default;

        // Features are fixed per token: compute them once.
        var offsets = new int[train.Count + 1];
        var featureStarts = new List<int[]>(train.Count);
        var features = new List<int>(train.Count * 600);
        var rows = new int[NerFeatures.MaxPerToken];
        var info = new TokenInfo[512];
        var context = new DocumentFeatures();
        for (int s = 0; s < train.Count; s++)
        {
            ConllSentence sentence = train[s];
            if (info.Length < sentence.Tokens.Length)
            {
                info = new TokenInfo[sentence.Tokens.Length * 2];
            }

            if (s == 0 || train[s - 1].DocumentIndex != sentence.DocumentIndex)
            {
                BuildContext(context, train, s, gazetteer);
            }

            bool allCaps = NerFeatures.Prepare(sentence.Text, sentence.Tokens, info.AsSpan(0, sentence.Tokens.Length), gazetteer, Clusters, context);
            var starts = new int[sentence.Tokens.Length + 1];
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                starts[i] = features.Count;
                int n = NerFeatures.Extract(sentence.Text, sentence.Tokens, info.AsSpan(0, sentence.Tokens.Length), i, allCaps, mask, rows);
                for (int f = 0; f < n; f++)
                {
                    features.Add(rows[f]);
                }
            }

            starts[^1] = features.Count;
            featureStarts.Add(starts);
        }

        int[] flat = [.. features];
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
                double f1 = Evaluate(new EntityTagger(model, gazetteer, Clusters), dev).Score(EntityType.None).F1;
                line += string.Create(CultureInfo.InvariantCulture, $", dev F1 {f1:F4}");
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    best = model;
                }
            }
            else
            {
                best = model;
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
        var context = new DocumentFeatures();
        var consistency = new DocumentConsistency();
        for (int first = 0; first < sentences.Count;)
        {
            int end = first;
            while (end < sentences.Count && sentences[end].DocumentIndex == sentences[first].DocumentIndex)
            {
                end++;
            }

            BuildContext(context, sentences, first, EntityGazetteer.Default);

            // The document as one text, so that its labels can be made consistent as the library does.
            (string text, Token[] tokens) = Join(sentences, first, end);
            var labels = new byte[tokens.Length];
            int offset = 0;
            for (int s = first; s < end; s++)
            {
                int n = sentences[s].Tokens.Length;
                tagger.TagSentence(sentences[s].Text, sentences[s].Tokens, labels.AsSpan(offset, n), context);
                offset += n;
            }

            consistency.Apply(text, tokens, labels, EntityGazetteer.Default);
            offset = 0;
            for (int s = first; s < end; s++)
            {
                int n = sentences[s].Tokens.Length;
                scores.Add(sentences[s].Gold, labels.AsSpan(offset, n));
                predicted?.Invoke(sentences[s], labels.AsSpan(offset, n));
                offset += n;
            }

            first = end;
        }

        return scores;
    }

    private static (string Text, Token[] Tokens) Join(IReadOnlyList<ConllSentence> sentences, int first, int end)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        for (int s = first; s < end; s++)
        {
            int offset = text.Length;
            foreach (Token token in sentences[s].Tokens)
            {
                tokens.Add(token with { Start = token.Start + offset });
            }

            text.Append(sentences[s].Text).Append('\n');
        }

        return (text.ToString(), [.. tokens]);
    }

    private static void BuildContext(DocumentFeatures context, IReadOnlyList<ConllSentence> sentences, int first, EntityGazetteer gazetteer)
    {
        context.Clear();
        for (int s = first; s < sentences.Count && sentences[s].DocumentIndex == sentences[first].DocumentIndex; s++)
        {
            context.Add(sentences[s].Text, sentences[s].Tokens, gazetteer);
        }
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
