using NewsNlp.Extraction.Countries;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Countries;

public sealed class CountryGazetteerTests
{
    private static (bool Found, CountryMatch Match) MatchAt(string text, int tokenIndex)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        bool found = CountryGazetteer.TryMatch(text, tokens, tokenIndex, out CountryMatch match);
        return (found, match);
    }

    [Theory]
    [InlineData("Saudi Arabia said on Sunday.", 0, "SA", "name", 2)] // two-token name
    [InlineData("The United States called for restraint.", 1, "US", "name", 2)] // name after "the"
    [InlineData("The United States of America is a party.", 1, "US", "alias", 4)] // longest phrase first
    [InlineData("North Korea fired a missile.", 0, "KP", "name", 2)] // "North Korea" before "Korea"
    [InlineData("Israel struck the Gaza Strip overnight.", 3, "PS", "alias", 2)] // Gaza Strip stands for Palestine
    [InlineData("Pakistani Foreign Minister Jalil Abbas Jilani spoke.", 0, "PK", "demonym", 1)] // demonym before a title
    [InlineData("Pakistan's army chief said the strike was illegal.", 0, "PK", "name", 1)] // the possessive is a separate token
    [InlineData("the DPRK said.", 1, "KP", "alias", 1)] // acronym
    [InlineData("Türkiye rejected the claim.", 0, "TR", "alias", 1)] // the new English short name
    [InlineData("Eswatini and Swaziland are the same.", 2, "SZ", "alias", 1)] // old name
    [InlineData("Czechia and the Czech Republic are the same.", 3, "CZ", "alias", 2)] // long form
    [InlineData("West Germany and East Germany met.", 0, "DE", "alias", 2)] // West Germany continues as Germany
    [InlineData("West Germany and East Germany met.", 3, "DD", "name", 2)] // East Germany is its own historical state
    [InlineData("Ivory Coast beat Ghana.", 0, "CI", "alias", 2)] // English name of Côte d'Ivoire
    [InlineData("Kosovo declared independence.", 0, "XK", "name", 1)] // user-assigned code XK
    [InlineData("Taiwan held drills.", 0, "TW", "name", 1)] // TW per guidelines
    [InlineData("The Kremlin denied it.", 1, "RU", "capital", 1)] // a seat of government
    [InlineData("Whitehall officials said.", 0, "GB", "capital", 1)] // a seat of government
    [InlineData("Emirati and Filipino workers left.", 2, "PH", "demonym", 1)] // irregular demonym
    public void TryMatch_KnownPhrase_ReturnsCodeFormAndLength(string text, int index, string code, string form, int tokenCount)
    {
        (bool found, CountryMatch match) = MatchAt(text, index);
        found.Should().BeTrue();
        match.Code.Should().Be(code);
        match.FormName.Should().Be(form);
        match.TokenCount.Should().Be(tokenCount);
        match.Tentative.Should().BeFalse();
    }

    [Theory]
    [InlineData("The Middle East is reeling.", 1)] // a region
    [InlineData("He met a Kiwi farmer.", 3)] // "Kiwi" is not a demonym in the gazetteer
    [InlineData("turkey and china were served.", 0)] // lower case never matches a capitalized name
    [InlineData("Let us go.", 1)] // "us" the pronoun: "US" must match exactly
    [InlineData("The East China Sea is calm.", 1)] // blocking phrase
    public void TryMatch_NotACountry_ReturnsFalse(string text, int index)
    {
        MatchAt(text, index).Found.Should().BeFalse();
    }

    [Theory]
    [InlineData("Balochistan was hit.", 0, "PK")] // a province: counts only if Pakistan is named
    [InlineData("They flew to Tehran on Monday.", 3, "IR")] // a capital as a destination, not the government
    public void TryMatch_Place_IsTentative(string text, int index, string code)
    {
        (bool found, CountryMatch match) = MatchAt(text, index);
        found.Should().BeTrue();
        match.Code.Should().Be(code);
        match.Tentative.Should().BeTrue();
        match.FormName.Should().Be("place");
    }

    [Theory]
    [InlineData("PS", "PSE", "Palestine")] // state of Palestine
    [InlineData("XK", "XKX", "Kosovo")] // not in ISO 3166-1 proper
    [InlineData("SU", "SUN", "Soviet Union")] // historical
    [InlineData("YU", "YUG", "Yugoslavia")] // historical
    [InlineData("CS", "CSK", "Czechoslovakia")] // historical
    [InlineData("GB", "GBR", "United Kingdom")] // short name, not the ISO long form
    public void TryGetCountry_Code_ReturnsAlpha3AndName(string code, string alpha3, string name)
    {
        CountryGazetteer.TryGetCountry(code, out CountryInfo info).Should().BeTrue();
        info.Alpha3.Should().Be(alpha3);
        info.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Baghdad Car Bomb Kills 17, Wounds 20", 0, "IQ")] // a title-case headline: the capital before "Car" is no "Baghdad Smith"
    [InlineData("Jakarta Embassy Blast Kills 9, Hurts 173", 0, "ID")]
    [InlineData("Suicide Car Bomber Hits Baghdad Checkpoint Again", 4, "IQ")]
    public void TryMatch_TitleCaseHeadline_CapitalBesideCapitalisedWords_IsThePlace(string text, int index, string code)
    {
        (bool found, CountryMatch match) = MatchAt(text, index);
        found.Should().BeTrue();
        match.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("Michael Jordan Retires From Basketball", 1)] // a known given name before it still makes a person, title case or not
    [InlineData("Fans cheered when Paris Hilton arrived.", 3)] // in prose a capitalised neighbour still makes a person
    public void TryMatch_PersonNameInTitleCaseOrProse_IsNoCountry(string text, int index) =>
        MatchAt(text, index).Found.Should().BeFalse();

    [Fact]
    public void TryMatch_TokensFirstOverload_SameAsTextFirst()
    {
        const string text = "Pakistani Foreign Minister Jalil Abbas Jilani spoke.";
        Token[] tokens = Tokenizer.Tokenize(text);
        CountryGazetteer.TryMatch(tokens, 0, text, out CountryMatch a).Should().BeTrue();
        CountryGazetteer.TryMatch(text, tokens, 0, out CountryMatch b).Should().BeTrue();
        a.Should().Be(b);
    }

    [Fact]
    public void Countries_CoverIso3166()
    {
        CountryGazetteer.Countries.Count.Should().BeGreaterThanOrEqualTo(249);
    }
}
