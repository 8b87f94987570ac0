using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.People;

public sealed class PersonExtractorTests
{
    private static PersonRecord[] Extract(string text) =>
        [.. Stages.People(Document.Analyze(text, new ArticleContext()), withCountries: false)];

    [Theory]
    // Demonym and title in front: title without the demonym, country from it.
    [InlineData("Pakistani Foreign Minister Jalil Abbas Jilani said on Friday that talks went well.", "Jalil Abbas Jilani", "Foreign Minister", "PK")]
    // Possessive country in front.
    [InlineData("Iran's Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad.", "Hossein Amir-Abdollahian", "Foreign Minister", "IR")]
    // Title "of Country" in front.
    [InlineData("President of Ukraine Volodymyr Zelenskyy said the crash was a crime.", "Volodymyr Zelenskyy", "President", "UA")]
    // Comma between the title and the name.
    [InlineData("Malaysia's Prime Minister, Najib Razak said the navy was ready.", "Najib Razak", "Prime Minister", "MY")]
    // Appositive role behind the name.
    [InlineData("Ahmed al-Assadi, a spokesman for the militia, denied the report.", "Ahmed al-Assadi", "spokesman", null)]
    // Lower-case role in front.
    [InlineData("The killing of journalist Jamal Khashoggi shocked the world.", "Jamal Khashoggi", "journalist", null)]
    public void Extract_TitleAroundName_AttachesTitleAndCountry(string text, string name, string title, string? country)
    {
        PersonRecord person = Extract(text).Should().ContainSingle(p => p.Name == name).Subject;
        person.Title.Should().Be(title);
        person.Country.Should().Be(country);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        person.Mentions[0].Should().Be(new TextMention(name, start, start + name.Length));
    }

    [Theory]
    // Age then occupation in an appositive; the honorific leaves the name.
    [InlineData("\"We didn't know,\" Maulana Mohammad Sadiq, 42, a cook, told AFP.", "Mohammad Sadiq", 42, "cook")]
    // Age at the end of the sentence.
    [InlineData("\"People will starve,\" said one of them, Haji Mohammad Islam, 55.", "Mohammad Islam", 55, null)]
    // Age as "N-year-old" before an occupation.
    [InlineData("The crash killed 19-year-old motorcyclist Harry Dunn near the base.", "Harry Dunn", 19, "motorcyclist")]
    public void Extract_AgeAndOccupation_Attached(string text, string name, int age, string? occupation)
    {
        PersonRecord person = Extract(text).Should().ContainSingle(p => p.Name == name).Subject;
        person.Age.Should().Be(age);
        if (occupation is not null)
        {
            person.Occupation.Should().Be(occupation);
            person.Title.Should().Be(occupation);
        }
    }

    [Fact]
    public void Extract_Counterpart_TakesTheOtherPartysTitle()
    {
        // "his Iranian counterpart" is Iran's foreign minister.
        const string text = "After a call between Pakistani Foreign Minister Jalil Abbas Jilani and his Iranian counterpart Hossein Amir-Abdollahian, both sides agreed to de-escalate.";
        PersonRecord[] people = Extract(text);
        PersonRecord counterpart = people.Should().ContainSingle(p => p.Name == "Hossein Amir-Abdollahian").Subject;
        counterpart.Title.Should().Be("Foreign Minister");
        counterpart.Country.Should().Be("IR");
    }

    [Theory]
    // A later surname joins the full name.
    [InlineData("Prime Minister Anwaar-ul-Haq Kakar canceled his trip. Kakar heads a caretaker government.", "Anwaar-ul-Haq Kakar", 2)]
    // "Mr." plus surname joins too.
    [InlineData("Foreign Minister Jalil Abbas Jilani spoke to reporters. Mr. Jilani said talks went well.", "Jalil Abbas Jilani", 2)]
    public void Extract_ShortFormLater_OneRecordWithAllMentions(string text, string name, int mentions)
    {
        PersonRecord[] people = Extract(text);
        people.Should().ContainSingle();
        people[0].Name.Should().Be(name);
        people[0].Mentions.Should().HaveCount(mentions);
    }

    [Theory]
    // News agencies are not people.
    [InlineData("Reuters reported the strike, citing officials, and AFP confirmed it.")]
    // Places after "in" are not people.
    [InlineData("Security forces set up checkpoints in Panjgur district on Friday.")]
    // An ALL-CAPS wire headline creates nobody.
    [InlineData("IRAN SAYS PAKISTAN STRIKES KILL NINE\n\nThe strikes hit a border area, officials said.")]
    // Groups are not people.
    [InlineData("Iran and Pakistan, the only Muslim country with nuclear weapons, share a border.")]
    public void Extract_NoPerson_ReturnsNothing(string text) => Extract(text).Should().BeEmpty();

    [Fact]
    public void Extract_ModelArticle_FiveGoldPeople()
    {
        ArticleRecord record = ModelArticle.Extract();
        record.People.Select(p => (p.Name, p.Title, p.Country, p.Age)).Should().BeEquivalentTo(new[]
        {
            ("Jalil Abbas Jilani", (string?)"Foreign Minister", (string?)"PK", (int?)null),
            ("Hossein Amir-Abdollahian", "Foreign Minister", "IR", null),
            ("Anwaar-ul-Haq Kakar", "Prime Minister", "PK", null),
            ("Mohammad Sadiq", "cook", null, 42),
            ("Mohammad Islam", null, null, 55),
        });
    }
}
