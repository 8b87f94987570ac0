using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// A headline given alone (a feed of titles) is the report itself: its present tense tells the news, "to" plus a verb a plan, a
/// participle after its noun a passive, and the one place it names the country a strike was done in. Invented headlines.
/// </summary>
public sealed class HeadlineGrammarTests
{
    [Theory]
    [InlineData("Iraqi troops shell Iranian positions", "strike IQ>IR")]
    [InlineData("Iran recalls ambassador from Pakistan", "diplomatic_downgrade IR>PK")]
    [InlineData("U.S. Secretary meets Japanese Minister in Tokyo", "consultation US>JP")]
    [InlineData("Car bomb kills six in Baghdad", "strike >IQ")]
    [InlineData("Gunmen attack police station in Manila (Reuters)", "strike >PH")]
    [InlineData("14 Iraqi soldiers killed by Iranian shelling", "strike IR>IQ")]
    [InlineData("Iraq, Iran agree to ceasefire", "deescalation IQ,IR>")]
    public void A_headline_alone_reports_its_act(string headline, string expected) =>
        EventFacts.Described(headline).Should().Equal(expected);

    [Theory]
    [InlineData("Iran to recall ambassador from Pakistan")]
    [InlineData("Iraqi troops to shell Iranian positions")]
    [InlineData("Mother, seven children killed in house fire in Manila")]
    [InlineData("Blast rocks chemical plant (Reuters)")]
    public void A_headline_alone_announcing_a_plan_or_an_accident_has_no_event(string headline) =>
        EventFacts.Described(headline).Should().BeEmpty();

    [Fact]
    public void A_headline_above_a_body_only_restates_it()
    {
        // The body tells the act; the headline adds no second event, and a body without the act gets none from the headline.
        EventFacts.Described("Car bomb kills six in Baghdad\n\nThe police said the market was crowded.").Should().BeEmpty();
        EventFacts.Described("Iraqi troops shell Iranian positions\n\nIraqi troops shelled Iranian positions on Monday.").Should().Equal("strike IQ>IR");
    }

    [Fact]
    public void A_headline_alone_is_read_as_the_report_but_prose_keeps_its_tense_rules()
    {
        EventFacts.Document("Iran recalls ambassador from Pakistan").IsHeadlineOnly.Should().BeTrue();
        EventFacts.Document("Iran recalled its ambassador from Pakistan.").IsHeadlineOnly.Should().BeFalse();
        EventFacts.Described("Iraqi and Iranian ministers meet in Geneva every year.").Should().BeEmpty();
    }
}
