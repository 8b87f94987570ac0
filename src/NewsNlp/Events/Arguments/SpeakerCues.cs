using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Cues that say who speaks or acts when no subject stands right before the trigger.</summary>
internal static class SpeakerCues
{
    /// <summary>'X wrote, "I count on Turkey': "I" or "we" in a quotation that opened earlier in the sentence, before the trigger.</summary>
    public static bool IsFirstPersonInQuote(Document document, Sentence sentence, TriggerMatch trigger)
    {
        bool pronoun = false;
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 4; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (document.Tokens[t].Kind == TokenKind.Quote)
            {
                return pronoun;
            }

            pronoun |= word is "I" or "We" or "we";
        }

        return false;
    }

    /// <summary>"the Houthis claimed the attacks", "Iran carried out the strike": a verb before the trigger that makes its subject the doer.</summary>
    public static bool HasAgentVerbBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 6; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.AgentVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", blaming human error", ", calling it an aggression": a participle clause shares the main clause's subject.</summary>
    public static bool IsParticipleClause(Document document, TriggerMatch trigger) =>
        trigger.FirstToken > 0 && document.Span(document.Tokens[trigger.FirstToken - 1]) is ","
        && document.Span(document.Tokens[trigger.FirstToken]).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"criticized the United States for sending forces": the object of the first verb does the second.</summary>
    public static bool ObjectActs(Document document, TriggerMatch trigger) =>
        trigger.FirstToken > 0 && document.Span(document.Tokens[trigger.FirstToken - 1]) is "for"
        && document.Span(document.Tokens[trigger.FirstToken]).EndsWith("ing", StringComparison.Ordinal);
}
