namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Weak injury participles (issue 19, session 14; <c>weak-injury-words.txt</c>): "stabbed", "beaten", "burned" ... tell an
/// injury only of people, only in the passive and only when nothing after them tells more. Invented sentences only.
/// </summary>
public sealed class CasualtyInjuryWordTests
{
    [Theory]
    [InlineData("Two students were stabbed outside the school.", "injured:2:2:2:exact")]
    [InlineData("Four protesters have been brutally beaten by police.", "injured:4:4:4:exact")]
    [InlineData("Five firefighters were burned in the explosion.", "injured:5:5:5:exact")]
    [InlineData("Three soldiers on a truck were burned by a petrol bomb.", "injured:3:3:3:exact")]
    // A killing phrase or a casualty word joined after the participle reads the count instead.
    [InlineData("Two guards were stabbed to death.", "killed:2:2:2:exact")]
    [InlineData("Six villagers were burned alive.", "killed:6:6:6:exact")]
    [InlineData("Three men were beaten and killed.", "killed:3:3:3:exact")]
    [InlineData("Two officers were stabbed and wounded.", "injured:2:2:2:exact")]
    // Not people, not passive, or a score: nothing.
    [InlineData("Ten houses were burned in the raid.", "")]
    [InlineData("Two young men who stabbed them fled.", "")]
    [InlineData("The two sides were beaten 3-1 in the final.", "")]
    [InlineData("Rebels burned 12 buses on the highway.", "")]
    public void Extract_Pattern(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
}
