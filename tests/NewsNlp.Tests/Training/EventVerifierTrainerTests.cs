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
}
