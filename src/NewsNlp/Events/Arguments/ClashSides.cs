using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// A clash is fought by both sides: a strike whose trigger is a word of combat in which both sides fight ("clashes", "fought a
/// gunbattle", "heavy fighting", <c>reciprocal-combat-words</c>; not with a crowd, not "fought off") has every side it names as an
/// actor and no target (GUIDELINES: "for a mutual act both are actors and targets is empty"; the event corpus codes clashes so).
/// The place it was fought in ("in Baghdad") is no side. A clash with no doer named keeps its one undergoer or place as its target
/// ("Fierce fighting in Iraq", "1,200 Iraqis were killed in fighting near Fish Lake": GUIDELINES, unnamed actors, the target carries
/// the match; the headline gold and dev30 code them so, though the event corpus codes such places as actors); one whose two sides
/// the finders read as undergoers has them as actors ("Iranian soldiers were killed in a clash with Iraqi troops").
/// <para>
/// Why: of the argument errors of the corpus's matched strikes (train and tune splits, development), about 30 were clashes cut to a
/// doer and a target, or to a target alone, when one side was unnamed ("US troops fought a gunbattle with insurgents ... in Baghdad"
/// = US&gt;IQ, "were killed in a clash with regular troops" = ELN&gt;CO): <see cref="ContextParties.AddForces"/> makes a clash mutual
/// only with two sides known in a story of one war. A side that fights with no opponent told ("Iranian troops are fighting on two
/// fronts in a new offensive in northern Iraq", dev30) keeps its act one-sided: an opponent must follow the word of combat ("with",
/// "between", "against", or an object: "fought the rebels"). Applied after the verifier, which learned from the candidates' roles
/// before it.
/// </para>
/// </summary>
internal static class ClashSides
{
    // "clashed with", "fighting between", "battles ... against": the words that open a clash's other side.
    private static readonly WordClass OpponentWords = Lexicon.Default.Class("events/clash-opponent-words");

    // Words of combat in which both sides fight ("clashes", "fought").
    private static readonly WordClass ReciprocalCombatWords = Lexicon.Default.Class("events/reciprocal-combat-words");

    /// <summary>
    /// Makes <paramref name="candidate"/> a mutual clash when its trigger is a word of reciprocal combat and it has a doer with an opponent
    /// told, or no doer but two sides other than its place.
    /// </summary>
    public static void Apply(Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
        if (candidate.Type != EventTaxonomy.Strike || candidate.Mutual || !UnnamedForces.IsReciprocal(document, sentence, trigger)
            || (candidate.Actors.Count > 0 ? !OpponentFollows(document, sentence, trigger) : candidate.Targets.Count(t => t != candidate.PlaceTarget) < 2))
        {
            return;
        }

        if (candidate.PlaceTarget is { } place)
        {
            candidate.Targets.Remove(place);
        }

        candidate.Actors.AddRange(candidate.Targets.Where(t => !candidate.Actors.Contains(t)));
        candidate.Targets.Clear();
        candidate.Mutual = true;
        candidate.Clash = true;
        candidate.TargetsByDefault = false;
        candidate.PlaceTarget = null;
    }

    /// <summary>
    /// True when the clash's other side follows the trigger: the trigger holds its object ("FOUGHT THE TERRORISTS"), or the word right
    /// after it opens one ("with", "between", "against", or a determiner or force noun: "fought the rebels", "battled insurgents").
    /// </summary>
    private static bool OpponentFollows(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (document.HasWordOf(trigger.FirstToken, trigger.LastToken, ReciprocalCombatWords))
        {
            return true;
        }

        int next = trigger.LastToken + 1;
        // "the battles are being waged against": a verb of carrying on may stand between the noun and its opponent.
        while (next < sentence.EndToken && next <= trigger.LastToken + 3 && document.IsWordOf(next, EventWords.BeForms))
        {
            next++;
        }

        return next < sentence.EndToken && (document.IsWordOf(next, OpponentWords) || document.IsWordOf(next, EventWords.Determiners)
            || document.IsWordOf(next, EventWords.UnnamedForceNouns));
    }
}
