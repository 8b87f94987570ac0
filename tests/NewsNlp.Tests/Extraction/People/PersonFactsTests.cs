using NewsNlp.Extraction.People;

namespace NewsNlp.Tests.Extraction.People;

public sealed class PersonFactsTests
{
    [Fact]
    public void Clear_AfterAffiliation_ForgetsItForTheNextMention()
    {
        // The scratch is reused across mentions: an organisation affiliation must not leak to the next person.
        var facts = new PersonFacts { Title = "spokesman", Stateless = true, TitleStart = 7 };
        AffiliationLexicon.Default.TryGet("CIA", out Affiliation body).Should().BeTrue();
        facts.Body = body;
        facts.Clear();
        facts.Stateless.Should().BeFalse();
        facts.Body.Should().BeNull();
        facts.TitleStart.Should().Be(-1);
        facts.Title.Should().BeNull();
    }

    [Fact]
    public void MergeFrom_StatelessMention_MakesThePersonStateless()
    {
        // "NATO Secretary-General X" once is enough: the person speaks for the organisation.
        var person = new PersonFacts();
        person.MergeFrom(new PersonFacts { Title = "Secretary-General", Stateless = true });
        person.Stateless.Should().BeTrue();
        person.Title.Should().Be("Secretary-General");
    }
}
