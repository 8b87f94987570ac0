using System.Collections.Immutable;
using NewsNlp.Extraction.Entities;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Events;
using NewsNlp.Training.Ner;

namespace NewsNlp.Tests.Training;

/// <summary>Model files written by the training tool plug into <see cref="NewsExtractorOptions"/>.</summary>
public sealed class ModelOptionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-models-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, Action<Stream> save)
    {
        string path = Path.Combine(folder, name);
        using (FileStream stream = File.Create(path))
        {
            save(stream);
        }

        return path;
    }

    private string ShippedTaggerFile() => Write("shipped-ner.bin", stream =>
    {
        using Stream shipped = typeof(EntityTagger).Assembly.GetManifestResourceStream(EntityTagger.ResourceName)!;
        shipped.CopyTo(stream);
    });

    [Fact]
    public void Create_EqualModelPaths_GivesTheCachedExtractor()
    {
        string path = ShippedTaggerFile();
        var first = NewsExtractor.Create(new NewsExtractorOptions { EntityModelPath = path });
        var second = NewsExtractor.Create(new NewsExtractorOptions { EntityModelPath = path });
        second.Should().BeSameAs(first);
        NewsExtractor.Create().Should().NotBeSameAs(first);
    }

    [Fact]
    public void Extract_ShippedTaggerFileAsOption_GivesTheDefaultRecord()
    {
        var extractor = NewsExtractor.Create(new NewsExtractorOptions { EntityModelPath = ShippedTaggerFile() });
        RecordJson.Serialize(extractor.Extract(ModelArticle.Text, ModelArticle.Context))
            .Should().Be(RecordJson.Serialize(ModelArticle.Extract()));
    }

    [Fact]
    public void Extract_TaggerTrainedOnOtherData_FindsItsPeople()
    {
        // A tagger that has only ever seen "Zorbl Quux" as a person finds him.
        List<ConllSentence> corpus = ConllReader.Read(new StringReader("Zorbl NNP B-NP I-PER\nQuux NNP I-NP I-PER\nspoke VBD B-VP O\n. . O O\n"));
        NerModel model = new NerTrainer(bits: 12, seed: 1).Train(corpus, null, 3);
        var extractor = NewsExtractor.Create(new NewsExtractorOptions { EntityModelPath = Write("tiny-ner.bin", model.Save) });
        extractor.Extract("Zorbl Quux spoke.").People.Select(p => p.Name).Should().Contain("Zorbl Quux");
    }

    [Fact]
    public void Extract_EventModelOption_IsTheClassifierUsed()
    {
        // "pummeled" is in no trigger list: only a classifier trained on it reports the strike.
        LabeledSentence[] sentences =
        [
            .. Enumerable.Range(0, 20).Select(i => new LabeledSentence($"Army {i} pummeled border posts.", ["strike"])),
            .. Enumerable.Range(0, 20).Select(i => new LabeledSentence($"The company {i} reported quarterly results.", ImmutableArray<string>.Empty)),
        ];
        EventClassifierModel model = EventClassifierTrainer.Train(sentences);
        const string text = "Iran pummeled Pakistan's border posts.";
        NewsExtractor.Create().Extract(text).Events.Should().BeEmpty();
        var extractor = NewsExtractor.Create(new NewsExtractorOptions { EventModelPath = Write("events.bin", model.Save) });
        extractor.Extract(text).Events.Select(e => e.Type).Should().Contain("strike");
    }

    [Fact]
    public void Create_NotATaggerModel_ThrowsInvalidData()
    {
        string path = Write("junk.bin", stream => stream.Write(new byte[64]));
        FluentActions.Invoking(() => NewsExtractor.Create(new NewsExtractorOptions { EntityModelPath = path })).Should().Throw<InvalidDataException>();
    }
}
