using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Cues that say who speaks or acts when no subject stands right before the trigger.</summary>
internal static class SpeakerCues
{
    // 'said, "We will ...': the quote opens within a few words before the trigger.
    private static readonly TokenWindow QuoteReach = new(4, 0);

    // "claimed responsibility for the attacks", "carried out the strike": verb, object noun, preposition, determiner.
    private static readonly TokenWindow AgentVerbReach = new(6, 0);

    /// <summary>'X wrote, "I count on Turkey': "I" or "we" in a quotation that opened earlier in the sentence, before the trigger.</summary>
    public static bool IsFirstPersonInQuote(Document document, Sentence sentence, TriggerMatch trigger)
    {
        bool pronoun = false;
        for (int t = trigger.FirstToken - 1; t >= QuoteReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (document.Tokens[t].Kind == TokenKind.Quote)
            {
                return pronoun;
            }

            pronoun |= EventWords.FirstPersonPronouns.Contains(word);
        }

        return false;
    }

    /// <summary>"the Houthis claimed the attacks", "Iran carried out the strike": a verb before the trigger that makes its subject the doer.</summary>
    public static bool HasAgentVerbBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= AgentVerbReach.StartAt(trigger.FirstToken, sentence); t--)
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
