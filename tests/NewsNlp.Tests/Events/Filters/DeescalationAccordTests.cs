using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// A ceasefire, truce, peace accord or pull-back agreement is a de-escalation only (GUIDELINES: agreement vs de-escalation): the
/// agreement twin on the same accord noun is dropped after the verifier (<see cref="DeescalationAccords"/>). Invented sentences.
/// </summary>
public sealed class DeescalationAccordTests
{
    [Theory]
    // The de-escalation trigger covers the accord noun.
    [InlineData("Iran and Iraq signed a ceasefire in Geneva on Monday.")]
    [InlineData("Libya and Chad concluded a peace treaty in Algiers on Monday.")]
    // It modifies the accord noun right before it.
    [InlineData("Iran and Iraq signed a truce agreement in Geneva on Monday.")]
    [InlineData("Iran and Iraq signed a ceasefire agreement in Geneva on Monday.")]
    [InlineData("Iran and Iraq signed a withdrawal agreement in Geneva on Monday.")]
    public void SignedTruce_IsDeescalationOnly(string text)
    {
        string[] events = EventFacts.Described(text);
        events.Should().Contain(e => e.StartsWith("deescalation ", StringComparison.Ordinal));
        events.Should().NotContain(e => e.StartsWith("agreement ", StringComparison.Ordinal));
    }

    [Theory]
    // Other accords between parties stay agreements.
    [InlineData("Iran and Iraq signed a trade agreement in Geneva on Monday.")]
    [InlineData("Turkey and Greece signed an agreement on trade in Geneva on Monday.")]
    public void OtherAccord_StaysAgreement(string text) =>
        EventFacts.Described(text).Should().Contain(e => e.StartsWith("agreement ", StringComparison.Ordinal));
}
