using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Commands;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Training;

public sealed class EventVerifierTrainerTests
{
    private static byte[] TrainBytes()
    {
        // Two features that decide the label, one that is noise: enough for the trainer's determinism and for the weights to mean something.
        var features = new List<int[]>();
        var labels = new List<bool>();
        for (int i = 0; i < 60; i++)
        {
            bool label = i % 3 != 0;
            features.Add(label ? [11, 500 + (i % 7)] : [23, 500 + (i % 7)]);
            labels.Add(label);
        }

        var model = EventClassifierTrainer.TrainBinary("event", features, labels, [.. Enumerable.Repeat(1f, features.Count)]);
        model.Probability([11], 0).Should().BeGreaterThan(model.Probability([23], 0));
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainBinary_SameExamples_SameBytes()
    {
        TrainBytes().Should().Equal(TrainBytes());
    }

    // The verifier learns from the candidates the whole pipeline makes, so a change to any stage before it (countries, dates, places,
    // arguments) changes its training data: the rebuild command of Resources/Models/README.md must still give the shipped bytes.
    [SharedDataFact]
    public void RebuildCommand_ReproducesTheShippedModel() =>
        ShippedModels.RebuildGivesTheShippedBytes(TrainEventVerifierCommand.Create(), "event-verifier.bin",
        [
            "--judged",
            .. new[]
            {
                "events-100-2c4619f.jsonl", "events-100-333e1cf.jsonl", "events-100-71a65aa.jsonl", "events-100-9df174b.jsonl",
                "events-200-a5a0ec3.jsonl", "events-200-bf4c50d.jsonl", "events-320-6f4fb9a.jsonl", "events-300-6d35a31.jsonl",
                "events-200-710ad08.jsonl",
            }.Select(ShippedModels.Judged),
        ]);
}
