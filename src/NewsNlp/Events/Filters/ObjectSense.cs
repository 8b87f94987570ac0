using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Acts whose object shows they are no act between parties: criticism or blame aimed at an economic
/// matter and naming no party ("blamed the shrinkage on the dollar's fall", "criticised the concept
/// of debt relief"), and the figurative "under attack for" or "over" something, with no armed force in
/// the sentence ("the finance minister has come under increasing attack over the resignation").
/// </summary>
internal static class ObjectSense
{
    // "blamed inflation fears, rising interest rates, a lower dollar": what is blamed follows within twelve tokens.
    private static readonly TokenWindow BlamedReach = new(0, 12);

    // "under increasing attack", "under heavy attack": at most two lowercase modifiers between "under" and the noun.
    private const int UnderReach = 3;

    /// <summary>An accusation whose content (twelve tokens) names no participant and no capitalised name, names the economy, and has no conflict or armed-force word.</summary>
    public static bool IsEconomicCriticism(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (trigger.Type != EventTaxonomy.Accusation)
        {
            return false;
        }

        // "criticised a rise in West German interest rates": a party named in what is criticised makes it criticism of that party's policy, which stays.
        int end = BlamedReach.EndAt(trigger.LastToken, sentence);
        if (index.FirstAtOrAfter(trigger.LastToken + 1) is int m && m < index.Mentions.Length && index.Mentions[m].FirstToken < end)
        {
            return false;
        }

        bool economic = false;
        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            // "criticized the Bundesbank rate increases": a capitalised name may be a state body the index does not hold; its policy's critic stays.
            if (document.Is(t, EventWords.ConflictWords) || document.Is(t, EventWords.ArmedForceWords) || IsCapitalised(document, t))
            {
                return false;
            }

            economic |= document.Is(t, EventWords.EconomicWords);
        }

        return economic;
    }

    /// <summary>"under (increasing) attack for / over / from" something, lowercase modifiers only between, and no armed-force word in the sentence.</summary>
    public static bool IsFigurativeAttack(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Strike || trigger.LastToken + 1 >= sentence.EndToken
            || document.Span(document.Tokens[trigger.LastToken + 1]) is not ("for" or "over" or "from"))
        {
            return false;
        }

        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - UnderReach; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is "under")
            {
                return !HasArmedForce(document, sentence, trigger);
            }

            // "under repeated Iranian attack from the air": a named attacker makes it an armed attack.
            if (document.Tokens[t].Kind is not TokenKind.Word || word.Length == 0 || !char.IsLower(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCapitalised(Document document, int t)
    {
        Token token = document.Tokens[t];
        return token.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(document.Span(token)[0]);
    }

    /// <summary>An armed-force or conflict word in the sentence outside the trigger itself ("attack" is a conflict word).</summary>
    private static bool HasArmedForce(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if ((t < trigger.FirstToken || t > trigger.LastToken) && (document.Is(t, EventWords.ArmedForceWords) || document.Is(t, EventWords.ConflictWords)))
            {
                return true;
            }
        }

        return false;
    }
}
