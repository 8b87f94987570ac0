using NewsNlp.Cli.Input;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Tests.Cli;

/// <summary>Hand-made outcomes with every table populated, so output tests do not depend on the extractors' progress.</summary>
public static class SampleRecords
{
    private const string Text = "Pakistan struck militant hideouts in Iran on Thursday, killing nine people, officials said.";

    internal static ProcessedArticle Article(int n)
    {
        string id = "a" + n;
        var record = new ArticleRecord
        {
            Id = id,
            Title = "Strike " + n,
            Published = new DateOnly(2024, 1, 18),
            Countries =
            [
                new CountryRecord { Code = "PK", Alpha3 = "PAK", Name = "Pakistan", MentionCount = 1, Salience = 0.6, Mentions = [new CountryMention("Pakistan", 0, 8, "name")] },
                new CountryRecord { Code = "IR", Alpha3 = "IRN", Name = "Iran", MentionCount = 1, Salience = 0.4, Mentions = [new CountryMention("Iran", 37, 41, "name")] },
            ],
            Organizations = [new OrganizationRecord { Name = "UN", FullName = "United Nations", Kind = "international", Mentions = [new TextMention("UN", 10, 12)] }],
            People = n % 2 == 0 ? [new PersonRecord { Name = "Jalil Abbas Jilani", Title = "Foreign Minister", Country = "PK", Mentions = [new TextMention("Jilani", 0, 6)] }] : [],
            Casualties = [new CasualtyRecord { Kind = "killed", Count = 9, Min = 9, Max = 9, Groups = ["civilians", "children"], Event = 0, Scope = "event", Country = "IR", Text = "killing nine people", Start = 55, End = 74, Mentions = [new TextMention("nine", 63, 67)] }],
            Dates = [new DateRecord { Text = "Thursday", Start = 45, End = 53, Type = "date", Value = "2024-01-18", Date = new DateOnly(2024, 1, 18), TimexType = "DATE", TimexValue = "2024-01-18" }],
            Events =
            [
                new EventRecord { Type = "attack", Cameo = "195", Plover = "ATTACK", Actors = ["PK"], Targets = ["IR"], Date = new DateOnly(2024, 1, 18), Weapons = [], Casualties = [0], Confidence = 0.8, Text = Text, Start = 0, End = Text.Length, Mentions = [new TextMention(Text, 0, Text.Length), new TextMention(Text, 0, Text.Length)] },
                new EventRecord { Type = "statement", Actors = [], Targets = [], Text = Text, Start = 0, End = Text.Length },
            ],
        };
        return new ProcessedArticle(new InputArticle(id, Text, record.Title, record.Published, "test:" + n), record, null);
    }

    internal static ProcessedArticle Error(int n) =>
        new(InputArticle.Failed("e" + n, "test:" + n, NewsNlp.Cli.CliMessages.MissingText), null, NewsNlp.Cli.CliMessages.MissingText);
}
