using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class NerFeaturesTests
{
    private const int Mask = (1 << 20) - 1;

    [Theory]
    // Shapes collapse runs of the same character class.
    [InlineData("Iran", "Pakistan")]
    [InlineData("Amir-Abdollahian", "Anwaar-Kakar")]
    [InlineData("U.S.", "U.N.")]
    [InlineData("1996-08-22", "2024-01-19")]
    [InlineData("IRAN", "PAKISTAN")]
    public void Shape_SameClassPattern_SameHash(string a, string b) =>
        FeatureHash.Shape(a).Should().Be(FeatureHash.Shape(b));

    [Theory]
    // Case changes the shape.
    [InlineData("Iran", "IRAN")]
    // A hyphen changes the shape.
    [InlineData("Amir-Abdollahian", "Amirabdollahian")]
    public void Shape_DifferentPattern_DifferentHash(string a, string b) =>
        FeatureHash.Shape(a).Should().NotBe(FeatureHash.Shape(b));

    [Theory]
    // Lower-case hashing folds case, so ALL-CAPS headlines share the word feature.
    [InlineData("Pakistan", "PAKISTAN")]
    // Digits fold to zero, so every year looks alike.
    [InlineData("1987", "2024")]
    // The curly apostrophe folds to the straight one.
    [InlineData("Iran’s", "Iran's")]
    public void Lower_FoldedEqual_SameHash(string a, string b) =>
        FeatureHash.Lower(a).Should().Be(FeatureHash.Lower(b));

    [Theory]
    // A mostly upper-case wire headline is all-caps context.
    [InlineData("PAKISTAN AND IRAN AGREE TO DE-ESCALATE", true)]
    // A dateline is all-caps context.
    [InlineData("BRUSSELS 1996-08-22", true)]
    // Ordinary prose is not.
    [InlineData("Pakistan and Iran agreed to de-escalate", false)]
    // A sentence with one acronym is not.
    [InlineData("The UN called for restraint", false)]
    public void Prepare_Sentence_DetectsCapitals(string text, bool expected)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        var info = new TokenInfo[tokens.Length];
        NerFeatures.Prepare(text, tokens, info, EntityGazetteer.Default, WordClusters.Default, null).Should().Be(expected);
    }

    [Theory]
    // A token in the middle of a sentence gets neighbours on both sides.
    [InlineData("Foreign Minister Jalil Abbas Jilani said", 2)]
    // The first token gets the sentence-start feature.
    [InlineData("Kakar canceled his trip", 0)]
    // The last token gets boundary neighbours.
    [InlineData("talks with Hossein Amir-Abdollahian", 3)]
    public void Extract_AnyToken_RowsInsideTableAndDeterministic(string text, int index)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        var info = new TokenInfo[tokens.Length];
        bool caps = NerFeatures.Prepare(text, tokens, info, EntityGazetteer.Default, WordClusters.Default, null);
        var first = new int[NerFeatures.MaxPerToken];
        var second = new int[NerFeatures.MaxPerToken];
        int n = NerFeatures.Extract(text, tokens, info, index, caps, Mask, first);
        int m = NerFeatures.Extract(text, tokens, info, index, caps, Mask, second);
        n.Should().BeGreaterThan(20).And.BeLessThanOrEqualTo(NerFeatures.MaxPerToken).And.Be(m);
        first.AsSpan(0, n).ToArray().Should().Equal(second.AsSpan(0, m).ToArray());
        first.AsSpan(0, n).ToArray().Should().OnlyContain(r => r >= 0 && r <= Mask);
    }

    [Theory]
    // A given name is flagged by the gazetteer.
    [InlineData("Mohammad", "GivenName")]
    // An honorific, with or without its stop.
    [InlineData("Maulana", "Honorific")]
    [InlineData("Mr.", "Honorific")]
    // A demonym is a nationality.
    [InlineData("Iranian", "Nationality")]
    // A news agency is an organisation.
    [InlineData("Reuters", "Organization")]
    // A job word is an occupation.
    [InlineData("cook", "Occupation")]
    public void Lookup_KnownWord_HasFlag(string word, string flag) =>
        EntityGazetteer.Default.Lookup(word).Should().HaveFlag(Enum.Parse<GazetteerFlags>(flag));
}
