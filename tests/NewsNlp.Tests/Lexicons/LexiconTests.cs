using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Tests.Lexicons;

public sealed class LexiconTests
{
    private static Lexicon Small() => Lexicon.FromLines(
    [
        ("test/verbs", ["shell+", "strike|struck", "carry out"]),
        ("test/titles", ["#! case: sensitive", "UN|US"]),
        ("test/nouns", ["strike", "attack"]),
    ]);

    [Theory]
    [InlineData("shell+", "shell shells shelled shelling")]
    [InlineData("ban+", "ban bans baned baning banned banning")] // both spellings: the rule cannot tell stress
    [InlineData("carry+", "carry carries carried carrying")]
    [InlineData("agree+", "agree agrees agreed agreing")]
    [InlineData("push+", "push pushes pushed pushing")]
    [InlineData("strike|Struck", "strike struck")]
    public void Inflection_Forms_FollowTheOneRule(string entry, string forms)
    {
        Inflection.Forms(entry).Should().Equal(forms.Split(' '));
    }

    [Theory]
    [InlineData("test/verbs", "Shelled", true)]
    [InlineData("test/verbs", "struck", true)]
    [InlineData("test/verbs", "strikes", false)]
    [InlineData("test/titles", "UN", true)]
    [InlineData("test/titles", "un", false)]
    [InlineData("test/nouns", "STRIKE", true)]
    public void Contains_SingleWords_ByClassAndCaseRule(string wordClass, string word, bool expected)
    {
        Lexicon lexicon = Small();
        lexicon.Contains(lexicon.Class(wordClass), word).Should().Be(expected);
    }

    [Fact]
    public void ClassesOf_WordInTwoClasses_HasBoth()
    {
        Lexicon lexicon = Small();
        WordClassSet set = lexicon.ClassesOf("strike");
        set.Has(lexicon.Class("test/verbs")).Should().BeTrue();
        set.Has(lexicon.Class("test/nouns")).Should().BeTrue();
        set.Has(lexicon.Class("test/titles")).Should().BeFalse();
    }

    [Fact]
    public void TryMatchPhrase_PhraseEntry_MatchesTokens()
    {
        Lexicon lexicon = Small();
        const string text = "Rebels carry out raids.";
        Token[] tokens = Tokenizer.Tokenize(text);
        lexicon.TryMatchPhrase(lexicon.Class("test/verbs"), text, tokens, 1, tokens.Length, out int count).Should().BeTrue();
        count.Should().Be(2);
        lexicon.TryMatchPhrase(lexicon.Class("test/nouns"), text, tokens, 1, tokens.Length, out _).Should().BeFalse();
    }

    [Fact]
    public void Class_Missing_ThrowsNamingTheFile()
    {
        FluentActions.Invoking(() => Small().Class("test/none")).Should().Throw<KeyNotFoundException>().WithMessage("*Resources/Lexicon/test/none.txt*");
    }

    [Theory]
    // Both ends of every 64-bit word of the set, and the last class that fits.
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(WordClassSet.Capacity - 1)]
    public void WordClassSet_OneClass_HoldsOnlyThatClass(int id)
    {
        WordClassSet set = WordClassSet.Empty.With(id);
        set.IsEmpty.Should().BeFalse();
        Enumerable.Range(0, WordClassSet.Capacity).Where(set.Has).Should().Equal(id);
        set.Overlaps(WordClassSet.Empty.With(id)).Should().BeTrue();
        set.Overlaps(WordClassSet.Empty.With(id == 0 ? 1 : id - 1)).Should().BeFalse();
        set.Union(WordClassSet.Empty.With(5)).Should().Be(WordClassSet.Empty.With(5).With(id));
        WordClassSet.Empty.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Default_LoadsEveryDataFile_AndTagsTokensOnce()
    {
        Lexicon.Default.ClassNames.Should().Contain("casualties/source-verbs");
        using Document document = Document.Analyze("Officials said 12 people died.", new ArticleContext());
        WordClass verbs = Lexicon.Default.Class("casualties/source-verbs");
        document.Is(1, verbs).Should().BeTrue();
        document.Is(0, verbs).Should().BeFalse();
        document.TryGet(out WordClassLayer? layer).Should().BeTrue();
        document.Classes(1).Should().Be(layer![1]);
    }

    [Theory]
    [InlineData(new[] { 1, 3, 3, 7 }, 3, 1)]
    [InlineData(new[] { 1, 3, 3, 7 }, 4, 3)]
    [InlineData(new[] { 1, 3, 3, 7 }, 0, 0)]
    [InlineData(new[] { 1, 3, 3, 7 }, 8, 4)]
    [InlineData(new int[0], 5, 0)]
    public void LowerBound_FirstIndexNotBelow(int[] items, int value, int expected)
    {
        LowerBound.Of<int>(items, value, static x => x).Should().Be(expected);
    }

    [Fact]
    public void TokenWindow_ClampsToTheSentence()
    {
        var sentence = new Sentence(0, 10, 5, 10, 0, SentenceKind.Prose);
        var window = new TokenWindow(4, 2);
        window.StartAt(6, sentence).Should().Be(5);
        window.EndAt(13, sentence).Should().Be(15);
        window.Contains(10, 6).Should().BeTrue();
        window.Contains(10, 13).Should().BeFalse();
    }

    [Fact]
    public void Document_Layers_SetGetAndMissing()
    {
        using Document document = Document.Analyze("Text.", new ArticleContext());
        document.TryGet(out string? missing).Should().BeFalse();
        missing.Should().BeNull();
        FluentActions.Invoking(() => document.Get<string>()).Should().Throw<InvalidOperationException>().WithMessage("*String layer*");
        document.Set("layer");
        document.Get<string>().Should().Be("layer");
    }
}
