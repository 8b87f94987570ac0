namespace NewsNlp.Tests.Events;

/// <summary>
/// Threats and accusations whose other side is banks or creditors (Events/Filters/CreditorDisputes.IsDebtDispute): a debt dispute
/// between a state and its lenders is no event, since banks are never parties. Without the rule each first-row sentence gave an
/// accusation with the banks' country as its target ("U.S. creditor banks" read as the United States). Invented sentences.
/// </summary>
public sealed class CreditorDisputeTests
{
    [Theory]
    [InlineData("The Philippines criticised U.S. creditor banks for the collapse of the rescheduling talks, the finance minister said.")]
    [InlineData("Ecuador blamed U.S. creditor banks for the collapse of the rescheduling talks, the finance minister said.")]
    [InlineData("Mexico criticised Japanese lenders for the delay in the new loan, the finance minister said.")]
    public void Debt_disputes_with_banks_are_no_events(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.StartsWith("threat", StringComparison.Ordinal) || e.StartsWith("accusation", StringComparison.Ordinal));

    [Theory]
    // States on both sides stay events.
    [InlineData("The Philippines criticised the United States for the collapse of the trade talks, the finance minister said.", "accusation PH>US")]
    [InlineData("Iran warned the United States on Monday against any attack on its ports.", "threat IR>US")]
    // A bank named with capitals is an institution: the World Bank is a party.
    [InlineData("Iran accused the World Bank of bias against Iran in the war with Iraq.", "accusation IR>WORLD BANK")]
    public void Disputes_between_parties_stay(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);
}
