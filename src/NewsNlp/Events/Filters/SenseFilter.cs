using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Other senses of trigger words: a labour strike, a heart attack, a business deal, a name given
/// to an act ("calling it an aggression"), history ("during World War II"), business news.
/// </summary>
internal static class SenseFilter
{
    // Another sense shows in the words right around the trigger ("workers' strike", "heart attack", "strike price").
    private static readonly TokenWindow SenseContext = new(4, 3);

    // "calling it an aggression", "described as an attack": the naming verb stands a few words before.
    private static readonly TokenWindow CharacterizationReach = new(4, 0);

    /// <summary>True for a labour, business, medical or sports sense of a strike-like trigger ("went on strike", "heart attack", "struck a deal").</summary>
    public static bool IsOtherSense(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Strike or EventTaxonomy.Mobilization or EventTaxonomy.Threat))
        {
            return false;
        }

        if (trigger.Type == EventTaxonomy.Strike && IsCharacterization(document, sentence, trigger))
        {
            // "calling it an aggression on Iraq": a name given to an act, which the accusation reports.
            return true;
        }

        if (trigger.Type == EventTaxonomy.Strike && MentionsPastWar(document, sentence))
        {
            // "resent the Japanese invasion ... during World War II": history, not news.
            return true;
        }

        int from = SenseContext.StartAt(trigger.FirstToken, sentence);
        int to = SenseContext.EndAt(trigger.LastToken, sentence);
        for (int t = from; t < to; t++)
        {
            if (t >= trigger.FirstToken && t <= trigger.LastToken)
            {
                continue;
            }

            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.OtherSense.Contains(word))
            {
                return true;
            }

            if (word is "on" && t + 1 < sentence.EndToken && document.Span(document.Tokens[t + 1]) is "strike")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of business-news words in the sentence.</summary>
    public static int BusinessWords(Document document, Sentence sentence)
    {
        int count = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && EventWords.Business.Contains(document.Span(document.Tokens[t])))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsCharacterization(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= CharacterizationReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            if (EventWords.CharacterizationVerbs.Contains(document.Span(document.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"during World War II", "since the Second World War", "in the Cold War": the sentence tells history.</summary>
    private static bool MentionsPastWar(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            if (document.Span(document.Tokens[t]) is "War" && document.Span(document.Tokens[t - 1]) is "World" or "Cold")
            {
                return true;
            }
        }

        return false;
    }
}
