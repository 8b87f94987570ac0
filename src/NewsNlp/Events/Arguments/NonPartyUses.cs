using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Mentions of a country that name no party of the act: the name of a round of talks ("talks on the Uruguay Round"), and for a strike
/// the name of a border it was done beside ("kills 24 militants near Cameroon border": the fighting was in Nigeria). A code whose
/// every mention in the sentence is such a use loses its role. (The flag of an attacked merchant ship, "a Liberian tanker", stays a
/// target: the event corpus's annotators code the flag state as the target of such strikes.)
/// </summary>
internal static class NonPartyUses
{
    /// <summary>
    /// True when mention <paramref name="mention"/> of <paramref name="sentence"/> is the name of a round of talks, or, for an act of
    /// <paramref name="type"/> strike, of a border.
    /// </summary>
    public static bool IsNonParty(Document document, Sentence sentence, ActorMention mention, string type)
    {
        int next = mention.LastToken + 1;
        if (next >= sentence.EndToken || mention.Form is ActorForm.Organization or ActorForm.Person or ActorForm.Pair
            || document.Tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        return document.Is(next, EventWords.TalksNameWords) || (type == EventTaxonomy.Strike && document.Is(next, EventWords.BorderNouns));
    }

    /// <summary>
    /// Removes from the candidate's actors and targets every code whose mentions in [<paramref name="first"/>, <paramref name="end"/>) are
    /// all non-party uses, and lists those codes in <paramref name="removed"/> (the builder must not bring them back as default parties).
    /// </summary>
    public static void Remove(MentionContext context, Sentence sentence, EventCandidate candidate, int first, int end, List<string> removed)
    {
        removed.Clear();
        for (int m = first; m < end; m++)
        {
            ActorMention mention = context.Mentions[m];
            if (IsNonParty(context.Document, sentence, mention, candidate.Type) && !HasPartyUse(context, sentence, mention.Code, candidate.Type, first, end))
            {
                candidate.Actors.Remove(mention.Code);
                candidate.Targets.Remove(mention.Code);
                if (!removed.Contains(mention.Code))
                {
                    removed.Add(mention.Code);
                }
            }
        }
    }

    private static bool HasPartyUse(MentionContext context, Sentence sentence, string code, string type, int first, int end)
    {
        for (int m = first; m < end; m++)
        {
            ActorMention mention = context.Mentions[m];
            if (mention.Code == code && mention.Form != ActorForm.Pair && !IsNonParty(context.Document, sentence, mention, type))
            {
                return true;
            }
        }

        return false;
    }
}
