using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>What the casualty stage's place reader decides, for the place tests: the country and the step that chose it for a text's
/// last count, and the role its first place mention plays.</summary>
internal static class CasualtyPlaceProbe
{
    /// <summary>The country of the last casualty record of <paramref name="text"/> (an earlier one may set its scene) and the step that
    /// decided it; the record's own country must agree.</summary>
    public static (string? Code, PlaceStep Step) Decide(string text, string? title, DateOnly published)
    {
        Document document = Document.Analyze(text, new ArticleContext { Title = title, Published = published });
        CasualtyRecord record = Stages.Casualties(document).Should().NotBeEmpty().And.Subject.MaxBy(static r => r.Start)!;
        int token = LowerBound.Of(document.Tokens, record.Start, static t => t.Start);
        (string? code, PlaceStep step) = CasualtyPlaces.Find(document).Decide(document.SentenceOfToken(token), record.Start, record.End, record.Scope,
            Enum.Parse<CasualtyKinds>(record.Kind, ignoreCase: true));
        code.Should().Be(record.Country);
        return (code, step);
    }

    /// <summary>The role (<see cref="MentionRoles"/>) of the first place mention of <paramref name="text"/>.</summary>
    public static string RoleOfFirstMention(string text)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        var mentions = new List<PlaceMention>();
        PlaceMentions.Collect(text, tokens, mentions, null);
        return MentionRoles.Assign(text, tokens, mentions)[0].ToString();
    }
}
