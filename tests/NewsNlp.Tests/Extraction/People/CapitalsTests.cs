using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.People;

/// <summary>
/// Bulletins written wholly in capitals (the MUC-4 reports): the tagger trained on upper-cased CoNLL-2003 reads them, their
/// names are people like those of prose, and an official found so is a party of events (session 20, ev24c). Invented text.
/// </summary>
public sealed class CapitalsTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static ArticleRecord Run(string text) => Extractor.Extract(text, new ArticleContext { Id = "t" });

    [Theory]
    [InlineData("THE ARMY REPORTED 12 CLASHES. THE REBELS FLED.", true)]
    [InlineData("The army reported 12 clashes. The rebels fled.", false)]
    // One lowercase word anywhere makes the text mixed case: a headline in capitals over a mixed-case body stays ordinary.
    [InlineData("ARMY REPORTS CLASHES\nThe army reported 12 clashes.", false)]
    [InlineData("THE ARMY REPORTED 12 CLASHES. The rebels fled.", false)]
    // Too few words to say anything about case.
    [InlineData("UN", false)]
    [InlineData("", false)]
    public void IsWrittenInCapitals_OnlyWholeTextsInCapitals(string text, bool expected)
    {
        using Document document = Document.Analyze(text, new ArticleContext());
        document.IsWrittenInCapitals.Should().Be(expected);
    }

    [Theory]
    [InlineData("HONDURAN FOREIGN MINISTER ROBERTO MEDINA SAID TODAY THAT THE TALKS WILL RESUME.", "ROBERTO MEDINA", "FOREIGN MINISTER", "HN")]
    [InlineData("PERUVIAN INTERIOR MINISTER AUGUSTO VALLEJO ANNOUNCED NEW MEASURES AGAINST THE GUERRILLAS.", "AUGUSTO VALLEJO", "INTERIOR MINISTER", "PE")]
    [InlineData("THE MESSAGE WAS SIGNED BY COLOMBIAN DEFENSE MINISTER GENERAL RAMON SALAZAR OSPINA IN BOGOTA.", "RAMON SALAZAR OSPINA", "DEFENSE MINISTER GENERAL", "CO")]
    public void A_titled_official_in_a_bulletin_is_a_person_with_a_country(string text, string name, string title, string country)
    {
        PersonRecord person = Run(text).People.Should().ContainSingle(p => p.Name == name).Subject;
        person.Title.Should().Be(title);
        person.Country.Should().Be(country);
    }

    [Theory]
    // A lone word with no title is as often a common word or a place as a person in capitals.
    [InlineData("DEMOCRACY WILL PREVAIL OVER TERROR, THE COMMUNIQUE SAYS. THE ARMY REPORTED NO CASUALTIES.", "DEMOCRACY")]
    [InlineData("THE GUERRILLAS ATTACKED A POST IN JOCORO YESTERDAY. THE ARMY REPORTED NO CASUALTIES.", "JOCORO")]
    public void A_lone_untitled_word_in_a_bulletin_is_no_person(string text, string word) =>
        Run(text).People.Should().NotContain(p => p.Name == word);

    [Fact]
    public void An_official_of_a_bulletin_acts_for_the_country_of_his_title()
    {
        ArticleRecord record = Run("NICARAGUAN PRESIDENT DANIEL QUINTERO ARRIVED IN TEGUCIGALPA TODAY. QUINTERO APPEALED TO HONDURAS TO CLOSE THE REBEL CAMPS ON ITS TERRITORY.");
        record.Events.Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}").Should().Contain("appeal NI>HN");
    }

    [Fact]
    public void A_document_in_capitals_is_tagged_by_the_capitals_model()
    {
        using Document document = Document.Analyze("SALVADORAN PRESIDENT ALFREDO MENDEZ MET THE ARCHBISHOP TODAY IN SAN SALVADOR.", new ArticleContext());
        EntityTagger.Default.Tag(document).Should().Equal(EntityTagger.Capitals.Tag(document));
    }

    [Fact]
    public void A_mixed_case_document_is_tagged_by_the_ordinary_model_alone()
    {
        using Document document = Document.Analyze("SALVADOR TALKS\nSalvadoran President Alfredo Mendez met the archbishop today in San Salvador.", new ArticleContext());
        var ordinary = new EntityTagger(EntityTagger.LoadEmbeddedModel(), EntityGazetteer.Default);
        EntityTagger.Default.Tag(document).Should().Equal(ordinary.Tag(document));
    }
}
