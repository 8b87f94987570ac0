using System.Collections.Immutable;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Training;

public sealed class EventClassifierTrainerTests
{
    private static readonly LabeledSentence[] Small =
    [
        new("Iranian jets struck two tankers in the Gulf on Monday.", ["strike"]),
        new("Artillery shelled the border town overnight, the army said.", ["strike"]),
        new("A car bomb killed 12 people near the ministry.", ["strike"]),
        new("Rebels attacked a convoy in the north.", ["strike"]),
        new("The two sides agreed to a ceasefire on Friday.", ["deescalation"]),
        new("Libyan troops withdrew from the oasis.", ["deescalation"]),
        new("The foreign ministers spoke by telephone.", ["consultation"]),
        new("The president met his counterpart in Geneva.", ["consultation"]),
        new("The United Nations urged restraint.", ["appeal"]),
        new("Kuwait asked Iran to free the sailors.", ["appeal"]),
        new("Profit rose 12 pct in the first quarter.", []),
        new("The company agreed to buy the unit for 50 mln dlrs.", []),
        new("Workers went on strike over pay.", []),
        new("Shares fell sharply in heavy trading.", []),
    ];

    private static byte[] Bytes(EventClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Train_SameSentencesTwice_GivesIdenticalModelBytes()
    {
        byte[] first = Bytes(EventClassifierTrainer.Train(Small));
        byte[] second = Bytes(EventClassifierTrainer.Train(Small));
        second.Should().Equal(first);
    }

    [Fact]
    public void SaveLoad_RoundTrip_GivesSameScores()
    {
        EventClassifierModel model = EventClassifierTrainer.Train(Small);
        using var stream = new MemoryStream(Bytes(model));
        EventClassifierModel loaded = EventClassifierModel.Load(stream);
        loaded.Score("Jets struck the port.").Should().Equal(model.Score("Jets struck the port."));
        loaded.Types.Should().Equal(EventClassifier.EventTypes);
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
        FluentActions.Invoking(() => EventClassifierModel.Load(stream)).Should().Throw<InvalidDataException>().WithMessage(Messages.NotAnEventModel);
    }

    [Theory]
    // Military strike: the shipped model scores strike high.
    [InlineData("Iranian missiles struck a military base in northern Iraq on Tuesday, killing three soldiers.", "strike", true)]
    // Phone call between ministers: consultation.
    [InlineData("The foreign ministers of the two countries held talks by telephone on Friday.", "consultation", true)]
    // Business news: no strike.
    [InlineData("Net profit rose 12 pct to 45 mln dlrs in the first quarter, the company said.", "strike", false)]
    public void Default_NewsSentence_ScoresType(string sentence, string type, bool high)
    {
        EventClassifierModel model = EventClassifier.Default;
        double p = model.Score(sentence)[model.Types.IndexOf(type)];
        if (high)
        {
            p.Should().BeGreaterThan(0.3);
        }
        else
        {
            p.Should().BeLessThan(0.2);
        }
    }

    [Fact]
    public void ReadJsonLines_LabeledLines_ReadsTextAndLabels()
    {
        using var reader = new StringReader("{\"id\":\"s1\",\"text\":\"Iraq threatened new air raids.\",\"labels\":[\"threat\"]}\n\n{\"text\":\"Prices rose.\",\"labels\":[]}\n");
        IReadOnlyList<LabeledSentence> sentences = LabeledSentenceReader.ReadJsonLines(reader);
        sentences.Should().HaveCount(2);
        sentences[0].Labels.Should().Equal("threat");
        sentences[1].Labels.Should().BeEmpty();
    }

    [Fact]
    public void CrossValidate_SmallSet_IsDeterministicAndCoversEveryType()
    {
        EventClassifierReport first = EventClassifierTrainer.CrossValidate(Small, folds: 2);
        EventClassifierReport second = EventClassifierTrainer.CrossValidate(Small, folds: 2);
        second.Types.Should().Equal(first.Types);
        first.Types.Select(t => t.Type).Should().Equal(EventClassifier.EventTypes);
        first.Types.Single(t => t.Type == "strike").Support.Should().Be(4);
        first.ToMarkdown().Should().Contain("| strike | 4 |");
    }

    [SharedDataFact]
    public void Train_SharedLabeledSentences_ReproducesTheShippedModel()
    {
        // The shipped model is trained on the shared sentences minus the dev30 articles (see Resources/Models/events.md).
        var excluded = File.ReadLines(SharedData.Path_("articles", "dev30.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
            .ToHashSet();
        var kept = File.ReadLines(SharedData.Path_("data", "events", "sentences.jsonl"))
            .Where(l => !excluded.Contains(System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("article_id").GetString()));
        using var reader = new StringReader(string.Join('\n', kept));
        EventClassifierModel model = EventClassifierTrainer.Train(LabeledSentenceReader.ReadJsonLines(reader));
        using Stream shipped = typeof(EventClassifier).Assembly.GetManifestResourceStream("NewsNlp.Models/events.bin")!;
        using var expected = new MemoryStream();
        shipped.CopyTo(expected);
        Bytes(model).Should().Equal(expected.ToArray());
    }
}
