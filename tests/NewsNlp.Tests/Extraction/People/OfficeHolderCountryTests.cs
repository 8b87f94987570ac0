namespace NewsNlp.Tests.Extraction.People;

/// <summary>
/// A person the text places in no country gets the country of the office held on the article's date (session 19, ev23k), and acts
/// for it in events. Invented sentences, run through the whole extractor.
/// </summary>
public sealed class OfficeHolderCountryTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static (string? Country, string[] Events) Run(string text, DateOnly? published)
    {
        var record = Extractor.Extract(text, new ArticleContext { Id = "t", Published = published });
        return (record.People.FirstOrDefault()?.Country,
            [.. record.Events.Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")]);
    }

    [Fact]
    public void An_office_holder_of_the_year_acts_for_the_country()
    {
        (string? country, string[] events) = Run("Daniel Ortega on Monday urged Honduras to expel the rebel bases from its territory, officials said.", new DateOnly(1987, 5, 4));
        country.Should().Be("NI");
        events.Should().Contain("appeal NI>HN");
    }

    [Fact]
    public void A_title_tells_two_holders_of_one_surname_apart() =>
        Run("Foreign Minister Botha on Monday warned Zambia against harbouring guerrillas, officials said.", new DateOnly(1986, 5, 4))
            .Country.Should().Be("ZA");

    [Theory]
    // Outside the office's years, on an undated article, and under a first name no holder has, the name gives no country.
    [InlineData("Daniel Ortega on Monday urged Honduras to expel the rebel bases from its territory, officials said.", 1975)]
    [InlineData("Daniel Ortega on Monday urged Honduras to expel the rebel bases from its territory, officials said.", 0)]
    [InlineData("President Bush on Monday urged Iraq to withdraw its troops from the border, officials said.", 1985)]
    [InlineData("Barbara Bush on Monday urged Iraq to free the hostages, officials said.", 1990)]
    public void No_office_that_day_gives_no_country(string text, int year) =>
        Run(text, year == 0 ? null : new DateOnly(year, 5, 4)).Country.Should().BeNull();

    [Fact]
    public void The_country_the_text_gives_wins() =>
        Run("Salvadoran guerrilla leader Daniel Ortega on Monday urged Honduras to expel the rebel bases from its territory, officials said.", new DateOnly(1987, 5, 4))
            .Country.Should().Be("SV");
}
