using NewsNlp.Extraction.Entities;

namespace NewsNlp.Training.Ner;

/// <summary>
/// Trains the two-pass (stacked) tagger: the first pass as <see cref="NerTrainer"/> trains it,
/// then a second pass that also reads how the first pass labelled the same words and names over
/// the document (<see cref="FirstPassVotes"/>). The second pass learns from first-pass labels made
/// by cross-validation over documents (each fold tagged by a first pass trained without it), so it
/// learns how far to trust first-pass labels as they are on new text, not as they are on text
/// the first pass has already learned. Deterministic, like <see cref="NerTrainer"/>.
/// </summary>
internal sealed class StackedNerTrainer(int bits, int seed, WordClusters clusters, int folds)
{
    /// <summary>Trains both passes and returns the first-pass model carrying the second.</summary>
    public NerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, int iterations, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var firstTrainer = new NerTrainer(bits, seed, clusters);
        NerModel first = firstTrainer.Train(train, dev, iterations, log is null ? null : line => log("first pass, " + line));
        byte[][] firstPass = CrossValidate(train, firstTrainer.BestIteration, log);
        var secondTrainer = new NerTrainer(bits, seed, clusters);
        NerModel second = secondTrainer.TrainSecondPass(train, firstPass, first, dev, iterations, log is null ? null : line => log("second pass, " + line));
        return first.WithSecondPass(second);
    }

    // First-pass labels of every training sentence, from a first pass trained on the other folds
    // (documents are dealt to folds in turn), for the pass count the full first pass chose.
    private byte[][] CrossValidate(IReadOnlyList<ConllSentence> train, int iterations, Action<string>? log)
    {
        var labels = new byte[train.Count][];
        int[] fold = new int[train.Count];
        int document = -1;
        for (int s = 0; s < train.Count; s++)
        {
            if (s == 0 || train[s - 1].DocumentIndex != train[s].DocumentIndex)
            {
                document++;
            }

            fold[s] = document % folds;
        }

        for (int f = 0; f < folds; f++)
        {
            var rest = new List<ConllSentence>();
            var held = new List<int>();
            for (int s = 0; s < train.Count; s++)
            {
                if (fold[s] == f)
                {
                    held.Add(s);
                }
                else
                {
                    rest.Add(train[s]);
                }
            }

            NerModel model = new NerTrainer(bits, seed, clusters).Train(rest, null, iterations);
            List<byte[]> tagged = TrainingFeatures.FirstPass(new EntityTagger(model, EntityGazetteer.Default, clusters), [.. held.Select(s => train[s])]);
            for (int k = 0; k < held.Count; k++)
            {
                labels[held[k]] = tagged[k];
            }

            log?.Invoke($"cross-validation fold {f + 1} of {folds}: first pass trained on {rest.Count} sentences, tagged {held.Count}");
        }

        return labels;
    }
}
