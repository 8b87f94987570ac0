using NewsNlp.Events;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Events;

public sealed class EventExtractorTests
{
    private static EventRecord[] Extract(string text, params (string, string)[] dates)
    {
        var result = EventFacts.Run(new EventExtractor(), EventFacts.Document(text), EventFacts.For(text, dates));
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
    // A country phrase, a title and a person are one participant, so both leaders of a phone call are actors.
    [InlineData("On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone.", "consultation US,TR>")]
    // "after Turkey began": the subject of a subordinate clause, not "the government of Syria" before it.
    [InlineData("Late on Sunday, Kurdish forces announced a deal with the government of Syria after Turkey began a military offensive into north-eastern Syria.", "strike TR>SY")]
    // "On Thursday, United States forces": a date before the comma is not a place apposition; the object of "killed" is the target.
    [InlineData("On Thursday, United States forces killed Soleimani in an airstrike.", "strike US>IR")]
    // A participle clause (", blaming ...") shares the main clause's subject; "On Saturday morning," is no aside.
    [InlineData("On Saturday morning, representatives from Iran acknowledged their government had shot down a Ukrainian jet near Tehran, blaming the fear of aggression from the United States.", "accusation IR>US")]
    // "was condemned by members of the European Union": the agent of a passive accusation.
    [InlineData("The operation in Syria was condemned by members of the European Union.", "accusation EU>SY")]
    // A reciprocal act with both sides named has no target, even when its shells fell elsewhere.
    [InlineData("Artillery shells from an exchange of fire between Iran and Iraq fell on Kuwait's northern border.", "strike IR,IQ>")]
    // "the Soviet team": talks with one named side take the article's other main party.
    [InlineData("The United States handed Iran a proposal. Iranian officials said talks were useful.", "consultation IR>US")]
    // A definite act never told before, with its doer and target named, is an event of its own.
    [InlineData("Iran protested in response to the US airstrike on Iraq.", "strike US>IQ")]
    // "X, a spokesman for the Houthis, blamed": the body the speaker works for, named in an aside, is the actor.
    [InlineData("Yahya Saree, a spokesman for the Houthis, blamed both Saudi Arabia and the United States for the attack.", "accusation Houthis>SA,US")]
    public void Extract_NewsSentence_FindsTypeAndParticipants(string text, string expected)
    {
        EventRecord[] events = Extract(text);
        events.Select(Describe).Should().Contain(expected);
    }

    [Theory]
    // Issue 15 (ev12): the speech acts and deployments the widened lexicon finds, as events with their parties.
    [InlineData("Syria complained to the United Nations that Israel was blocking its exports.", "accusation")]
    [InlineData("Iran charged that Iraq had attacked its tankers in the Gulf.", "accusation")]
    [InlineData("Greece lodged a strong protest with Turkey over the flights.", "accusation")]
    [InlineData("Pakistan requested that Iran withdraw its troops from the border.", "appeal")]
    [InlineData("Iraq asked that Iran release the prisoners of war.", "appeal")]
    [InlineData("Pakistan demands an inquiry by Iran into the border raid.", "appeal")]
    [InlineData("Iraqi troops were sent to the Kuwaiti border on Sunday.", "mobilization")]
    public void Extract_WidenedWording_FindsTheAct(string text, string type)
    {
        Extract(text).Should().Contain(e => e.Type == type);
    }

    [Theory]
    // Issue 15 (ev12): the same wordings denied, refused, planned or in another sense are no event of the type.
    [InlineData("Syria denied that it had complained to the United Nations about Israel.", "accusation")]
    [InlineData("The union charged that the airline sought greater wage concessions.", "accusation")]
    [InlineData("Iraq did not demand the withdrawal of Iranian troops.", "appeal")]
    [InlineData("The company requested talks with its creditors on the loan.", "appeal")]
    [InlineData("Nicaragua refused to concentrate troops along the border with Honduras.", "mobilization")]
    [InlineData("Police patrolled the streets of the capital during the football final.", "mobilization")]
    [InlineData("Shareholders requested that the board sell the unit.", "appeal")]
    [InlineData("The bank asked that its creditors accept a delay.", "appeal")]
    [InlineData("Pakistan did not request that Iran withdraw its troops.", "appeal")]
    [InlineData("The soldiers were sent home after the parade.", "mobilization")]
    [InlineData("The rebels demand the government collect the penalty from the mining firm.", "appeal")]
    public void Extract_WidenedWordingNegatedOrOtherSense_ReportsNoEventOfType(string text, string type)
    {
        Extract(text).Should().NotContain(e => e.Type == type);
    }

    [Theory]
    // A hypothetical is not an event.
    [InlineData("Experts said both camps would seek appeasement and Iran could strike Pakistan.")]
    // A denial is not an event.
    [InlineData("Iran denied attacking Pakistan.")]
    // Nor is the clause a denial opens with "that" (ev12).
    [InlineData("Iraq denied that its warplanes had attacked the tanker.")]
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
    // Hearsay: "rumors ... that" governs the act however far back it stands.
    [InlineData("There were rumors in world oil markets on Tuesday that Iran had fired shells at an oil camp in northern Kuwait.")]
    // History: a war of the last century is not news.
    [InlineData("Many Chinese people still resent the Japanese invasion of China during World War II.")]
    // "stop attacking ... and shelling": the condition governs both coordinated acts.
    [InlineData("Iraq declared a moratorium on condition that Iran stop attacking Iraqi territory and shelling its towns.")]
    // A capacity is not an act.
    [InlineData("Diplomats said Iran had no demonstrable capacity to carry out attacks in the United States.")]
    // "offensive capabilities" is an adjective, not an offensive.
    [InlineData("Japan's ruling party proposed amendments to give the military more offensive capabilities against China.")]
    // An offer of warships is not a deployment (the optional deal it may be is another type).
    [InlineData("The United States offered its warships to escort Kuwaiti tankers past the batteries.")]
    // A labour strike by dockworkers is not a military strike.
    [InlineData("A strike by Japanese dockworkers will continue over the weekend, a spokesman said.")]
    public void Extract_IrrealisOrOtherSense_ReportsNoStrikeOrDeescalation(string text)
    {
        Extract(text).Should().NotContain(e => e.Type == "strike" || e.Type == "deescalation" || e.Type == "mobilization");
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

    [Theory]
    // Planned: "her visit to Moscow next week" has not happened.
    [InlineData("Thatcher left Bonn on Monday ahead of her visit to Moscow next week.", "consultation")]
    // "which side was to blame": blame not laid.
    [InlineData("The United States refused to say which side was to blame for the confrontation between Greece and Turkey.", "accusation")]
    // "agreed," followed by a comma: agreeing with an opinion, not a deal.
    [InlineData("The governor of the Philippines province agreed, saying only this group could have done it.", "agreement")]
    // An agreement takes two: a decree signed at home is none.
    [InlineData("On Friday, the Prime Minister of Tunisia signed a government decree banning the niqab.", "agreement")]
    // A named accord only refers to a deal told elsewhere (here: nowhere).
    [InlineData("Baker said he stood by the Paris accord among the United States, Japan and Germany.", "agreement")]
    // "Japanese steel firms" are companies, not Japan: their price talks are no diplomacy.
    [InlineData("The Japanese steel firms started a new round of price talks with Chinese exporters yesterday.", "consultation")]
    // "domestic demand" is economics, not an appeal.
    [InlineData("Denmark was also expected to see a slump in domestic demand, Sweden said.", "appeal")]
    // "Tomorrow's meeting" has not happened.
    [InlineData("Tomorrow's meeting of Greece and Turkey is seen as the key one.", "consultation")]
    // An appeal to one's own citizens ("urged vigilant locals") addresses no other party.
    [InlineData("The Philippines defence secretary urged vigilant locals to assist the authorities.", "appeal")]
    public void Extract_NotAnEventOfThatType_ReportsNone(string text, string type)
    {
        Extract(text).Should().NotContain(e => e.Type == type);
    }

    [Fact]
    public void Extract_PersonWithoutOffice_DoesNotActForTheirCountry()
    {
        const string text = "Kakar's fiancée called for the killers to be brought to justice in Iran.";
        var facts = EventFacts.For(text);
        facts = facts with { People = [.. facts.People.Select(p => p with { Title = null })] };
        EventFacts.Run(new EventExtractor(), EventFacts.Document(text), facts).Events.Should().NotContain(e => e.Actors.Contains("PK"));
    }

    [Theory]
    // A claim of responsibility names the attacker of the strike told before; it adds no event.
    [InlineData("Drone strikes hit oil facilities in Saudi Arabia on Saturday. The Houthis claimed responsibility for the attacks.", "strike Houthis>SA")]
    // "are the suspected perpetrators" does the same.
    [InlineData("Twin bombings struck a cathedral in the Philippines. The army said the Abu Sayyaf Group are the suspected perpetrators.", "strike Abu Sayyaf>PH")]
    // "attributed the bombing to Houthi rebels": the ascribed group is the attacker, not the target.
    [InlineData("A bomb killed five people in a market in Yemen. A minister attributed the bombing to Houthi rebels.", "strike Houthis>YE")]
    public void Extract_ClaimOrAscription_NamesTheAttackerOfTheToldStrike(string text, string expected)
    {
        EventRecord[] strikes = [.. Extract(text).Where(e => e.Type == "strike")];
        strikes.Select(Describe).Should().Equal(expected);
        strikes[0].Start.Should().Be(0);
    }

    [Fact]
    public void Extract_CoordinatedMobilization_IsOneEventPerSide()
    {
        const string text = "Tension rose in the Aegean as Greek and Turkish warships headed for a possible clash.";
        EventRecord[] events = [.. Extract(text).Where(e => e.Type == "mobilization")];
        events.Select(Describe).Should().BeEquivalentTo(["mobilization GR>", "mobilization TR>"]);
        events.Should().AllSatisfy(e => e.Text.Should().Be(text));
    }

    [Fact]
    public void Extract_AnotherAttack_IsASecondEvent()
    {
        const string text = "A Taliban car bomb killed dozens at a base in Afghanistan on Monday. Last week a Kabul car bombing killed five, another attack ascribed to the Taliban.";
        EventRecord[] strikes = [.. Extract(text, ("Monday", "2019-01-21")).Where(e => e.Type == "strike")];
        strikes.Select(Describe).Should().Equal("strike Taliban>AF", "strike Taliban>AF");
        strikes[1].Start.Should().Be(text.IndexOf("Last week", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OneDoerTwoTargets_AreTwoEvents()
    {
        const string text = "Iran launched missiles at US troops in Iraq on Wednesday. On Saturday, Iran acknowledged it had shot down a Ukrainian jet near Tehran.";
        EventRecord[] strikes = [.. Extract(text, ("Wednesday", "2020-01-08"), ("Saturday", "2020-01-11")).Where(e => e.Type == "strike")];
        // "at US troops in Iraq": the victims and the place, as the gold codes them; the jet near Tehran stays UA alone.
        strikes.Select(Describe).Should().Equal("strike IR>US,IQ", "strike IR>UA");

        // "acknowledged it had shot down": the report's Saturday does not date the act.
        strikes[1].Date.Should().BeNull();
    }

    [Fact]
    public void Extract_DateAtSayingVerb_YieldsToTheActsOwnDate()
    {
        const string text = "Iran earlier today said its forces launched fresh attacks near Basra in Iraq last night.";
        EventRecord strike = Extract(text, ("today", "1987-03-05"), ("last night", "1987-03-04")).Single(e => e.Type == "strike");
        strike.Date.Should().Be(new DateOnly(1987, 3, 4));
    }

    [Fact]
    public void Extract_ParaphraseTheLexiconMisses_ComesFromAConfidentClassifier()
    {
        // "pummeled" is in no trigger list: a model retrained by the training tool on sentences that use it
        // makes the classifier alone report the strike, anchored after its first participant.
        LabeledSentence[] sentences =
        [
            .. Enumerable.Range(0, 20).Select(i => new LabeledSentence($"Army {i} pummeled border posts.", ["strike"])),
            .. Enumerable.Range(0, 20).Select(i => new LabeledSentence($"The company {i} reported quarterly results.", [])),
        ];
        EventClassifierModel model = EventClassifierTrainer.Train(sentences);
        var extractor = new EventExtractor(model);
        const string text = "Iran pummeled Pakistan's border posts.";
        model.Score(text)[0].Should().BeGreaterThan(0.9, "the classifier must be confident for this path");
        EventRecord[] events = [.. EventFacts.Run(extractor, EventFacts.Document(text), EventFacts.For(text)).Events];
        events.Select(Describe).Should().Equal("strike IR>PK");
        events[0].Start.Should().Be(0);
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
            Casualties = [new CasualtyEntity("killed", 11, null, null, false, [], null, text.IndexOf("killed", StringComparison.Ordinal), text.Length - 1)],
        };
        EventResult result = EventFacts.Run(new EventExtractor(), EventFacts.Document(text), facts);
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
        var result = EventFacts.Run(new EventExtractor(), EventFacts.Document(text),
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
