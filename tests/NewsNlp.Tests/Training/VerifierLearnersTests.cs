using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Training;

public sealed class VerifierLearnersTests
{
    // Dense vectors whose first value decides the label (with a seventh of the labels flipped) and whose second is noise.
    private static (List<float[]> Vectors, List<VerifierExample> Examples) Data()
    {
        var vectors = new List<float[]>();
        var examples = new List<VerifierExample>();
        for (int i = 0; i < 200; i++)
        {
            float signal = i % 10;
            bool label = (signal >= 5) ^ (i % 7 == 0);
            float[] dense = [signal, (i * 7) % 13];
            vectors.Add(dense);
            examples.Add(new VerifierExample("a/" + i, "corpus", "strike", label, [], false, dense));
        }

        return (vectors, examples);
    }

    private static byte[] Bytes(TreeEnsemble ensemble)
    {
        using var stream = new MemoryStream();
        ensemble.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainTrees_ExportAgreesWithMlNet_AndIsDeterministic()
    {
        (List<float[]> vectors, List<VerifierExample> examples) = Data();
        var settings = new LearnerSettings(Trees: 20, Leaves: 4, MinimumLeaf: 5, LearningRate: 0.1f);

        // The trainer checks its export against ML.NET's own scores and throws when they differ.
        TreeEnsemble first = VerifierLearners.TrainTrees(vectors, examples, _ => 1f, settings);
        TreeEnsemble second = VerifierLearners.TrainTrees(vectors, examples, _ => 1f, settings);

        Bytes(first).Should().Equal(Bytes(second));
        first.Probability([9f, 0f]).Should().BeGreaterThan(first.Probability([0f, 0f]));
    }

    [Fact]
    public void SaveThenLoad_ScoresAlike()
    {
        (List<float[]> vectors, List<VerifierExample> examples) = Data();
        TreeEnsemble ensemble = VerifierLearners.TrainTrees(vectors, examples, _ => 1f, new LearnerSettings(Trees: 10, Leaves: 4, MinimumLeaf: 5, LearningRate: 0.1f));
        using var stream = new MemoryStream(Bytes(ensemble));

        TreeEnsemble loaded = TreeEnsemble.Load(stream);

        foreach (float[] vector in vectors)
        {
            loaded.Probability(vector).Should().Be(ensemble.Probability(vector));
        }
    }

    [Fact]
    public void Load_NodePointingBack_Throws()
    {
        var tree = new TreeEnsemble.Tree(1f, [0, 0], [0.5f, 0.5f], [1, 0], [-1, -2], [0f, 1f]);
        using var stream = new MemoryStream(Bytes(new TreeEnsemble([tree], 0f, -1f, 0f, 1)));

        Action load = () => TreeEnsemble.Load(stream);

        load.Should().Throw<InvalidDataException>();
    }
}
