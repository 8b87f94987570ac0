using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Threats and accusations between a state and banks or creditors ("criticised U.S. creditor banks for"): the actor index reads the
/// banks as their state, but banks are never parties (GUIDELINES, "Parties"; "Economic statecraft").
/// </summary>
internal static class CreditorDisputes
{
    // As PartyFilter's talks rule: a modifier stands up to three words before the trigger, the partner up to seven after.
    private static readonly TokenWindow PartnerReach = new(3, 7);

    // Banks and creditors, the other side of a debt dispute.
    private static readonly WordClass CreditorWords = Lexicon.Default.Class("events/creditor-words");

    /// <summary>
    /// True when a threat or an accusation has banks or creditors around it ("warned its creditor banks that", "blamed the commercial
    /// banks for", "the bankers accused Brazil of"): a debt dispute between a state and its lenders, whose other side is no party. Run
    /// after the verifier (<see cref="EventExtractor"/>), so the models learn from the same candidates. Reads the window of
    /// PartyFilter's talks rule with the narrower <c>events/creditor-words</c>: the unions, exporters and producers of
    /// <see cref="EventWords.NonPartyWords"/> stand in true trade accusations ("accused Japan of unfair practices toward U.S. exporters").
    /// A state's own bank is a state body ("criticised the central bank", "the bank of Japan"), left to the other rules.
    /// </summary>
    public static bool IsDebtDispute(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Threat or EventTaxonomy.Accusation))
        {
            return false;
        }

        for (int t = trigger.FirstToken - 1; t >= PartnerReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            switch (CreditorWord(document, sentence, t))
            {
                case true: return true;
                case null: t = -1; break;
            }
        }

        for (int t = trigger.LastToken + 1; t < PartnerReach.EndAt(trigger.LastToken, sentence); t++)
        {
            switch (CreditorWord(document, sentence, t))
            {
                case true: return true;
                case null: return false;
            }
        }

        return false;
    }

    private static bool? CreditorWord(Document document, Sentence sentence, int t)
    {
        // The partners end at a clause boundary, an infinitive or a participle ("threatened to freeze", "accused Iraq of attacking").
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        if (EventWords.ClauseOpeners.Contains(word) || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.Ordinal))
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
