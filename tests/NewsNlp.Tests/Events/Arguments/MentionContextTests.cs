namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// The grammar around a participant's mention: a count before it belongs to its phrase, as a determiner does, so the victims counted
/// after a verb stay its object ("killed 30 Iranians in an attack" is done by the subject, to them). Invented sentences.
/// </summary>
public sealed class MentionContextTests
{
    [Theory]
    [InlineData("Iraqi troops killed 30 Iranians in an attack on Monday.", "strike IQ>IR")] // digits, as "five" already read
    [InlineData("Iraqi troops killed five Iranians in an attack on Monday.", "strike IQ>IR")]
    [InlineData("Iraqi troops killed at least 1,500 Iranians in an attack on Monday.", "strike IQ>IR")] // the count's bound too
    [InlineData("Iraq said over 2,600 Iranians had been killed in an attack on Monday.", "strike >IR")] // "over" bounds the count: no preposition
    [InlineData("In 1987 Iran attacked Iraqi positions near Basra.", "strike IR>IQ")] // a year is no count
    public void A_count_before_a_mention_belongs_to_its_phrase(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);
}
