using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Threats and accusations between a state and banks or creditors ("criticised U.S. creditor banks for"): the actor index reads the
/// banks as their state, but banks are never parties (GUIDELINES, "Parties"; "Economic statecraft").
/// </summary>
internal static class CreditorDisputes
{
    // Banks and creditors, the other side of a debt dispute.
    private static readonly WordClass CreditorWords = Lexicon.Default.Class("events/creditor-words");

    // A static lambda: cached once, no allocation per trigger.
    private static readonly Func<Document, Sentence, ActorIndex, int, bool?> CreditorWordTest = static (document, sentence, _, t) => CreditorWord(document, sentence, t);

    /// <summary>
    /// True when a threat or an accusation has banks or creditors around it ("warned its creditor banks that", "blamed the commercial
    /// banks for", "the bankers accused Brazil of"): a debt dispute between a state and its lenders, whose other side is no party. Run
    /// after the verifier (<see cref="EventExtractor"/>), so the models learn from the same candidates. Reads the partner window of
    /// PartyFilter (<see cref="PartyFilter.HasPartnerWord"/>) with the narrower <c>events/creditor-words</c>: the unions, exporters and producers of
    /// <see cref="EventWords.NonPartyWords"/> stand in true trade accusations ("accused Japan of unfair practices toward U.S. exporters").
    /// A state's own bank is a state body ("criticised the central bank", "the bank of Japan"), left to the other rules.
    /// </summary>
    public static bool IsDebtDispute(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index) =>
        trigger.Type is EventTaxonomy.Threat or EventTaxonomy.Accusation && PartyFilter.HasPartnerWord(document, sentence, trigger, index, CreditorWordTest);

    private static bool? CreditorWord(Document document, Sentence sentence, int t)
    {
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        if (PartyFilter.EndsPartners(word))
        {
            return null;
        }

        // Lower case only: a bank named with capitals is an institution ("the World Bank", "the Bank of France", "the Export-Import Bank"),
        // a party or a state's agency. The actor index may cover the word ("U.S. creditor banks" read as the United States): the banks stay
        // banks whichever state they come from.
        bool bank = char.IsLower(word[0]) && (document.IsWordOf(t, CreditorWords) || word.EndsWith("-bank", StringComparison.Ordinal));
        return bank && !(t > 0 && document.IsWordOf(t - 1, EventWords.StateBodyWords))
            && !(t + 1 < sentence.EndToken && document.Span(document.Tokens[t + 1]) is "of");
    }
}
