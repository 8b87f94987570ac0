using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.People;

/// <summary>A person's country when the title does not carry it: from the title's own phrase, never from another phrase.</summary>
public sealed class CountryContextTests
{
    private static PersonRecord Person(string text, string name)
    {
        Document document = Document.Analyze(text, new ArticleContext());
        PersonRecord[] people = [.. Stages.People(document)];
        PersonRecord person = people.Should().ContainSingle(p => p.Name == name).Subject;
        int start = text.IndexOf(name, StringComparison.Ordinal);
        person.Mentions.Should().Contain(new TextMention(name, start, start + name.Length));
        return person;
    }

    [Theory]
    // A national body just before the title: the spokesman acts for it.
    [InlineData("State Department spokesman Charles Redman said Washington had urged Greece and Turkey to show restraint.", "Charles Redman", "US")]
    // The demonym of the pair's first member covers the second ("and Foreign Minister").
    [InlineData("Soviet leader Mikhail Gorbachev and Foreign Minister Eduard Shevardnadze left the session early on Monday.", "Eduard Shevardnadze", "SU")]
    // A country that is the object of "to" belongs to the arms deal, not to the colonel.
    [InlineData("The report on the sale of arms to Iran showed Colonel Oliver North had sought missiles from Britain.", "Oliver North", null)]
    // A country in another person's apposition ("the delegate of Italy") is not this person's.
    [InlineData("General Vernon Walters sent letters to Security Council President Maurizio Bucci, the delegate of Italy.", "Vernon Walters", null)]
    // A country named after "said" belongs to what was said, not to the speaker's title.
    [InlineData("Brigadier General Ahmed Hassan said Iranian troops had crossed the border overnight.", "Ahmed Hassan", null)]
    // "... as Prime Minister X said Greece was ready": the speaker speaks for the country he names.
    [InlineData("Washington urged calm, as Prime Minister Andreas Papandreou said Greece was prepared to defend its waters.", "Andreas Papandreou", "GR")]
    // A possessive country after "by" is the official's, not a place.
    [InlineData("The plan was described today by Nicaragua's Central Bank governor Joaquin Cuadra Chamorro as undemocratic.", "Joaquin Cuadra Chamorro", "NI")]
    public void Nearest_CountryInThePhrase_OnlyThatPhrasesCountry(string text, string name, string? country) =>
        Person(text, name).Country.Should().Be(country);

    [Theory]
    // An office only Britain (of the named countries) has, even beside "the United States Department of State".
    [InlineData("Britain pressed its case. Foreign Secretary Dominic Raab urged the embassy to reconsider, citing advice from the United States Department of State.", "Dominic Raab", "GB")]
    // "Chancellor" is German or Austrian; only Germany is named.
    [InlineData("Chancellor Helmut Kohl met French officials on Monday to discuss the future of Germany.", "Helmut Kohl", "DE")]
    // "Secretary of Transportation" is an American office; the title keeps its complement.
    [InlineData("Elaine Chao, the Secretary of Transportation, approved the new rules on flights to Cuba, the United States said.", "Elaine Chao", "US")]
    // A prime minister beside the United States, which has none, and one other named country.
    [InlineData("On Tuesday, Prime Minister Mark Rutte backed the request of Dutch officials that the United States return the files.", "Mark Rutte", "NL")]
    // A British police office of several words.
    [InlineData("The county's Police and Crime Commissioner Stephen Mold wrote to the embassy in Britain.", "Stephen Mold", "GB")]
    public void ResolveCountry_OfficeOfOneNamedCountry_GivesIt(string text, string name, string country) =>
        Person(text, name).Country.Should().Be(country);

    [Theory]
    // A national institution gives its country though the article never names it.
    [InlineData("Federal Reserve Board chairman Paul Varnum said monetary policy was unchanged.", "Paul Varnum", "US")]
    [InlineData("Fed Chairman Paul Varnum told a Congressional committee that policy was unchanged.", "Paul Varnum", "US")]
    [InlineData("Bundesbank president Karl Otto Weisel said interest rates would stay low.", "Karl Otto Weisel", "DE")]
    [InlineData("Bank of Japan Governor Satoru Imada said the yen was stable.", "Satoru Imada", "JP")]
    [InlineData("Funaro met Chancellor of the Exchequer Peter Hammond on Monday to discuss the debt.", "Peter Hammond", "GB")]
    [InlineData("Securities and Exchange Commission chairman John Shadwell said insider trading cases would grow.", "John Shadwell", "US")]
    // An office several countries have, American unless the article names another candidate.
    [InlineData("Speakes named former National Security Adviser Robert McFarland as the source.", "Robert McFarland", "US")]
    [InlineData("India's National Security Adviser Ajit Doval met officials in Kabul to discuss Afghanistan and India.", "Ajit Doval", "IN")]
    // When the article names one of the candidates, that one wins over the default.
    [InlineData("Manila stocks fell. Securities and Exchange Commission chairman Rosario Lim said the Philippines would tighten rules.", "Rosario Lim", "PH")]
    // A legislator's party-and-state tag, or "a California Democrat", is American.
    [InlineData("The charges were made by Senator William Proxton, D-Wis., on Monday.", "William Proxton", "US")]
    [InlineData("Budget Committee Chairman William Grayle (D-Pa.) proposed a spending freeze.", "William Grayle", "US")]
    [InlineData("The bill was drafted by Tony Coelman, a California Democrat, on Monday.", "Tony Coelman", "US")]
    public void ResolveCountry_NationalInstitutionOrLegislatorTag_GivesItsCountry(string text, string name, string country) =>
        Person(text, name).Country.Should().Be(country);

    [Fact]
    public void ResolveCountry_UnnamedInstitutionOutsideTheTitlesPhrase_GivesNothing() =>
        // The SEC acts on the trader; it is not his employer, and the article names no country.
        Person("The SEC approved a request by two firms controlled by inside trader Ivan Bostic.", "Ivan Bostic").Country.Should().BeNull();

    [Theory]
    // An organisation's title belongs to no country, though Turkey is near.
    [InlineData("NATO Secretary-General Jens Stoltenberg urged Turkey to act with restraint.", "Jens Stoltenberg")]
    // An organisation in brackets before the title.
    [InlineData("Condemnation came from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen after the bombing in the Philippines.", "Yousef Al-Othaimeen")]
    // "a spokesman for the PMF": an armed group, not Israel, though Israel is blamed.
    [InlineData("Ahmed al-Assadi, a spokesman for the PMF, blamed Israel and the United States for the attack.", "Ahmed al-Assadi")]
    // A United Nations title with Iran in the same sentence.
    [InlineData("U.N. press secretary Francois Giuliani said the Secretary General had no comment on the attack on Iran.", "Francois Giuliani")]
    // The Pope holds no country's office, even in an article about one country.
    [InlineData("Pope Francis condemned the bombing of the cathedral in the Philippines.", "Francis")]
    public void ResolveCountry_OrganisationOrStatelessTitle_NoCountry(string text, string name) =>
        Person(text, name).Country.Should().BeNull();

    [Theory]
    // The only country the article names, named more than once.
    [InlineData("A bomb struck a market in the Philippines on Sunday. Regional Governor Ali Hamza said the attackers would be found. Philippine police arrested two men.", "Ali Hamza", "PH")]
    // A dateline country that the body names too, for an official; "in the United States" is where he was, not whom he serves.
    [InlineData("ANKARA, March 29 - Prime Minister Turgut Ozal, in London after surgery in the United States, welcomed the end of the dispute with Greece. Turkey said its ship would stay in its own waters.", "Turgut Ozal", "TR")]
    // A person named without an office in an article about one country only.
    [InlineData("A ferry sank off the Philippines on Sunday. The dead seaman was identified as Jaime Galvez by the Philippine coast guard. Philippine officials said the search would go on across the Philippines.", "Jaime Galvez", "PH")]
    // A business story that names its one country twice is not about that country: no country for the investor.
    [InlineData("Edward Marlow would retain a 51 pct interest in the network, a filing in the United States showed. Shares rose in U.S. trading.", "Edward Marlow", null)]
    // An office holder in an article mostly about one country, though another is named once.
    [InlineData("A bomb killed five people in Yemen. The bomb was placed in a market, stated Minister of Information Mahmoud Qasimi. Yemen has seen many attacks, and Qasimi said the rebels are backed by Iran. Yemen mourned, and Yemeni ports closed.", "Mahmoud Qasimi", "YE")]
    // "X, of the <place> council": the country of the place a person is of.
    [InlineData("Sharif Hotak, of the Kandahar provincial council, described the attack on the base, which the Afghan government and Washington condemned. Britain and Pakistan sent condolences.", "Sharif Hotak", "AF")]
    // A dateline city that the body never names as a country gives nothing.
    [InlineData("GENEVA, March 4 - Negotiator Maynard Smith told reporters the draft treaty on missiles in Europe was complete. Both Washington and Moscow welcomed it.", "Maynard Smith", null)]
    // A dateline that is not the article's most salient country says where the reporter is, not whom the president serves.
    [InlineData("MOSCOW, April 13 - U.S. officials said U.S. proposals, such as those dealing with President Ronald Reagan's space shield, were firm. The United States and the Soviet Union resumed talks.", "Ronald Reagan", null)]
    public void ResolveCountry_Fallbacks_ArticleCountry(string text, string name, string? country) =>
        Person(text, name).Country.Should().Be(country);
}
