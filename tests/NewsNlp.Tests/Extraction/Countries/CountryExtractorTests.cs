using NewsNlp.Extraction.Countries;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Countries;

public sealed class CountryExtractorTests
{
    private static CountryResult Extract(string text, string? title = null) =>
        Stages.Countries(Document.Analyze(text, new ArticleContext { Title = title }));

    private static string Codes(string text) => string.Join(",", Extract(text).Countries.Select(c => c.Code).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Turkey said on Monday it would retaliate against Syria.", "SY,TR")] // capitalized name acting as a state
    [InlineData("Families across the region sat down to roast turkey on Thursday.", "")] // lower-case "turkey" is the bird
    [InlineData("Thanksgiving Turkey prices rose 5 percent this year, farmers said.", "")] // capitalized in a headline-like phrase, but "Thanksgiving" makes it food
    [InlineData("Turkey sandwiches were handed out to the evacuees.", "")] // "sandwiches" after it: food again
    [InlineData("TURKEY SAYS GREECE PROVOKED AEGEAN CRISIS", "GR,TR")] // ALL-CAPS wire headline
    [InlineData("Chad Smith, 34, said the flood took his house.", "")] // "Chad" as a first name before a surname
    [InlineData("Chad accused Sudan of backing the rebels who attacked N'Djamena.", "SD,TD")] // "Chad" the state, as actor
    [InlineData("Chad President Idriss Deby flew to Paris for talks.", "TD")] // a title after the name keeps the country; Paris is only a place
    [InlineData("Michael Jordan attended the game in Chicago.", "")] // "Jordan" as a surname; Chicago is a place and the US is never named
    [InlineData("Jordan closed its airspace as Iranian missiles flew toward Israel.", "IL,IR,JO")] // "Jordan" the kingdom
    [InlineData("Mr. Jordan told the committee he had no regrets.", "")] // a title before the name
    [InlineData("Georgia voters lined up before dawn in Atlanta to cast ballots.", "")] // the US state: no Caucasus evidence
    [InlineData("Russian troops remained in Georgia, officials in Tbilisi said.", "GE,RU")] // the country, with Caucasus evidence
    [InlineData("The drought hit Niger and northern Nigeria hardest.", "NE,NG")] // "Niger" and "Nigeria" are different tokens
    [InlineData("Militants attacked an oil platform in the Niger Delta.", "")] // the Niger Delta is a region of Nigeria, which is not named
    [InlineData("Guinea-Bissau and Guinea signed a border accord in Conakry.", "GN,GW")] // the hyphenated name is one country
    [InlineData("Papua New Guinea declared a state of emergency after the quake.", "PG")] // longest match first
    [InlineData("Scientists studied birds on the island of New Guinea.", "")] // the island, not a country
    [InlineData("Denzel Washington won the award for best actor.", "")] // "Washington" the person
    [InlineData("The Washington Post reported the leak on Sunday.", "")] // the newspaper
    [InlineData("Washington accused Moscow of violating the treaty.", "RU,US")] // capitals standing for governments
    [InlineData("Chinese and Philippine vessels collided in the South China Sea.", "CN,PH")] // "China" inside "South China Sea" is not China
    [InlineData("Ships were ordered out of the South China Sea on Tuesday.", "")] // the sea alone names no country
    [InlineData("The cyclone moved across the Indian Ocean toward Madagascar.", "MG")] // "Indian Ocean" is not India
    [InlineData("Wildfires spread across New Mexico and Arizona.", "")] // "New Mexico" is not Mexico
    [InlineData("Jersey City police arrested two men after a chase in New Jersey.", "")] // not the Channel Island
    [InlineData("Israeli-Palestinian talks resumed in Cairo on Monday.", "IL,PS")] // both halves of the hyphenated adjective
    [InlineData("IRAN REPORTS OFFENSIVE AS IRAQ THREATENS AIR RAIDS", "IQ,IR")] // Reuters ALL-CAPS headline
    [InlineData("LET US HOPE FOR PEACE, POPE SAYS", "")] // "US" the pronoun in capitals
    [InlineData("US TROOPS LEAVE SAUDI BASE", "SA,US")] // "US" the country in capitals
    [InlineData("The U.S. and Britain condemned the attack.", "GB,US")] // dotted abbreviation and colloquial name
    [InlineData("Pakistan-Iran tensions eased after the talks.", "IR,PK")] // two countries in one hyphenated word
    [InlineData("Myanmar, formerly Burma, freed the prisoners.", "MM")] // a historical alias joins the same record
    [InlineData("Rebels blew up a railway bridge in eastern Surinam.", "SR")] // the older spelling of 1980s wire copy
    [InlineData("Paramaribo said the rebels had been driven back.", "SR")] // the capital as actor
    [InlineData("Tehran said it had summoned the Pakistani envoy.", "IR,PK")] // a capital as actor, a demonym
    [InlineData("The delegation flew from Tehran to Beijing on Friday.", "")] // capitals as mere places, countries never named
    [InlineData("Moscow said the Soviet Union would not back down.", "SU")] // Cold War copy: Moscow is the Soviet Union
    [InlineData("The Kremlin said Russia would respond.", "RU")] // a seat of government, modern Russia
    [InlineData("Hezbollah fired rockets from Lebanon into northern Israel.", "IL,LB")] // organisations are not countries
    [InlineData("The United Nations and the European Union called for calm in the Middle East.", "")] // regions and organisations are not countries
    [InlineData("Iranian-backed Houthis attacked a ship off Yemen.", "IR,YE")] // demonym inside a hyphenated adjective
    [InlineData("Kinshasa accused Zaire's neighbours, and the Congo river flooded.", "CD")] // historical name Zaire, capital as actor
    [InlineData("The Dutch foreign minister met his Swiss counterpart.", "CH,NL")] // demonyms without a name
    [InlineData("Michael Jordan scored 30 points. Jordan said he was tired.", "")] // a name used for a person once is not the country elsewhere
    [InlineData("Paris Hilton spoke to reporters. Paris said the ship was a prison.", "")] // a capital used as a person's name
    [InlineData("The Bank of Tokyo's economic adviser said the yen would rise.", "")] // a capital inside an institution's name
    [InlineData("The party was organised by Akhil Bharat Hindu Mahasabha.", "")] // "Bharat" inside a name is not India
    [InlineData("WESTMINSTER, Calif., March 2 - The company said it faces losses.", "")] // a dateline town, not the British parliament
    [InlineData("The U.S.-led coalition struck targets in Syria.", "SY,US")] // abbreviation before a hyphenated suffix
    [InlineData("Moscow-backed separatists shelled Donetsk, Ukraine said.", "RU,UA")] // "-backed" makes a capital the government
    [InlineData("The Moscow-based analyst said oil prices would rise.", "")] // "-based" keeps it a place
    [InlineData("The statement was issued in French.", "")] // a language, not France
    [InlineData("Firefox ships in Norwegian, Polish and Finnish.", "")] // a list of languages
    [InlineData("A Spanish-language channel reported the arrests.", "")] // "-language" after a demonym
    [InlineData("Missiles landed in Pakistani and Iranian territory.", "IR,PK")] // demonyms before a noun after "in" stay countries
    [InlineData("The talks were held in Iranian, Pakistani and Chinese.", "")] // a list of languages ending the sentence
    [InlineData("French troops left Mali in 2022.", "FR,ML")] // an adjective before a noun is the country
    public void Extract_AmbiguousNames_ResolvesFromContext(string text, string expected)
    {
        Codes(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Iran's foreign ministry said the U.S. was to blame.", "US", "U.S.", 33, "alias")] // dotted abbreviation offsets
    [InlineData("Pakistan-Iran tensions eased.", "IR", "Iran", 9, "name")] // a segment of a hyphenated word
    [InlineData("Pakistan recalled its ambassador to Tehran.", "PK", "Pakistan", 0, "name")] // sentence-initial name
    [InlineData("Fighting in the Gaza Strip worried Palestinian officials.", "PS", "Gaza Strip", 16, "alias")] // multi-token alias
    [InlineData("Saudi Arabia and the United Arab Emirates cut ties.", "AE", "United Arab Emirates", 21, "name")] // multi-token name
    [InlineData("North Korea fired a missile, South Korean officials said.", "KR", "South Korean", 29, "demonym")] // longest demonym wins over "Korean"
    [InlineData("Both Tehran and Islamabad said they had bombed insurgents in Iran.", "IR", "Tehran", 5, "capital")] // a pair of capitals acting together
    [InlineData("Iran struck Panjgur district in Pakistan.", "PK", "Panjgur", 12, "place")] // a place counts once the country is named
    public void Extract_Mention_HasOffsetsAndForm(string text, string code, string mention, int start, string form)
    {
        CountryRecord record = Extract(text).Countries.Single(c => c.Code == code);
        CountryMention found = record.Mentions.First(m => m.Text == mention);
        found.Start.Should().Be(start);
        found.End.Should().Be(start + mention.Length);
        text[found.Start..found.End].Should().Be(mention);
        found.Form.Should().Be(form);
    }

    [Fact]
    public void Extract_BoilerplateMentions_ListedButNotCounted()
    {
        const string text = "Iran and Pakistan agree to talk\n\nIran and Pakistan said they would talk.\n\n• Also read: Iraq attacks rebels in Syria\n\nPakistan said calm had returned.";
        CountryResult result = Extract(text);
        result.Countries.Select(c => c.Code).Should().Equal("PK", "IR"); // Iraq and Syria appear only in a link line
        result.Countries[0].MentionCount.Should().Be(3);
    }

    [Fact]
    public void Extract_ModelArticle_FindsCountriesWithPakistanAndIranFirst()
    {
        CountryResult result = Stages.Countries(Document.Analyze(Infrastructure.ModelArticle.Text, Infrastructure.ModelArticle.Context));
        string[] codes = [.. result.Countries.Select(c => c.Code)];
        codes.Take(2).Should().Equal("PK", "IR");
        codes.Should().Contain(["US", "CN", "IL", "CH"]);
        codes.Except(["PK", "IR", "US", "CN", "IL", "CH", "PS"]).Should().BeEmpty(); // PS is optional in the gold
        result.Countries.Single(c => c.Code == "IR").Mentions.Should().Contain(m => m.Text == "Iranian" && m.Form == "demonym");
        result.Countries.Single(c => c.Code == "IR").Mentions.Should().Contain(m => m.Text == "Tehran" && m.Form == "capital");
        result.Countries.Single(c => c.Code == "CH").Mentions.Should().Contain(m => m.Text == "Switzerland" && m.Form == "name");
        result.Countries.Should().BeInDescendingOrder(c => c.Salience);
        result.Organizations.Select(o => o.Name).Should().Contain("UN").And.NotContain("AFP");
    }

    [Fact]
    public void Extract_TitleFromContext_RaisesSalience()
    {
        const string text = "Officials from Chile met Peruvian envoys. Chile said talks went well. Peru agreed.";
        CountryResult plain = Extract(text);
        CountryResult titled = Extract(text, "Peru hosts regional summit");
        titled.Countries.Single(c => c.Code == "PE").Salience.Should().BeGreaterThan(plain.Countries.Single(c => c.Code == "PE").Salience);
    }

    [Fact]
    public void Extract_NoCountries_ReturnsEmpty()
    {
        Extract("The council voted on the budget late on Tuesday.").Countries.Should().BeEmpty();
    }
}
