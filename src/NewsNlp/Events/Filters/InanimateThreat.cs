using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// "Threaten" said of things, forces of nature and trends ("insects are threatening to destroy the
/// crop", "forest fires flared again, threatening settlements", "two issues which threaten to poison
/// relations"): no party threatens anyone, so there is no threat event.
/// </summary>
internal static class InanimateThreat
{
    // "Forest fires in north-east China had flared again, threatening": the subject stands up to ten tokens before.
    private static readonly TokenWindow SubjectReach = new(10, 0);

    /// <summary>True when the nearest subject word before a "threaten" trigger is a thing, with no participant between.</summary>
    public static bool IsInanimate(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (trigger.Type != EventTaxonomy.Threat || !document.Span(document.Tokens[trigger.FirstToken]).StartsWith("threat", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool participle = document.Span(document.Tokens[trigger.FirstToken]).EndsWith("ing", StringComparison.Ordinal);
        int mention = index.FirstAtOrAfter(sentence.FirstToken);
        for (int t = trigger.FirstToken - 1; t >= SubjectReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            Token token = document.Tokens[t];
            // A participle clause (", threatening settlements") shares the main clause's subject: read on past its comma.
            if (token.Kind is TokenKind.Punctuation or TokenKind.Dash && !(participle && t == trigger.FirstToken - 1 && document.Span(token) is ","))
            {
                return false;
            }

            // A participant blocks, unless it only places the thing ("fires in north-east China").
            if (MentionAt(index, mention, t) is { } m)
            {
                if (m.FirstToken == sentence.FirstToken || !EventWords.Prepositions.Contains(document.Span(document.Tokens[m.FirstToken - 1])))
                {
                    return false;
                }

                t = m.FirstToken;
                continue;
            }

            if (document.Is(t, EventWords.InanimateSubjects))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorMention? MentionAt(ActorIndex index, int first, int token)
    {
        for (int m = first; m < index.Mentions.Length && index.Mentions[m].FirstToken <= token; m++)
        {
            if (index.Mentions[m].LastToken >= token)
            {
                return index.Mentions[m];
            }
        }

        return null;
    }
}
