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
    [InlineData("Iraqi Army Kills 5 Iranians in Baghdad", "strike IQ>IR")] // a weak "kills" with an armed agent needs no classifier vote
    [InlineData("Rebels kill dozens in Indian unrest", "strike >IN")]
    [InlineData("Explosion in Kabul injures 30", "strike >AF")] // an explosion noun with no accident word is a bombing
    [InlineData("Death toll climbs in Baghdad blast", "strike >IQ")]
    [InlineData("Jakarta Embassy Blast Kills 9, Hurts 173", "strike >ID")] // title case: Jakarta is the place
    [InlineData("Pakistani troops raid two terrorist hideouts", "strike PK>PK")] // done in the actor's own country
    [InlineData("Pakistani army kills 24 militants near Afghan border", "strike PK>PK")] // a border is no target
    public void A_headline_alone_reports_its_act(string headline, string expected) =>
        EventFacts.Described(headline).Should().Equal(expected);

    [Theory]
    [InlineData("Iran to recall ambassador from Pakistan")]
    [InlineData("Iraqi troops to shell Iranian positions")]
    [InlineData("Mother, seven children killed in house fire in Manila")]
    [InlineData("Blast rocks chemical plant (Reuters)")]
    [InlineData("Coal Mine Blast in China Kills 33 (AP)")] // an accident word and no armed agent, whatever the classifier says
    [InlineData("Explosion in southern Italy kills eight, gas leak possible cause")]
    [InlineData("Swedes Blast Government Response to Tsunami")] // "blast" as a verb of criticism, not the explosion noun
    [InlineData("Police release video tape of embassy blast")] // the blast is the topic of another act
    [InlineData("A target for terrorists")] // a noun after a determiner names no act
    [InlineData("Jet lands in Kabul after bomb alert")] // a danger, a plan or a suspicion no attack has come of
    [InlineData("Flight Diverted to Kabul After Bomb Threat")]
    [InlineData("Court in Kabul acquits bombing suspects")]
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
