using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// The rules every trigger passes before a candidate is built: the filters of <c>Filters/</c> in their order, the classifier's
/// vote on weak triggers (a combatant beside a word of combat or menace stands in for it, <see cref="ArmedContext"/>) and in business
/// news, and the sentence-level facts they read (planned talks, a strong strike).
/// </summary>
internal static class TriggerRules
{
    /// <summary>A weak trigger (a word with common other senses) needs at least this classifier probability.</summary>
    internal const float WeakFloor = 0.4f;

    /// <summary>A strong trigger in a business-news sentence needs at least this classifier probability.</summary>
    internal const float BusinessFloor = 0.2f;

    /// <summary>
    /// True when a filter drops <paramref name="trigger"/> or the classifier's probability <paramref name="p"/> for its type is too low
    /// (a weak trigger; any trigger in a sentence with <paramref name="business"/> words of business news).
    /// </summary>
    public static bool Rejects(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index, FutureDates futureDates, int plannedTalks, float p, int business) =>
        RejectingRule(document, sentence, trigger, index, futureDates, plannedTalks, p, business) is not null;

    /// <summary>
    /// The name of the first rule that drops <paramref name="trigger"/> (the filter's class and method, or the classifier's vote), or null
    /// when it passes them all. The names are constants, so <see cref="Rejects"/> costs nothing more than the rules themselves; the event
    /// trace (<see cref="IEventTrace"/>) reports them.
    /// </summary>
    public static string? RejectingRule(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index, FutureDates futureDates, int plannedTalks, float p, int business) =>
        IrrealisFilter.IsIrrealis(document, sentence, trigger) ? "IrrealisFilter.IsIrrealis"
        : SenseFilter.IsOtherSense(document, sentence, trigger) ? "SenseFilter.IsOtherSense"
        : RetreatSense.IsRetreat(document, sentence, trigger) ? "RetreatSense.IsRetreat"
        : PartyFilter.IsNonPartyAct(document, sentence, trigger, index) ? "PartyFilter.IsNonPartyAct"
        : TopicFilter.IsEconomicAppeal(document, sentence, trigger, index) ? "TopicFilter.IsEconomicAppeal"
        : TopicFilter.IsForecastWarning(document, sentence, trigger, index) ? "TopicFilter.IsForecastWarning"
        : IsPlannedMeeting(document, futureDates, sentence, trigger) ? "TriggerRules.IsPlannedMeeting"
        : DomesticAddressee.IsDomestic(document, sentence, trigger, index) ? "DomesticAddressee.IsDomestic"
        : InanimateThreat.IsInanimate(document, sentence, trigger, index) ? "InanimateThreat.IsInanimate"
        : TopicFilter.IsTradeMeasure(document, sentence, trigger) ? "TopicFilter.IsTradeMeasure"
        : TopicFilter.IsMarketCommentary(document, sentence, trigger) ? "TopicFilter.IsMarketCommentary"
        : TopicFilter.IsVolumeAccord(document, sentence, trigger) ? "TopicFilter.IsVolumeAccord"
        : PlannedSequel.Continues(document, plannedTalks, trigger) ? "PlannedSequel.Continues"
        : TimeAnchor.IsAnchor(document, sentence, trigger) ? "TimeAnchor.IsAnchor"
        : LabourStrikes.IsStrikeDuty(document, sentence, trigger) ? "LabourStrikes.IsStrikeDuty"
        : WardedAttacks.IsWardedOff(document, sentence, trigger) ? "WardedAttacks.IsWardedOff"
        : ObjectSense.IsEconomicCriticism(document, sentence, trigger, index) ? "ObjectSense.IsEconomicCriticism"
        : ObjectSense.IsFigurativeAttack(document, sentence, trigger) ? "ObjectSense.IsFigurativeAttack"
        : HeadlineGrammar.IsAnnouncedPlan(document, sentence, trigger, index) ? "HeadlineGrammar.IsAnnouncedPlan"
        : HeadlineGrammar.IsAccident(document, sentence, trigger) ? "HeadlineGrammar.IsAccident"
        : trigger.Pattern.Weak && p < WeakFloor && !(UntrainedType(trigger.Type) && business - OwnBusinessWord(document, trigger) <= 0) && !HeadlineGrammar.IsArmedReport(document, sentence, trigger)
            && !ArmedContext.Vouches(document, sentence, trigger, business - OwnBusinessWord(document, trigger))
            && !StateVisit.Vouches(document, sentence, trigger, index)
            && !PartyMaker.Vouches(document, sentence, trigger, index)
            ? "classifier vote (weak trigger)"
        : business >= 2 && p < BusinessFloor ? "classifier vote (business news)"
        : null;

    /// <summary>
    /// 1 when the trigger's first word is itself a word of business news ("THE GUERRILLAS DEMAND THE DISBANDMENT ...": "demand" is one), which
    /// then does not make the sentence business news for the trigger's own vote; else 0.
    /// </summary>
    private static int OwnBusinessWord(Document document, TriggerMatch trigger) => document.IsWordOf(trigger.FirstToken, EventWords.Business) ? 1 : 0;

    /// <summary>
    /// "forces launched attacks near Basra ... 1,200 Iraqis were killed": a weak "kill" trigger in a sentence with a strong strike
    /// trigger is the attack's toll, not another act.
    /// </summary>
    public static bool IsTollOfStrike(bool strongStrike, TriggerMatch trigger) =>
        strongStrike && trigger.Type == EventTaxonomy.Strike && trigger.Pattern.Weak && trigger.Pattern.Text.StartsWith("kill", StringComparison.Ordinal);

    /// <summary>Talks or mediation with a date after publication in their clause ("next month for talks") or in a future clause ("would go to Moscow for talks") are planned.</summary>
    public static bool IsPlannedMeeting(Document document, FutureDates futureDates, Sentence sentence, TriggerMatch trigger) =>
        trigger.Type is EventTaxonomy.Consultation or EventTaxonomy.Mediation && (futureDates.IsNear(sentence, trigger) || FutureClause.IsFuture(document, sentence, trigger))
        && !IsDatedPast(document, sentence, trigger);

    // "Thatcher's visit to the Soviet Union last week": the past time closes the talks' own phrase, at most six tokens after them.
    private static readonly TokenWindow PastReach = new(0, 6);

    /// <summary>
    /// "Howe's mission was to brief Shultz on Thatcher's visit to the Soviet Union last week": talks dated in the past right after them
    /// ("last" + a period, "yesterday", "ago") were held, whatever plan the clause around them tells ("was to brief").
    /// </summary>
    private static bool IsDatedPast(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.LastToken + 1; t < PastReach.EndAt(trigger.LastToken, sentence); t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (document.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash || EventWords.ClauseOpeners.Contains(word))
            {
                return false;
            }

            if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("ago", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("last", StringComparison.OrdinalIgnoreCase) && t + 1 < sentence.EndToken && document.IsWordOf(t + 1, EventWords.PlanPeriods)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of the first talks or mediation trigger of the sentence that is planned or irrealis, or -1.</summary>
    public static int FirstPlannedTalksEnd(Document document, FutureDates futureDates, Sentence sentence, List<TriggerMatch> triggers)
    {
        int first = -1;
        foreach (TriggerMatch trigger in triggers)
        {
            if (trigger.Type is EventTaxonomy.Consultation or EventTaxonomy.Mediation && (first < 0 || trigger.LastToken < first)
                && (IrrealisFilter.IsIrrealis(document, sentence, trigger) || IsPlannedMeeting(document, futureDates, sentence, trigger)))
            {
                first = trigger.LastToken;
            }
        }

        return first;
    }

    /// <summary>True when <paramref name="triggers"/> holds a strong (not weak) trigger of <paramref name="type"/>.</summary>
    public static bool HasStrongTrigger(List<TriggerMatch> triggers, string type)
    {
        foreach (TriggerMatch trigger in triggers)
        {
            if (trigger.Type == type && !trigger.Pattern.Weak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Types with too few labelled sentences for the classifier to learn (its cross-validated F1 is 0): its low probability
    /// there means "unknown", not "no", so a weak trigger of these types stands without its vote outside business news.
    /// </summary>
    private static bool UntrainedType(string type) => type is EventTaxonomy.Deescalation or EventTaxonomy.Appeal or EventTaxonomy.Mediation or EventTaxonomy.Mobilization;
}
