using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// An appeal whose addressee, or talks whose partner, the sentence names as the world at large or an open group ("urged the
/// international community to help calm the dispute", "WE CALL ON THE PEOPLES OF THE WORLD TO DENOUNCE", "officials meeting with other
/// major industrialized nations"): the act has a counterpart, but no party a code names, so the article's main parties are no default
/// counterpart, and for an appeal a party named in what is asked is no addressee (GUIDELINES: targets are the codes an act is done
/// to; the event corpus codes such addressees null, kind unnamed). Why: of the 40 argument errors of the matched appeals of the
/// corpus's train split (development, session 19, ev22a), 11 were such an appeal given the article's other main party, the other
/// side of its war or a party of the appeal's content as target; over news, talks "with other major industrialized nations" were
/// given one main party as the partner.
/// </summary>
internal static class UnnamedAddressees
{
    private static readonly WordClass CollectiveAddressees = Lexicon.Default.Class("events/collective-addressees");

    // The prepositions that open an appeal's addressee ("call on", "appeal to", "call upon").
    private static readonly WordClass AddresseeOpeners = Lexicon.Default.Class("events/addressee-openers");

    // "urged the international community", "CALL ON ALL THE PEOPLES": the counterpart's head comes within five tokens of the trigger
    // or of "with", after its determiners and modifiers.
    private static readonly TokenWindow HeadReach = new(0, 5);

    // "held talks last week with other nations", "meeting in Paris with": "with" at most six tokens after the talks' trigger.
    private static readonly TokenWindow WithReach = new(0, 6);

    /// <summary>
    /// Drops the targets of an appeal to an open group (guessed, or named in what it asks) and the guessed partner of talks with one,
    /// and marks the act as addressed all the same (<see cref="EventCandidate.UnnamedCounterpart"/>). Only where a target was there to
    /// drop, so no act becomes an event that was not one.
    /// </summary>
    public static void DropGuessedTargets(Document document, ActorIndex index, Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
        if (!candidate.PairTargets && candidate.Targets.Count > 0
            && ((candidate.Type == EventTaxonomy.Appeal && Follows(document, index, sentence, trigger))
                || (candidate.Type == EventTaxonomy.Consultation && candidate.TargetsByDefault && PartnerFollows(document, index, sentence, trigger))))
        {
            candidate.Targets.Clear();
            candidate.TargetsByDefault = false;
            candidate.UnnamedCounterpart = true;
        }
    }

    /// <summary>True when the first noun phrase after the appeal trigger, before any participant mention, has a collective head.</summary>
    public static bool Follows(Document document, ActorIndex index, Sentence sentence, TriggerMatch trigger) =>
        HeadFrom(document, index, sentence, trigger.LastToken, AddresseeOpeners);

    /// <summary>
    /// True when "with" ends the talks' trigger ("talks with") or follows it before any participant, and its noun phrase has a
    /// collective head.
    /// </summary>
    public static bool PartnerFollows(Document document, ActorIndex index, Sentence sentence, TriggerMatch trigger)
    {
        int nextMention = index.NextMentionStart(trigger.LastToken + 1);
        int end = WithReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken; t < end && t < nextMention; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (document.Span(document.Tokens[t]).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return HeadFrom(document, index, sentence, t, null);
            }
        }

        return false;
    }

    // True when a collective head stands within HeadReach after token `after`, before any mention, punctuation or preposition other
    // than an opener.
    private static bool HeadFrom(Document document, ActorIndex index, Sentence sentence, int after, WordClass? openers)
    {
        int nextMention = index.NextMentionStart(after + 1);
        int end = HeadReach.EndAt(after, sentence);
        for (int t = after + 1; t < end && t < nextMention; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (document.Is(t, CollectiveAddressees))
            {
                return true;
            }

            // "TO SATISFY THE MOST DEMANDING CONSCIENCES OF THE WORLD": a head after another preposition is not the counterpart.
            ReadOnlySpan<char> word = document.Span(token);
            if (EventWords.Prepositions.Contains(word) && openers?.Contains(word) != true)
            {
                return false;
            }
        }

        return false;
    }
}
