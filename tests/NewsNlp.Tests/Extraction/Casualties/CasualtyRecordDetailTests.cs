using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Casualties;

public sealed class CasualtyRecordDetailTests
{
    [Theory]
    [InlineData("According to authorities, a total of eleven people, mostly women and children, were killed.", "women,children")] // "mostly women and children" keeps both
    [InlineData("At least 2,000 Iraqi troops had been killed.", "soldiers")] // troops are soldiers
    [InlineData("Five Armed Forces personnel died in the blast.", "soldiers")] // armed forces are soldiers
    [InlineData("Four policemen were shot dead.", "police")] // policemen are police
    [InlineData("The bomb injured fourteen police officers.", "police")] // two-word group
    [InlineData("The blast killed two journalists and a driver.", "journalists")] // journalists
    [InlineData("At least five other civilians reportedly also died.", "civilians")] // civilians
    [InlineData("Officials reported 150 security forces killed.", "security forces")] // two-word group kept as named
    [InlineData("Two suspects were arrested.", "suspects")] // suspects
    [InlineData("Twelve people, including three children, were killed.", "children")] // group inside an appositive
    [InlineData("Eleven people were killed.", "")] // "people" is no group
    public void Extract_VictimPhrase_NamesGroups(string sentence, string groups)
    {
        string.Join(",", CasualtyTestKit.Extract(sentence)[0].Groups).Should().Be(groups);
    }

    [Theory]
    [InlineData("According to authorities, eleven people were killed.", "authorities")] // "according to" before
    [InlineData("Eleven people were killed, according to the provincial health ministry.", "provincial health ministry")] // "according to" after, article dropped
    [InlineData("Officials said 20 people died in the fire.", "Officials")] // "officials said"
    [InlineData("Iran earlier today said 1,200 Iraqis were killed.", "Iran")] // adverbs between source and verb
    [InlineData("A car bomb killed 30 people, a police spokesman said.", "police spokesman")] // source after the clause
    [InlineData("Abdurrahman Mangal, spokesperson for the provincial governor, said the attack had killed twelve.", "spokesperson for the provincial governor")] // appositive source
    [InlineData("He said 20 people were killed.", null)] // a pronoun is no source
    [InlineData("Twenty people were killed in the attack.", null)] // no source
    public void Extract_SourceNamed_SetsAttribution(string sentence, string? attribution)
    {
        CasualtyTestKit.Extract(sentence)[0].Attribution.Should().Be(attribution);
    }

    [Theory]
    [InlineData("A car bomb exploded in Kabul, killing at least 20 people.", "killing at least 20 people", 30)] // verb through noun
    [InlineData("Eleven people were killed on Tuesday.", "Eleven people were killed", 0)] // count through verb
    [InlineData("The earthquake left 30 dead.", "left 30 dead", 15)] // framing verb through closing word
    [InlineData("The death toll rose to 40 on Sunday.", "death toll rose to 40", 4)] // toll through number
    public void Extract_Evidence_SlicesTheText(string sentence, string evidence, int start)
    {
        var record = CasualtyTestKit.Extract(sentence)[0];
        record.Text.Should().Be(evidence);
        record.Start.Should().Be(start);
        record.End.Should().Be(start + evidence.Length);
    }

    [Fact]
    public void Extract_HeadlineRepeatedInBody_GivesOneRecord()
    {
        const string text = "BOMB EXPLODES AT BRITISH ARMY BASE, 30 INJURED\n\nA huge car bomb exploded at the base last night. Officials said 30 people were injured.";
        var records = CasualtyTestKit.Extract(text);
        records.Should().ContainSingle();
        records[0].Text.Should().Be("30 people were injured");
    }

    [Fact]
    public void Extract_SameFigureTwice_GivesOneRecord()
    {
        const string text = "At least 20 people were killed in the twin bombings. Police confirmed that 20 were killed.";
        CasualtyTestKit.Describe(text).Should().Be("killed:20:20:-:exact");
    }

    [Fact]
    public void Extract_StatedTotalAndParts_KeepsTotalWithoutSumming()
    {
        const string text = "Six people were killed in Panjgur and five in Turbat. A total of eleven people were killed in these two attacks.";
        CasualtyTestKit.Describe(text).Should().Be("killed:6:6:6:exact; killed:11:11:11:exact");
    }

    [Fact]
    public void Extract_SameCountDifferentGroups_KeepsBoth()
    {
        const string text = "Two soldiers were wounded. Two policemen were also wounded.";
        CasualtyTestKit.Describe(text).Should().Be("injured:2:2:2:exact; injured:2:2:2:exact");
    }

    [Fact]
    public void Extract_BoilerplateLine_AddsNothing()
    {
        const string text = "Attack in Kabul\n\n• Also read: Bombing kills 50 in Kabul market\n\nPolice said the blast wounded three people.";
        CasualtyTestKit.Describe(text).Should().Be("injured:3:3:3:exact");
    }

    [Fact]
    public void Extract_ModelArticle_FindsElevenKilledWomenAndChildrenByAuthorities()
    {
        var records = ModelArticle.Extract().Casualties;
        records.Should().ContainSingle();
        CasualtyRecord record = records[0];
        record.Kind.Should().Be("killed");
        record.Count.Should().Be(11);
        record.Groups.Should().Equal("women", "children");
        record.Attribution.Should().Be("authorities");
        ModelArticle.Text[record.Start..record.End].Should().Be(record.Text);
    }

    [Fact]
    public void Extract_EmptyAndOddText_FindsNothing()
    {
        CasualtyTestKit.Describe("").Should().BeEmpty();
        CasualtyTestKit.Describe("killed killed 5 , , at least").Should().Be("killed:5:5:5:exact");
        CasualtyTestKit.Describe("at least").Should().BeEmpty();
    }
}
