using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.People;

/// <summary>Title and country read from the words right around a name.</summary>
public sealed class PersonAttributesTests
{
    private static PersonRecord Person(string text, string name)
    {
        Document document = Document.Analyze(text, new ArticleContext());
        PersonRecord person = Stages.People(document).Should().ContainSingle(p => p.Name == name).Subject;
        int start = text.IndexOf(name, StringComparison.Ordinal);
        person.Mentions.Should().Contain(new TextMention(name, start, start + name.Length));
        return person;
    }

    [Theory]
    // "ambassador to China": China is the host; the demonym in front is the country.
    [InlineData("Vice Foreign Minister Wu Daiwei met the Japanese ambassador to China Anami Koreshige in Beijing.", "Anami Koreshige", "ambassador to China", "JP")]
    // "Undersecretary" heads a title.
    [InlineData("The envoy discussed the missiles with Kuwaiti Foreign Undersecretary Khalid al-Jarallah on Sunday.", "Khalid al-Jarallah", "Foreign Undersecretary", "KW")]
    // A role "of" a country's body, in apposition before the name.
    [InlineData("Taking part were the director-general of the Israeli Foreign Ministry, Abraham Tamir, and two aides.", "Abraham Tamir", "director-general of the Israeli Foreign Ministry", "IL")]
    // "for the Indonesian National Police": the country of the body spoken for.
    [InlineData("Dedi Prasetyo, a spokesperson for the Indonesian National Police, confirmed that two suspects were held.", "Dedi Prasetyo", "spokesperson", "ID")]
    // A possessive country in the appositive behind the name.
    [InlineData("Jalil Abbas Jilani, Pakistan's foreign minister, said the talks went well.", "Jalil Abbas Jilani", "foreign minister", "PK")]
    public void Read_TitleAndCountry_FromThePhrase(string text, string name, string title, string country)
    {
        PersonRecord person = Person(text, name);
        person.Title.Should().Be(title);
        person.Country.Should().Be(country);
    }

    [Theory]
    // "the Soviet team ... headed by X".
    [InlineData("Talks were held with the Soviet team on medium-range missiles headed by Lem Masterkov in Geneva.", "Lem Masterkov", "SU")]
    // ", who heads the American team".
    [InlineData("Maynard Glitman, who heads the American team, told reporters the document was complete.", "Maynard Glitman", "US")]
    public void Read_LeaderOfANationalTeam_GetsItsCountry(string text, string name, string country) =>
        Person(text, name).Country.Should().Be(country);

    [Theory]
    // A possessive country with no role after it gives no country.
    [InlineData("Ali Reza Khan, Pakistan's richest man, bought the team on Friday.", "Ali Reza Khan")]
    // A role that ends at another person's name ("head of the CIA William Casey and Thatcher") is not Thatcher's.
    [InlineData("Prime Minister Margaret Thatcher denied it. The meetings took place between the then head of the CIA William Casey and Thatcher in the United States in 1986.", "Margaret Thatcher")]
    // A country in the clause after an appositive comma is the clause's, not the speaker's.
    [InlineData("Rebels attacked the town. According to the spokesman Ahmed Saleh, the rebels are backed by Iran.", "Ahmed Saleh")]
    public void Read_NoRoleOfACountry_NoCountry(string text, string name) =>
        Person(text, name).Country.Should().BeNull();
}
