using NewsNlp.Events.Arguments;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>The parties the article supplies as the targets of an act whose sentence names none (<see cref="CandidateBuilder"/>).</summary>
internal static class DefaultTargets
{
    /// <summary>
    /// Appeals, mediation, threats and accusations are addressed to someone, talks have two sides and a strike a target: the
    /// article's main parties when the sentence names none (<paramref name="nonParties"/>: codes named only as the name of talks).
    /// </summary>
    public static void Add(Document document, ActorIndex index, List<string> nonParties, EventCandidate candidate, TriggerMatch trigger, Sentence sentence)
    {
        // How many the context supplies: the event corpus (train and tune splits) gives a party's appeal whose sentence names no
        // addressee one coded addressee (a state's 29 times, two 7 times; an armed group's 32 times, never two), while an outsider's
        // appeal (the UN's "appeal for restraint") addresses the sides (dev30 and the corpus alike); a mediation mediates between two;
        // a truce declared or troops withdrawn with no party named beside the actor has no target 52 times of 56 ("a unilateral
        // truce", "reached a peace agreement on its own").
        // An armed group is a party of its war, not an outsider, though it is no country of the article: its appeal, threat or
        // accusation with no addressee named goes to one side, the state it fights when the article names that state (the FMLN
        // command's "demands the same behavior from the armed forces" = FMLN>SV; the corpus's tune split gave such appeals the two
        // main countries, El Salvador and a Panama named in passing).
        string? groupHome = null;
        bool armedActor = candidate.Actors.Count > 0 && ActorTable.IsArmedGroup(candidate.Actors[0], out groupHome);
        int wanted = candidate.Type switch
        {
            EventTaxonomy.Mediation => 2,
            EventTaxonomy.Appeal when candidate.Actors.Count > 0 && !armedActor && !index.MainParties.Contains(candidate.Actors[0]) => 2,
            EventTaxonomy.Appeal or EventTaxonomy.Threat or EventTaxonomy.Accusation or EventTaxonomy.DiplomaticDowngrade => 1,
            // Talks have two sides: "the American team discussing nuclear forces" talks with the article's other party.
            EventTaxonomy.Consultation when candidate.Actors.Count == 1 && !trigger.Pattern.Text.StartsWith("convene", StringComparison.Ordinal) => 1,
            EventTaxonomy.Strike when candidate.Actors.Count > 0 && !candidate.Mutual => 1,
            _ => 0,
        };
        if (candidate.Targets.Count > 0 || candidate.Actors.Count == 0 || wanted == 0)
        {
            return;
        }

        if (candidate.Type == EventTaxonomy.Strike && StrikeTargets.AddFromSentence(document, sentence, index, candidate, nonParties))
        {
            return;
        }

        if (armedActor && groupHome is not null && candidate.Type is EventTaxonomy.Appeal or EventTaxonomy.Threat or EventTaxonomy.Accusation
            && index.Parties.Contains(groupHome) && !candidate.Actors.Contains(groupHome) && !nonParties.Contains(groupHome))
        {
            candidate.TargetsByDefault = true;
            candidate.Targets.Add(groupHome);
            return;
        }

        foreach (string party in index.MainParties)
        {
            // "talks on the Uruguay Round": a place the sentence names only as the name of talks is no party, by default either.
            if (candidate.Targets.Count < wanted && !candidate.Actors.Contains(party) && !nonParties.Contains(party))
            {
                candidate.TargetsByDefault = true;
                candidate.Targets.Add(party);
            }
        }
    }
}
