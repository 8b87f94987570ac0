using NewsNlp.Events.Tagging;

namespace NewsNlp.Tests.Events.Tagging;

public sealed class TriggerTaggerModelTests
{
    private static TriggerTaggerModel Model()
    {
        var weights = new float[TriggerTaggerFeatures.Dimension * TriggerTaggerModel.Labels];
        weights[(7 * TriggerTaggerModel.Labels) + 1] = 3f; // feature 7 says strike
        weights[(9 * TriggerTaggerModel.Labels) + 0] = 2f; // feature 9 says no trigger
        var biases = new float[TriggerTaggerModel.Labels];
        biases[0] = 0.5f;
        return new TriggerTaggerModel(weights, biases);
    }

    [Fact]
    public void Score_IsADistribution_LedByTheFeaturesLabel()
    {
        var p = new float[TriggerTaggerModel.Labels];
        Model().Score([7], p);
        p.Sum().Should().BeApproximately(1f, 1e-5f);
        Array.IndexOf(p, p.Max()).Should().Be(1);
        Model().Score([9], p);
        Array.IndexOf(p, p.Max()).Should().Be(0);
    }

    [Fact]
    public void SaveThenLoad_ScoresAlike()
    {
        using var stream = new MemoryStream();
        Model().Save(stream);
        stream.Position = 0;
        TriggerTaggerModel loaded = TriggerTaggerModel.Load(stream);
        var expected = new float[TriggerTaggerModel.Labels];
        var actual = new float[TriggerTaggerModel.Labels];
        Model().Score([7, 9], expected);
        loaded.Score([7, 9], actual);
        actual.Should().Equal(expected);
    }

    [Fact]
    public void Load_NotAModel_Throws()
    {
        using var stream = new MemoryStream(new byte[64]);
        FluentActions.Invoking(() => TriggerTaggerModel.Load(stream)).Should().Throw<InvalidDataException>();
    }
}
