using CsCheck;
using NewsNlp.Extraction.Countries;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Countries;

public sealed class CountryExtractorPropertyTests
{
    private static readonly string[] Words =
    [
        "Iran", "IRAN", "Pakistan-Iran", "U.S.", "US", "the", "Chad", "Smith", "Tehran", "said", "South", "China", "Sea",
        "Guinea-Bissau", "-", "'s", "\n\n", ",", ".", "Georgia", "Tbilisi", "Hamas-run", "Security", "Council", "Jordan",
        "\uD800", "Turkey", "dinner", "Soviet", "Moscow",
    ];

    /// <summary>Messy text salted with country words, hyphens, capitals and abbreviations.</summary>
    private static readonly Gen<string> Salted = Gen.OneOf(
        Gen.String,
        Gen.Int[0, Words.Length - 1].Select(static i => Words[i]).Array[0, 20].Select(words => string.Join(" ", words)));

    [Fact]
    public void Extract_ArbitraryText_NeverThrowsAndMentionsPointIntoText()
    {
        Salted.Sample(text =>
        {
            CountryResult result = Stages.Countries(Document.Analyze(text, new ArticleContext()));
            foreach (CountryRecord country in result.Countries)
            {
                country.Mentions.Should().NotBeEmpty();
                foreach (CountryMention m in country.Mentions)
                {
                    m.Start.Should().BeGreaterThanOrEqualTo(0);
                    m.End.Should().BeLessThanOrEqualTo(text.Length);
                    text[m.Start..m.End].Should().Be(m.Text);
                }

                country.Salience.Should().BeInRange(0, 1);
            }

            foreach (OrganizationRecord org in result.Organizations)
            {
                foreach (TextMention m in org.Mentions)
                {
                    text[m.Start..m.End].Should().Be(m.Text);
                }
            }
        }, iter: 1500);
    }

    [Fact]
    public void Extract_SameDocumentAcrossThreads_SameResult()
    {
        const string text = "Pakistan and Iran said on Friday they had agreed to de-escalate. Tehran and Islamabad said calm had returned.";
        string expected = string.Join(";", Stages.Countries(Document.Analyze(text, new ArticleContext())).Countries.Select(c => c.Code + c.MentionCount));
        string[] results = new string[16];
        Parallel.For(0, results.Length, i =>
            results[i] = string.Join(";", Stages.Countries(Document.Analyze(text, new ArticleContext())).Countries.Select(c => c.Code + c.MentionCount)));
        results.Should().AllBe(expected);
    }
}
