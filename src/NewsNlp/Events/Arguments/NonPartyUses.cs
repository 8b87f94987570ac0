using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Mentions of a country that name no party of the act: the flag of a merchant ship ("Iraqi jets attacked a Liberian tanker")
/// and the name of a round of talks ("talks on the Uruguay Round"). A code whose every mention in the sentence is such a use
/// loses its role.
/// </summary>
internal static class NonPartyUses
{
    // "a Liberian oil tanker", "a Panamanian-registered cargo ship": one word may stand between the flag and the ship.
    private static readonly TokenWindow ShipReach = new(0, 2);

    /// <summary>True when mention <paramref name="mention"/> of <paramref name="sentence"/> is a flag or the name of a round of talks.</summary>
    public static bool IsNonParty(Document document, Sentence sentence, ActorMention mention)
    {
        int next = mention.LastToken + 1;
        if (next >= sentence.EndToken || mention.Form is ActorForm.Organization or ActorForm.Person or ActorForm.Pair)
        {
            return false;
        }

        if (document.Tokens[next].Kind == TokenKind.Word && document.Is(next, EventWords.TalksNameWords))
        {
            return true;
        }

        for (int t = next; t < sentence.EndToken && ShipReach.Contains(mention.LastToken, t); t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (document.Is(t, EventWords.FlagNouns))
            {
                return true;
            }
        }

        return false;
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
            if (IsNonParty(context.Document, sentence, mention) && !HasPartyUse(context, sentence, mention.Code, first, end))
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

    private static bool HasPartyUse(MentionContext context, Sentence sentence, string code, int first, int end)
    {
        for (int m = first; m < end; m++)
        {
            ActorMention mention = context.Mentions[m];
            if (mention.Code == code && mention.Form != ActorForm.Pair && !IsNonParty(context.Document, sentence, mention))
            {
                return true;
            }
        }

        return false;
    }
}
