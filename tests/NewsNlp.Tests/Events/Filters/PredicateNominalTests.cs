namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// A meeting noun that is the predicate of another of its sentence ("the summit is seen as the key meeting") names the subject's act
/// again: the subject carries the event, planned or not (EmbeddedTriggers). Invented sentences, through the whole extractor.
/// </summary>
public sealed class PredicateNominalTests
{
    [Theory]
    // The subject is planned: no event, though the predicate noun alone reads as a meeting.
    [InlineData("Tomorrow's summit of Japan and the United States is seen as the key meeting of the year.", null)]
    [InlineData("Tomorrow's Group of Seven meeting - of the United States, Japan and Canada - is seen as the key meeting.", null)]
    // The subject is a held meeting: one event, the subject's.
    [InlineData("The talks between Iran and Iraq in Geneva on Monday were the first meeting between the two sides since 1985.", "consultation IR,IQ>")]
    // Two meetings told one after the other, not one as the other's predicate: both stay.
    [InlineData("Japan and the United States held talks in Tokyo on Monday, and their officials met again in Osaka on Tuesday.", "consultation JP,US>")]
    public void A_predicate_noun_is_no_second_event(string text, string? expected)
    {
        string[] events = EventFacts.Described(text);
        if (expected is null)
        {
            events.Should().BeEmpty();
        }
        else
        {
            events.Should().Contain(expected);
        }
    }
}
