using NewsNlp.Events;

namespace NewsNlp.Tests.Events;

/// <summary>Candidates the builder drops whole: acts dated after the article, talks with one party only, appeals to firms.</summary>
public sealed class CandidateScopeTests
{
    private static string[] Types(string text, params (string, string)[] dates)
    {
        var result = EventFacts.Run(new EventExtractor(), EventFacts.Document(text, new DateOnly(1987, 3, 23)), EventFacts.For(text, dates));
        return [.. result.Events.Select(e => e.Type)];
    }

    [Theory]
    // A meeting dated after the story is a plan.
    [InlineData("Iran and Turkey meet on March 30 to discuss trade.", "March 30", "1987-03-30", "")]
    // A meeting dated before the story happened.
    [InlineData("Iran and Turkey met on March 20 to discuss trade.", "March 20", "1987-03-20", "consultation")]
    // A threat is made now, whatever day it names: it stays.
    [InlineData("Japan warned the United States it would retaliate if tariffs came on April 17.", "April 17", "1987-04-17", "threat")]
    public void Build_DateAfterPublication_IsAPlan(string text, string phrase, string day, string expected)
    {
        string.Join(",", Types(text, (phrase, day))).Should().Be(expected);
    }

    [Theory]
    // One party alone meeting is domestic.
    [InlineData("Japan's cabinet met on Monday to discuss the budget.", "")]
    // An international organisation's own meeting stays.
    [InlineData("United Nations envoys met on Monday to discuss the crisis.", "consultation")]
    // Two parties talk.
    [InlineData("Japan met Chinese officials on Monday.", "consultation")]
    public void Build_ConsultationParties_Decide(string text, string expected)
    {
        string.Join(",", Types(text)).Should().Be(expected);
    }

    [Theory]
    // The partner is named and is no party (a legislature's leaders): the article's other country is no partner.
    [InlineData("Japan and China argued over trade. Japanese officials held talks yesterday with members of the House Agriculture Committee.", "")]
    // Firms as the named partner.
    [InlineData("Japan and China argued over trade. Japanese officials held talks with the creditor banks' steering committee.", "")]
    // A named party as partner.
    [InlineData("Japan and China argued over trade. Japanese officials held talks yesterday with Chinese officials.", "consultation")]
    // Unnamed states as partner are parties.
    [InlineData("Japan and China argued over trade. Japanese officials held talks with other major industrialized nations.", "consultation")]
    // No "with" phrase: the article's other party stays the partner.
    [InlineData("Japan and China argued over trade. Japanese officials held talks in Geneva.", "consultation")]
    public void Build_TalksWithUnknownPartner_AreDropped(string text, string expected)
    {
        string.Join(",", Types(text)).Should().Be(expected);
    }

    [Theory]
    // An appeal to a person of the actor's own country is domestic politics.
    [InlineData("Iran and Iraq fought on. U.S. officials demanded that Donald Trump withdraw the warships.", "")]
    // A person of another country addressed: the appeal stays.
    [InlineData("Iran and Iraq fought on. U.S. officials demanded that Recep Tayyip Erdoğan withdraw the warships.", "appeal")]
    public void Build_AppealToOwnSide_IsDomestic(string text, string expected)
    {
        string.Join(",", Types(text).Where(t => t == "appeal")).Should().Be(expected);
    }
}
