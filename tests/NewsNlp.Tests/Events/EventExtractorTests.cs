using NewsNlp.Events;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Events;

public sealed class EventExtractorTests
{
    private static EventRecord[] Extract(string text, params (string, string)[] dates)
    {
        var result = new EventExtractor().Extract(EventFacts.Document(text), EventFacts.For(text, dates));
        return [.. result.Events];
    }

    private static string Describe(EventRecord e) => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}";

    [Theory]
    // A demonym before the noun is the actor; "in" names the target.
    [InlineData("An Iranian missile attack hit a village in Pakistan on Tuesday.", "strike IR>PK")]
    // A possessive is the actor.
    [InlineData("Pakistan's strikes killed nine people in Iran.", "strike PK>IR")]
    // "by" after the trigger is the agent; the passive subject is the target.
    [InlineData("Pakistan was attacked by Iran on Tuesday.", "strike IR>PK")]
    // Coordinated subjects of a mutual act are both actors, with no target.
    [InlineData("Pakistan and Iran agreed to de-escalate tensions.", "deescalation PK,IR>")]
    // Capitals stand for their governments; the object after "to" is the target.
    [InlineData("Pakistan recalled its ambassador to Tehran.", "diplomatic_downgrade PK>IR")]
    // An appeal with no addressee goes to the article's main parties.
    [InlineData("The United Nations and the United States have called for restraint by Pakistan and Iran.", "appeal UN,US>PK,IR")]
    // "between X and Y" makes both actors of a phone call.
    [InlineData("After a telephone conversation between Pakistani minister Jilani and his Iranian counterpart, both sides spoke of calm.", "consultation PK,IR>")]
    // An offer to mediate.
    [InlineData("China has offered to mediate between Pakistan and Iran.", "mediation CN>PK,IR")]
    // A threat keeps its modal: threats are threats.
    [InlineData("Iraq threatened to resume air raids on Iranian towns.", "threat IQ>IR")]
    // Accusation with a direct object.
    [InlineData("Kuwait accused Iran of attacking its tankers.", "accusation KW>IR")]
    // Mobilization: deployed warships.
    [InlineData("Greece deployed warships to the Aegean on Friday.", "mobilization GR>")]
    // People stand for their countries.
    [InlineData("Kakar condemned the attack on Pakistani soil by Iran.", "accusation PK>IR")]
    public void Extract_NewsSentence_FindsTypeAndParticipants(string text, string expected)
    {
        EventRecord[] events = Extract(text);
        events.Select(Describe).Should().Contain(expected);
    }

    [Theory]
    // A hypothetical is not an event.
    [InlineData("Experts said both camps would seek appeasement and Iran could strike Pakistan.")]
    // A denial is not an event.
    [InlineData("Iran denied attacking Pakistan.")]
    // A labour strike is not a military strike.
    [InlineData("Workers in Pakistan went on strike over pay on Monday, the union said.")]
    // A question is not a report.
    [InlineData("Will Iran attack Pakistan?")]
    // "Never before" negates the whole sentence.
    [InlineData("Never before have Pakistan and Iran carried out attacks on each other's territory.")]
    // A conditional is not an event.
    [InlineData("If the Iranians close the border, people will starve.")]
    // A ceasefire only called for is an appeal, not a de-escalation.
    [InlineData("The United Nations called for a ceasefire between Iran and Iraq.")]
    public void Extract_IrrealisOrOtherSense_ReportsNoStrikeOrDeescalation(string text)
    {
        Extract(text).Should().NotContain(e => e.Type == "strike" || e.Type == "deescalation");
    }

    [Fact]
    public void Extract_ReferencesToOneStrike_MergeIntoOneEvent()
    {
        const string text = "An Iranian missile attack hit Pakistan on Tuesday. The attack killed two children. Both Tehran and Islamabad said they had bombed insurgents. "
            + "Pakistani officials condemned these attacks.";
        EventRecord[] strikes = [.. Extract(text, ("Tuesday", "2024-01-16")).Where(e => e.Type == "strike")];
        strikes.Should().ContainSingle();
        strikes[0].Actors.Should().Equal("IR");
        strikes[0].Targets.Should().Equal("PK");
        strikes[0].Date.Should().Be(new DateOnly(2024, 1, 16));
        strikes[0].Weapons.Should().Contain("missile");
        strikes[0].Start.Should().Be(0);
        strikes[0].End.Should().Be(text.IndexOf('.', StringComparison.Ordinal) + 1);
        strikes[0].Text.Should().Be(text[strikes[0].Start..strikes[0].End]);
    }

    [Fact]
    public void Extract_ReplyStrike_IsASecondEvent()
    {
        const string text = "An Iranian attack hit Pakistan on Tuesday. On Thursday Pakistan struck hideouts in Iran.";
        EventRecord[] strikes = [.. Extract(text, ("Tuesday", "2024-01-16"), ("Thursday", "2024-01-18")).Where(e => e.Type == "strike")];
        strikes.Select(Describe).Should().Equal("strike IR>PK", "strike PK>IR");
        strikes.Select(e => e.Date).Should().Equal(new DateOnly(2024, 1, 16), new DateOnly(2024, 1, 18));
        strikes[1].Start.Should().Be(text.IndexOf("On Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Strike_CarriesCameoAndPlover()
    {
        EventRecord strike = Extract("Iran launched a drone attack on Pakistan.").Single(e => e.Type == "strike");
        strike.Cameo.Should().Be("1952");
        strike.Plover.Should().Be("ASSAULT:drone");
    }

    [Fact]
    public void Extract_CasualtyInSameSentence_LinksBothWays()
    {
        const string text = "An Iranian missile attack on Pakistan killed eleven people.";
        var facts = EventFacts.For(text) with
        {
            Casualties = [new CasualtyRecord { Kind = "killed", Count = 11, Text = "killed eleven people", Start = text.IndexOf("killed", StringComparison.Ordinal), End = text.Length - 1 }],
        };
        EventExtraction result = new EventExtractor().Extract(EventFacts.Document(text), facts);
        result.Events.Should().ContainSingle(string.Join("; ", result.Events.Select(Describe)));
        result.Events[0].Casualties.Should().Equal(0);
        result.Casualties[0].Event.Should().Be(0);
    }

    [Fact]
    public void Extract_BoilerplateLine_AddsNothing()
    {
        const string text = "Talks resume\n\n• Also read: Pakistan attacks hideouts in Iran\n\nThe weather was calm in Islamabad on Friday.";
        Extract(text).Should().BeEmpty();
    }

    [SharedDataFact]
    public void Extract_ModelArticle_FindsTheGoldEventsWithoutDuplicateStrikes()
    {
        string text = ModelArticle.Text;
        var result = new EventExtractor().Extract(
            EventFacts.Document(text),
            EventFacts.For(text, ("Friday", "2024-01-19"), ("Thursday morning", "2024-01-18"), ("Tuesday evening", "2024-01-16")));
        string[] found = [.. result.Events.Select(e => $"{Describe(e)} {e.Date:yyyy-MM-dd}".TrimEnd())];
        found.Should().Contain("strike IR>PK 2024-01-16");
        found.Should().Contain("strike PK>IR 2024-01-18");
        found.Should().Contain("deescalation PK,IR> 2024-01-19");
        found.Should().Contain("diplomatic_downgrade PK>IR");
        found.Should().Contain(f => f.StartsWith("appeal UN,US>", StringComparison.Ordinal));
        found.Should().Contain(f => f.StartsWith("mediation CN>", StringComparison.Ordinal));
        found.Should().Contain(f => f.StartsWith("consultation PK,IR>", StringComparison.Ordinal));
        result.Events.Count(e => e.Type == "strike").Should().Be(2, string.Join("; ", found));
        result.Events.Single(e => e.Type == "strike" && e.Actors.Contains("IR")).Weapons.Should().Contain(["missile", "drone"]);
        result.Events.Should().AllSatisfy(e => e.Text.Should().Be(text[e.Start..e.End]));
    }
}
