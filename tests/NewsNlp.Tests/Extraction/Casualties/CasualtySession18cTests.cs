namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 18 (helper <c>cas19</c>, issue 19): classes read off the first read of the <c>dev15</c> batch. Crippling is an
/// injury ("crippled 23 others"); jailing and imprisonment are detention ("four exiles imprisoned in Panama"), while a prison
/// term stays a term and "jailed" is mostly a sentence passed ("a court jailed five men"); a capture's object may be a list, as a harm verb's is ("seized two Americans and a Briton").
/// Invented sentences only.
/// </summary>
public sealed class CasualtySession18cTests
{
    [Theory]
    // Crippling before its count (injured-words, count-before); an economy or an output crippled is no one, and "many of
    // whom are crippled" is a lasting state.
    [InlineData("Guerrillas killed 43 peasants and crippled 23 others in the attack.", "killed:43:43:43:exact; injured:23:23:23:exact")]
    [InlineData("The bomb crippled 23 people in the market.", "injured:23:23:23:exact")]
    [InlineData("The fighters in the camps, many of whom are crippled, need food.", "")]
    [InlineData("The blast crippled the economy of the town for 10 years.", "")]
    [InlineData("A strike crippled about half the company's output for 10 weeks.", "")]
    [InlineData("The union, crippled by 300 layoffs, called a strike.", "")]
    // Jailing and imprisonment (arrested-words); a term of years or a rule about offenders gives nothing.
    [InlineData("Activists accused the government of jailing two of their members in Lima.", "arrested:2:2:2:exact")]
    [InlineData("Police imprisoned two reporters in Minsk on Friday.", "arrested:2:2:2:exact")]
    [InlineData("The two countries cut ties over four exiles imprisoned in Panama.", "arrested:4:4:-:exact")]
    [InlineData("The judge jailed the banker for 10 years on Monday.", "")]
    [InlineData("Offenders could be fined and imprisoned for up to a year.", "")]
    [InlineData("Six other people tied to the bank were jailed in 1983.", "")]
    // A capture's object list: the later people are taken by the same captor; weapons end the list.
    [InlineData("Kidnappers seized two Americans and a Briton in Baghdad.", "kidnapped:2:2:2:exact; kidnapped:1:1:1:exact")]
    [InlineData("Rebels captured a soldier and two policemen near the base.", "kidnapped:1:1:1:exact; kidnapped:2:2:2:exact")]
    [InlineData("Police are holding five suspects and a driver in Lima.", "arrested:5:5:5:exact; arrested:1:1:1:exact")]
    [InlineData("Troops captured 12 guerrillas and 40 rifles in the raid.", "arrested:12:12:12:exact")]
    [InlineData("We have captured 92 rebels, and 6 rebels have turned themselves in.", "arrested:92:92:92:exact")]
    public void Counts_Session18cClasses(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
}
