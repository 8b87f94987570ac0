using NewsNlp.Extraction.Countries;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Countries;

public sealed class OrganizationGazetteerTests
{
    [Theory]
    [InlineData("The U.N. Security Council met on Friday.", 1, "UN", 3)] // the council stands for the UN
    [InlineData("The Security Council convened.", 1, "UN", 2)] // bare "Security Council"
    [InlineData("NATO allies agreed.", 0, "NATO", 1)] // acronym
    [InlineData("The Arab League condemned the strike.", 1, "ARAB LEAGUE", 2)] // scorer's short name
    [InlineData("Islamic State fighters fled.", 0, "ISIL", 2)] // full name to short name
    [InlineData("Hizbollah fired rockets.", 0, "Hezbollah", 1)] // spelling variant
    [InlineData("al-Qaida claimed the attack.", 0, "al-Qaeda", 1)] // lower-case start, variant spelling
    [InlineData("The Houthis attacked a tanker.", 1, "Houthis", 1)] // armed group
    [InlineData("HEZBOLLAH WARNS ISRAEL", 0, "Hezbollah", 1)] // ALL-CAPS
    [InlineData("The GATT council met in Geneva.", 1, "GATT", 1)] // the WTO's forerunner (1947-94) is not the WTO
    [InlineData("The World Trade Organization ruled.", 1, "WTO", 3)]
    [InlineData("The Group of Five met in Paris.", 1, "G7", 3)] // the G-5 and G-6 of 1986-87: the event corpus codes them as the G7
    [InlineData("The G-6 agreed to stabilise the dollar.", 1, "G7", 1)]
    [InlineData("THE GROUP OF SEVEN MET IN PARIS", 1, "G7", 3)] // the body, in capitals
    public void TryMatch_KnownBody_ReturnsShortName(string text, int index, string name, int tokenCount)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        OrganizationGazetteer.TryMatch(text, tokens, index, out OrganizationMatch match).Should().BeTrue();
        match.Organization.Name.Should().Be(name);
        match.TokenCount.Should().Be(tokenCount);
    }

    [Theory]
    [InlineData("IRAN IS READY FOR TALKS", 1)] // "IS" the verb in capitals
    [InlineData("the security council of the province met", 1)] // lower case is a generic council
    [InlineData("A GROUP OF SEVEN GUERRILLAS ATTACKED THE POST", 1)] // a count, told in ordinary text by the lower-case "group"
    [InlineData("a group of seven guerrillas attacked the post", 1)] // a guard: lower case never matched
    public void TryMatch_NotAnActor_ReturnsFalse(string text, int index)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        OrganizationGazetteer.TryMatch(text, tokens, index, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("AFP")] // news agency
    [InlineData("Reuters")] // news agency
    [InlineData("IRNA")] // state news agency
    public void TryGet_NewsAgency_IsSource(string name)
    {
        OrganizationGazetteer.TryGet(name, out OrganizationInfo info).Should().BeTrue();
        info.IsSource.Should().BeTrue();
    }

    [Theory]
    [InlineData("Reuters reported that the Taliban took the city.", "Taliban")] // the agency is a source, not listed
    [InlineData("The Islamic Republic News Agency said Hamas agreed.", "Hamas")] // the agency's name is not Iran
    [InlineData("The Hamas-run health ministry gave the toll.", "Hamas")] // a segment of a hyphenated word
    public void Extract_Organizations_ListsActorsOnly(string text, string expected)
    {
        CountryResult result = Stages.Countries(Document.Analyze(text, new ArticleContext()));
        result.Organizations.Select(o => o.Name).Should().Equal(expected);
        result.Countries.Should().BeEmpty();
    }
}
