using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.People;

namespace NewsNlp.Tests.Training;

/// <summary>The reader of the person-mention set and the set's schema (data/annotations/people).</summary>
public sealed class PersonMentionSetTests
{
    /// <summary>Where the set lives in the repository.</summary>
    public static readonly string SetPath = SharedData.RepoPath("data", "annotations", "people", "people.jsonl");

    [Fact]
    public void Read_OneArticle_ReadsSpansAndPeople()
    {
        const string line = """{"source": "news", "doc": "reuters21578-1", "sha1": "0123456789", "split": "dev", "domain": "business", "annotator": "a", "batch": 1, "mentions": [{"start": 5, "end": 17, "person": 1}], "people": [{"person": 1, "name": "Anna Lindqvist", "title": "chairman", "country": null}]}""";
        AnnotatedArticle article = PersonMentionSet.Read(new StringReader(line + "\n\n")).Should().ContainSingle().Subject;
        article.Doc.Should().Be("reuters21578-1");
        article.Split.Should().Be("dev");
        article.Mentions.Should().Equal(new AnnotatedMention(5, 17, 1));
        article.People.Should().Equal(new AnnotatedPerson(1, "Anna Lindqvist", "chairman", null));
    }

    [Fact]
    public void Fingerprint_Text_IsTheFirstTenHexDigitsOfSha1()
    {
        PersonMentionSet.Fingerprint("abc").Should().Be("a9993e3647");
    }

    [PersonMentionSetFact]
    public void Set_EveryArticle_MatchesItsTextAndSchema()
    {
        List<AnnotatedArticle> articles;
        using (var reader = new StreamReader(SetPath))
        {
            articles = PersonMentionSet.Read(reader);
        }

        articles.Should().NotBeEmpty();
        articles.Select(a => a.Doc).Should().OnlyHaveUniqueItems();
        articles.Select(a => a.Split).Distinct().Should().BeEquivalentTo(["dev", "report"]);
        Dictionary<string, string> texts = PersonMentionSet.Texts(SharedData.Path_("data", "news", "news.jsonl"), articles.Select(a => a.Doc).ToHashSet());
        foreach (AnnotatedArticle article in articles)
        {
            article.Source.Should().Be("news");
            article.Domain.Should().BeOneOf("business", "technology", "politics", "sports");
            texts.Should().ContainKey(article.Doc);
            string text = texts[article.Doc];
            PersonMentionSet.Fingerprint(text).Should().Be(article.Sha1, article.Doc);
            var people = article.People.Select(p => p.Person).ToHashSet();
            people.Should().HaveCount(article.People.Length, "each person is listed once");
            int previousEnd = 0;
            foreach (AnnotatedMention mention in article.Mentions.OrderBy(m => m.Start))
            {
                mention.Start.Should().BeGreaterThanOrEqualTo(previousEnd, $"mentions of {article.Doc} do not overlap");
                mention.End.Should().BeGreaterThan(mention.Start).And.BeLessThanOrEqualTo(text.Length);
                people.Should().Contain(mention.Person);
                char.IsWhiteSpace(text[mention.Start]).Should().BeFalse();
                char.IsWhiteSpace(text[mention.End - 1]).Should().BeFalse();
                previousEnd = mention.End;
            }

            foreach (AnnotatedPerson person in article.People)
            {
                person.Country.Should().Match(c => c == null || (c.Length == 2 && c.ToUpperInvariant() == c));
            }
        }
    }
}

/// <summary>A fact that skips, with a message, when <c>../shared</c> or the person-mention set is absent.</summary>
public sealed class PersonMentionSetFactAttribute : FactAttribute
{
    public PersonMentionSetFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
        else if (!File.Exists(PersonMentionSetTests.SetPath))
        {
            Skip = "data/annotations/people/people.jsonl is not in this checkout (the annotation branch is not merged yet); skipped";
        }
    }
}
