namespace NewsNlp.Tests.Extraction.People;

/// <summary>
/// The patterns of issue 16 through the whole pipeline, on invented sentences: places, companies
/// and groups are not people; results tables and lists are read; a surname that is also a common
/// word joins its full name; an organisation's official gets no country unless one is stated.
/// </summary>
public sealed class PersonPatternTests
{
    private static PersonRecord[] People(string text) => [.. NewsExtractor.Create().Extract(text).People];

    [Theory]
    // Place: a country the gazetteer knows, used as a subject.
    [InlineData("Fiji said on Monday it would reopen its ports. Fiji has been hit by three storms this year.", "Fiji")]
    // Place: a city the place gazetteer knows.
    [InlineData("Benghazi said on Monday that the port would reopen. Benghazi has been calm for weeks.", "Benghazi")]
    // Company: a company suffix after the name elsewhere in the article.
    [InlineData("Shares in Tamberlane (Holdings) Ltd rose 5 pct on Tuesday. Tamberlane said profits would rise, and Tamberlane expects more orders.", "Tamberlane")]
    // Company: "and Co" after a family-looking name.
    [InlineData("Orvieto and Co said its net profit rose 12 pct. Orvieto will pay a higher dividend, Orvieto added.", "Orvieto")]
    // Group: an armed group the organisation gazetteer knows.
    [InlineData("Hezbollah said its fighters fired rockets at the border. Hezbollah denied any role in the bombing.", "Hezbollah")]
    public void Extract_NameOfPlaceCompanyOrGroup_IsNoPerson(string text, string name)
    {
        People(text).Select(p => p.Name).Should().NotContain(name);
    }

    [Theory]
    // A founder's name inside a broker's full name: "and Sons Inc", across the period of "Alex.".
    [InlineData("The shares are offered through Alex. Brown and Sons Inc. Analysts said Brown expects strong demand.", "Brown")]
    [InlineData("The shares are offered through Alex. Brown and Sons Inc. Analysts said Brown expects strong demand.", "Alex")]
    // A partnership listed with commas before "and Co", even after a role word ("lead manager").
    [InlineData("The notes were priced at par, said lead manager Tarrant Quigley, Harris Upham and Co Inc.", "Tarrant Quigley")]
    // "Brothers", "Securities", "Capital": firm words after the founders' names.
    [InlineData("Ostrander Brothers Inc co-managed the issue. Ostrander said demand was strong.", "Ostrander")]
    [InlineData("Hollister Securities said on Friday it would buy the unit. Hollister expects approval.", "Hollister")]
    // A legal form before the name ("NV"), and a legal form as the whole name ("Cie").
    [InlineData("NV Vandersloot Gloeilampen said its net profit rose 5 pct in 1986.", "Vandersloot Gloeilampen")]
    [InlineData("The issue was led by Lazard Freres et Cie, the bank said. Cie will pay the fees.", "Cie")]
    // The employer of an analyst, and a name modifying a noun no person's name modifies.
    [InlineData("\"Demand is weak,\" said an analyst at Kidwell. Kidwell expects prices to fall.", "Kidwell")]
    [InlineData("Output fell, according to a Pemberly survey of oil companies. Pemberly said stocks would fall.", "Pemberly")]
    [InlineData("The quake measured 6.1 on the Mercalli scale, the institute said.", "Mercalli")]
    // A description, not a name: a state and a party.
    [InlineData("The bill was sponsored by an Illinois Democrat, the committee said.", "Illinois Democrat")]
    // A stock ticker in brackets after the name.
    [InlineData("Earlier, Orlando Vance (OVC.N) said profit rose 5 pct.", "Orlando Vance")]
    // A name that news uses as a firm far more than as a person (learned list), with no firm word here.
    [InlineData("The notes are rated AA by Standard and Poor's and A-1 by Moody's.", "Poor")]
    // A legal form ending the name, or a firm's kind opening it.
    [InlineData("Montevale SPA of Italy said net profit rose 5 pct in 1986.", "Montevale SPA")]
    [InlineData("The plant belongs to Compagnie Generale des Eaux of France, the company said.", "Compagnie Generale")]
    // A city followed by its state's abbreviation is a place.
    [InlineData("United will fly between Burbank, Calif., and Denver, Colo., from June.", "Denver")]
    public void Extract_FirmOrPlaceName_IsNoPerson(string text, string name)
    {
        People(text).Select(p => p.Name).Should().NotContain(name);
    }

    [Theory]
    // "and" joins two parties unless a legal form follows it right away.
    [InlineData("Financier Carl Tamsin and Trans World Airlines Inc agreed on the terms, Tamsin said.", "Carl Tamsin")]
    // An analyst's own name beside his firm stays a person.
    [InlineData("\"Demand is weak,\" said Daniel Corvo, an analyst at Kidwell and Co.", "Daniel Corvo")]
    // A possessive names the owner of the firm, not the firm.
    [InlineData("Fox Broadcasting, owned by Rupert Mallard's News Corp Ltd, will launch two shows. Mallard said ratings did not matter.", "Rupert Mallard")]
    // A firm named after a person does not take the person's own mentions with it.
    [InlineData("The SEC approved a request by two firms controlled by inside trader Ivan Bostic. Noteholders of Ivan Bostic and Co L.P. are to be repaid.", "Ivan Bostic")]
    public void Extract_PersonBesideAFirm_StaysAPerson(string text, string name)
    {
        People(text).Select(p => p.Name).Should().Contain(name);
    }

    [Fact]
    public void Extract_ResultsTable_ReadsEveryName()
    {
        // Table rows are short lines without final punctuation: their full names are people too.
        const string text = "Results of the men's 110 metres hurdles on Friday:\n1. Tomas Verhoeven ( Netherlands ) 13.26\n2. Mark Ellison ( U.S. ) 13.40\n3. Pavel Kurnikov ( Russia ) 13.52\n";
        People(text).Select(p => p.Name).Should().Contain(["Tomas Verhoeven", "Mark Ellison", "Pavel Kurnikov"]);
    }

    [Fact]
    public void Extract_ListOfNames_ReadsEveryFullName()
    {
        const string text = "The squad named on Monday:\nMichael Barton , Darren Holt , Steve Wixted , Paul Orrin\n";
        People(text).Select(p => p.Name).Should().Contain(["Michael Barton", "Darren Holt", "Steve Wixted", "Paul Orrin"]);
    }

    [Theory]
    // Surnames that are common words join the full name's cluster.
    [InlineData("Senator Barbara Rice visited Ohio on Monday. Rice said the plant would stay open.", "Barbara Rice", "Rice")]
    [InlineData("Union leader Gordon Brown spoke to workers on Tuesday. Brown said the strike would go on.", "Gordon Brown", "Brown")]
    public void Extract_CommonWordSurname_JoinsTheFullName(string text, string name, string surname)
    {
        PersonRecord person = People(text).Should().ContainSingle(p => p.Name == name).Subject;
        int second = text.LastIndexOf(surname + " said", StringComparison.Ordinal);
        person.Mentions.Should().Contain(new TextMention(surname, second, second + surname.Length));
    }

    [Theory]
    // An organisation's official is not of the country of the dateline or of the place he speaks in.
    [InlineData("KABUL, March 3 - NATO spokesman Piet Varga said in Kabul on Tuesday that the convoy was attacked.", "Piet Varga")]
    [InlineData("GENEVA, May 4 - United Nations envoy Lakhdar Mansouri told reporters in Geneva that talks would resume.", "Lakhdar Mansouri")]
    public void Extract_OrganisationOfficial_GetsNoCountry(string text, string name)
    {
        People(text).Should().ContainSingle(p => p.Name == name).Which.Country.Should().BeNull();
    }

    [Theory]
    // A company's officer takes no country from the company's home: a legal form before the title or after "of".
    [InlineData("Phelps Dorrance Corp chairman Robert Durand said the company would bid again. The offer is the largest in the United States this year, and U.S. rivals may follow.", "Robert Durand")]
    [InlineData("\"Markets are calm,\" said Barry Yates, director of Hoare Gavett Asia Ltd. Hong Kong shares rose, and Hong Kong dealers expect more.", "Barry Yates")]
    // An employer after "at", and a firm the article names before the title ("Damon Corp" ... "Damon president").
    [InlineData("Stephen Hankins, chief economist at Friedburg Commodity Management, said the U.S. market was weak. U.S. buyers agreed, and U.S. refiners waited in the U.S.", "Stephen Hankins")]
    [InlineData("Damon Corp's laboratories expect better profits, Damon president Joe Isola said. The United States tests more, and U.S. labs grow, U.S. officials said, citing U.S. data.", "Joe Isola")]
    public void Extract_CompanyOfficer_GetsNoCountry(string text, string name)
    {
        People(text).Should().ContainSingle(p => p.Name == name).Which.Country.Should().BeNull();
    }

    [Fact]
    public void Extract_OrganisationOfficialWithStatedNationality_KeepsIt()
    {
        const string text = "NATO spokesman Piet Varga, a Dutch officer, said the convoy was attacked.";
        People(text).Should().ContainSingle(p => p.Name == "Piet Varga").Which.Country.Should().Be("NL");
    }
}
