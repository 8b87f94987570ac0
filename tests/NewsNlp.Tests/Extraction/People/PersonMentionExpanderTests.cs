using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.People;

/// <summary>Every later standalone surname of a known person is one of that person's mentions.</summary>
public sealed class PersonMentionExpanderTests
{
    private static PersonRecord Person(string text, string name)
    {
        Document document = Document.Analyze(text, new ArticleContext());
        return Stages.People(document).Should().ContainSingle(p => p.Name == name).Subject;
    }

    private static TextMention At(string text, string word, int occurrence)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(word, start + 1, StringComparison.Ordinal);
        }

        return new TextMention(word, start, start + word.Length);
    }

    [Theory]
    // A surname opening a sentence ("Thatcher left Bonn") is a mention.
    [InlineData("British Prime Minister Margaret Thatcher arrived in Bonn on Monday. Thatcher left Bonn early on Tuesday.", "Margaret Thatcher", "Thatcher", 1)]
    // A possessive: the mention stops before "'s".
    [InlineData("British Prime Minister Margaret Thatcher arrived in Bonn on Monday. Officials said Thatcher's talks went well.", "Margaret Thatcher", "Thatcher", 1)]
    // The full name again, which the tagger may miss, is one mention of both words.
    [InlineData("Turkish journalist Hatice Cengiz spoke in New York on Thursday. Hatice Cengiz is a researcher.", "Hatice Cengiz", "Hatice Cengiz", 1)]
    // A surname with a lower-case particle.
    [InlineData("Abu Mahdi al-Muhandis, an Iraqi militia commander, was also killed in the airstrike. Officials said al-Muhandis had led the group.", "Abu Mahdi al-Muhandis", "al-Muhandis", 1)]
    public void Expand_LaterSurname_BecomesAMention(string text, string name, string form, int occurrence) =>
        Person(text, name).Mentions.Should().Contain(At(text, form, occurrence));

    [Theory]
    // "Thatcher Foundation": the surname inside a longer name is not a mention.
    [InlineData("British Prime Minister Margaret Thatcher spoke on Monday. The Thatcher Foundation said it would publish the speech.", "Margaret Thatcher", 1)]
    // Another person with the same surname is not this one.
    [InlineData("US President Joe Biden spoke on Monday. His son, Hunter Biden, did not attend.", "Joe Biden", 1)]
    public void Expand_SurnameInAnotherName_NoMention(string text, string name, int mentions) =>
        Person(text, name).Mentions.Should().HaveCount(mentions);
}
