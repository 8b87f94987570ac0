using NewsNlp.Events.Tagging;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Commands;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Training;

public sealed class TriggerTaggerTrainerTests
{
    // Eleven labels, each with its own deciding feature, and a shared noise feature: enough for determinism and for the weights to mean something.
    private static List<TriggerSentence> Sentences()
    {
        var tokens = new List<TriggerToken>();
        for (int i = 0; i < 220; i++)
        {
            int label = i % TriggerTaggerModel.Labels;
            tokens.Add(new TriggerToken([100 + label, 900 + (i % 5)], label, InLexicon: false));
        }

        return [new TriggerSentence("test/1", tokens, [], 0)];
    }

    private static byte[] Bytes(TriggerTaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Train_SameTokens_SameBytes()
    {
        Bytes(TriggerTaggerTrainer.Train(Sentences())).Should().Equal(Bytes(TriggerTaggerTrainer.Train(Sentences())));
    }

    [Fact]
    public void Train_EachLabelsFeature_WinsItsLabel()
    {
        TriggerTaggerModel model = TriggerTaggerTrainer.Train(Sentences());
        var p = new float[TriggerTaggerModel.Labels];
        for (int label = 0; label < TriggerTaggerModel.Labels; label++)
        {
            model.Score([100 + label, 900], p);
            Array.IndexOf(p, p.Max()).Should().Be(label);
        }
    }

    [Fact]
    public void Train_LabelMissing_Throws()
    {
        var tokens = Sentences()[0].Tokens.Where(t => t.Label != 3).ToList();
        FluentActions.Invoking(() => TriggerTaggerTrainer.Train([new TriggerSentence("test/1", tokens, [], 0)])).Should().Throw<InvalidOperationException>();
    }

    // The tagger learns from the event corpus run through the whole pipeline (participants come from the country and person stages),
    // so the rebuild command of Resources/Models/README.md must still give the shipped bytes.
    [SharedDataFact]
    public void RebuildCommand_ReproducesTheShippedModel() =>
        ShippedModels.RebuildGivesTheShippedBytes(TrainEventTriggersCommand.Create(), "event-triggers.bin", "--folds", "0");
}
