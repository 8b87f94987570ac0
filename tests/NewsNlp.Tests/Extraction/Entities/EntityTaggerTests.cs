using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class EntityTaggerTests
{
    [Theory]
    // A Pakistani name after a title.
    [InlineData("Pakistani Foreign Minister Jalil Abbas Jilani spoke on Friday.", "Jalil Abbas Jilani", "Person")]
    // A hyphenated Iranian name.
    [InlineData("He spoke with his Iranian counterpart Hossein Amir-Abdollahian.", "Hossein Amir-Abdollahian", "Person")]
    // A capital city.
    [InlineData("Pakistan recalled its ambassador to Tehran on Wednesday.", "Tehran", "Location")]
    // An organisation.
    [InlineData("The United Nations called for restraint.", "United Nations", "Organization")]
    // A Western name in a plain sentence.
    [InlineData("Chancellor Helmut Kohl met the visitors in Bonn.", "Helmut Kohl", "Person")]
    public void Tag_NewsSentence_FindsEntityWithOffsets(string text, string entity, string type)
    {
        Document document = Document.Analyze(text, new ArticleContext());
        EntitySpan[] spans = EntityTagger.Default.Tag(document);
        int start = text.IndexOf(entity, StringComparison.Ordinal);
        spans.Should().Contain(s => document.Tokens[s.StartToken].Start == start
            && document.Tokens[s.EndToken - 1].End == start + entity.Length
            && s.Type.ToString() == type);
    }

    [Fact]
    public void TagSentence_AfterWarmUp_AllocatesNothing()
    {
        const string text = "Pakistani Foreign Minister Jalil Abbas Jilani and his Iranian counterpart Hossein Amir-Abdollahian agreed to de-escalate.";
        Token[] tokens = Tokenizer.Tokenize(text);
        var labels = new byte[tokens.Length];
        EntityTagger tagger = EntityTagger.Default;
        for (int i = 0; i < 3; i++)
        {
            tagger.TagSentence(text, tokens, labels);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            tagger.TagSentence(text, tokens, labels);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void Tag_EmptyText_ReturnsNothing() =>
        EntityTagger.Default.Tag(Document.Analyze("", new ArticleContext())).Should().BeEmpty();

    [Fact]
    public void Model_Embedded_LoadsWithWeights()
    {
        NerModel model = EntityTagger.LoadEmbeddedModel();
        model.Bits.Should().Be(18);
        model.Weights.Should().Contain(w => w != 0);
        model.SecondPass.Should().NotBeNull("the shipped tagger is stacked");
        model.SecondPass!.Weights.Should().Contain(w => w != 0);
    }

    [Fact]
    public void Model_SaveAndLoad_RoundTrips()
    {
        NerModel model = EntityTagger.LoadEmbeddedModel();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        NerModel loaded = NerModel.Load(stream);
        loaded.Scale.Should().Be(model.Scale);
        loaded.Transitions.Should().Equal(model.Transitions);
        loaded.Weights.AsSpan().SequenceEqual(model.Weights).Should().BeTrue();
        loaded.SecondPass!.Scale.Should().Be(model.SecondPass!.Scale);
        loaded.SecondPass.Transitions.Should().Equal(model.SecondPass.Transitions);
        loaded.SecondPass.Weights.AsSpan().SequenceEqual(model.SecondPass.Weights).Should().BeTrue();
    }

    [Fact]
    public void Model_SinglePass_RoundTripsWithoutSecondPass()
    {
        NerModel model = EntityTagger.LoadEmbeddedModel();
        var single = new NerModel(model.Bits, model.Weights, model.Scale, model.Transitions);
        using var stream = new MemoryStream();
        single.Save(stream);
        stream.Position = 0;
        NerModel.Load(stream).SecondPass.Should().BeNull();
    }

    [Fact]
    public void TagDocument_SinglePassModel_EqualsEachSentenceTaggedWithTheDocumentsFeaturesThenMadeConsistent()
    {
        // The document path prepares every word once for the whole article; a one-pass model must still tag as
        // sentence-by-sentence tagging with the same document features does.
        NerModel model = EntityTagger.LoadEmbeddedModel();
        var tagger = new EntityTagger(new NerModel(model.Bits, model.Weights, model.Scale, model.Transitions), EntityGazetteer.Default);
        const string Text = "Prime Minister Theresa May met Helmut Kohl in Bonn.\n\nMay said Kohl and the United Nations agreed. KOHL FLIES TO PARIS.";
        using Document document = Document.Analyze(Text, new ArticleContext());
        var labels = new byte[document.Tokens.Length];
        tagger.TagDocument(Text, document.Tokens, document.Sentences, labels);

        var context = new DocumentFeatures();
        foreach (Sentence sentence in document.Sentences)
        {
            context.Add(Text, document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), EntityGazetteer.Default);
        }

        var expected = new byte[document.Tokens.Length];
        foreach (Sentence sentence in document.Sentences)
        {
            tagger.TagSentence(Text, document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), expected.AsSpan(sentence.FirstToken, sentence.TokenCount), context);
        }

        new DocumentConsistency().Apply(Text, document.Tokens, expected, EntityGazetteer.Default);
        labels.Should().Equal(expected);
        labels.Should().Contain(l => l != 0);
    }
}
