using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Attacks named only as what a party guards against: "a plan to protect Kuwaiti tankers from Iranian
/// attack", "naval protection against Iranian attacks". No attack is told as having happened, so the
/// guidelines' "no act" rule leaves no event; the strike stays when it is told elsewhere.
/// </summary>
internal static class WardedAttacks
{
    // "from Iranian missile attacks": "from" or "against" stands at most three tokens before the attack noun.
    private const int PrepositionReach = 3;

    // "to protect Kuwaiti oil tankers with U.S. warships from attacks by Iran": the protecting word stands up to twelve tokens before "from".
    private static readonly TokenWindow ProtectionReach = new(12, 0);

    /// <summary>True when a strike trigger is the object of "from" or "against" after a word of protecting in its clause.</summary>
    public static bool IsWardedOff(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Strike)
        {
            return false;
        }

        for (int p = trigger.FirstToken - 1; p >= sentence.FirstToken && p >= trigger.FirstToken - PrepositionReach; p--)
        {
            Token token = document.Tokens[p];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic))
            {
                return false;
            }

            if (document.Span(token) is "from" or "against")
            {
                return ProtectionBefore(document, sentence, p);
            }
        }

        return false;
    }

    private static bool ProtectionBefore(Document document, Sentence sentence, int preposition)
    {
        for (int t = preposition - 1; t >= ProtectionReach.StartAt(preposition, sentence); t--)
        {
            Token token = document.Tokens[t];
            if (document.Is(t, EventWords.ProtectionWords))
            {
                return true;
            }

            // A clause ends at punctuation or a verb of saying: "Iran said it would defend itself, after attacks from Iraq" keeps the attacks.
            if (token.Kind is TokenKind.Punctuation or TokenKind.Quote || document.Is(t, EventWords.SayVerbs))
            {
                return false;
            }
        }

        return false;
    }
}
