using NewsNlp.Extraction.Dates;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Finds an event's participants around its trigger, in order of evidence: a modifier of the
/// trigger, "between X and Y", an agent after "by", the subject (passive subjects are targets),
/// then the object or prepositional target. Each step is one finder; this type only orders them.
/// </summary>
internal sealed class ArgumentFinder
{
    private readonly MentionContext context;

    private readonly AgentFinder agents;

    private readonly SubjectFinder subjects;

    private readonly TargetFinder targets;

    private readonly ArgumentRoles roles;

    private readonly List<string> nonParties = [];

    // Heads of a state's force phrase ("troops", "soldiers", "units") and the words inside it ("army", "infantry").
    private static readonly WordClass StateTroopNouns = Lexicon.Default.Class("events/state-troop-nouns");
    private static readonly WordClass ForceModifiers = Lexicon.Default.Class("events/force-modifiers");

    // "U.S. and Honduran army troops": the owner's coordination and the force's modifiers before the head.
    private const int ForceOwnerReach = 5;

    /// <summary>Creates a finder over one document, its participant mentions and its date records (sorted by start), with the shipped role model.</summary>
    public ArgumentFinder(Document document, ActorIndex index, DateEntity[] dates)
        : this(document, index, dates, ArgumentRoles.Default, RolePolicy.Shipped, null)
    {
    }

    /// <summary>Creates a finder with the role model <paramref name="roleModel"/> (null: the rules alone) and an observer of each mention's role features (training).</summary>
    public ArgumentFinder(Document document, ActorIndex index, DateEntity[] dates, EventClassifierModel? roleModel, RolePolicy policy,
        Action<RoleSetting, int, ArgumentRole, List<int>>? roleObserver)
    {
        context = new MentionContext(document, index);
        agents = new AgentFinder(context);
        subjects = new SubjectFinder(context, new Asides(document, dates));
        targets = new TargetFinder(context);
        roles = new ArgumentRoles(context, roleModel, policy) { Observer = roleObserver };
    }

    /// <summary>The codes the last call found named only as the name of talks: no default party either.</summary>
    public List<string> NonParties => nonParties;

    /// <summary>The document's mentions and the grammar around them.</summary>
    public MentionContext Context => context;

    /// <summary>The subject finder, for speakers named elsewhere in the sentence.</summary>
    public SubjectFinder Subjects => subjects;

    /// <summary>
    /// True when a say-verb stands between mention <paramref name="m"/> and the trigger: "THE FMLN REBELS SAID THAT TROOPS OF THE FONSECA
    /// BATTALION WERE ATTACKED" names the speaker, not what was attacked, when the passive's own subject is no named party (the
    /// subject finder then falls back to the sentence's first subject; the corpus's tune split coded the speaker as the target). Read
    /// for agentless passives only: with an agent named, the speaker's country is mostly the victim's ("THE SALVADORAN ARMED FORCES
    /// HAVE CLAIMED THAT RODRIGUEZ PORTH WAS KILLED BY AN FMLN COMMANDO").
    /// </summary>
    private bool SpeakerOfReport(int m, TriggerMatch trigger)
    {
        for (int t = context.Mentions[m].LastToken + 1; t < trigger.FirstToken; t++)
        {
            // "were reported killed" is no speaker's report.
            if (context.Document.IsWordOf(t, EventWords.SayVerbs) && !(t > 0 && context.Document.IsWordOf(t - 1, EventWords.BeForms)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when mention <paramref name="m"/> (or the coordination it opens) is the owner named on a state's force noun right after it,
    /// before the trigger: "U.S. troops", "Venezuelan soldiers", "Iraqi army units", "U.S. and Honduran troops" (GUIDELINES: a state
    /// acts through its forces). A mere place or a person is no owner.
    /// </summary>
    private bool NamesForceOwner(int m, TriggerMatch trigger)
    {
        Document document = context.Document;
        if (context.Mentions[m].Form is ActorForm.Place or ActorForm.Person)
        {
            return false;
        }

        int last = context.Mentions[m].LastToken;
        for (int t = last + 1; t < trigger.FirstToken && t <= last + ForceOwnerReach; t++)
        {
            if (document.IsWordOf(t, StateTroopNouns))
            {
                return !context.Index.Covers(t);
            }

            bool inside = context.Index.Covers(t) || document.IsWordOf(t, ForceModifiers)
                || document.Span(document.Tokens[t]).Equals("and", StringComparison.OrdinalIgnoreCase);
            if (!inside)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Pakistan and Iran held talks", "Israel and Egypt signed an accord", "the Japan-U.S. talks": talks or a deal whose doers (its
    /// subject or the modifiers before it; not a passive's agent) are two or more sides is mutual (GUIDELINES: all sides are actors,
    /// no target). A partner told after "with" joins them as one more side (the builder moves a mutual act's targets to its actors);
    /// without one, what the object finder took (a topic, "on the Soviet proposal"; a guessed counterpart) is no side. "X met Y"
    /// keeps its one doer and stays X -> Y.
    /// </summary>
    private void JointSubject(EventCandidate candidate, TriggerMatch trigger, bool passive, int clauseEnd)
    {
        if (passive || candidate.Mutual || candidate.Actors.Count < 2
            || candidate.Type is not (EventTaxonomy.Consultation or EventTaxonomy.Agreement))
        {
            return;
        }

        candidate.Mutual = true;
        if (candidate.Targets.Count == 0)
        {
            return;
        }

        for (int t = trigger.LastToken + 1; t < clauseEnd; t++)
        {
            if (context.Word(t).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        candidate.Targets.Clear();
    }

    /// <summary>Fills the actors and targets of <paramref name="candidate"/>; returns the clause bounds used.</summary>
    public (int Start, int End) FindParticipants(Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
        Document document = context.Document;
        context.ResetPairUsed();
        (int clauseStart, int clauseEnd) = ClauseBounds.Around(document, sentence, trigger);
        int first = context.Index.FirstAtOrAfter(sentence.FirstToken);
        int end = context.Index.FirstAtOrAfter(sentence.EndToken);
        bool passive = PassiveVoice.IsPassive(document, sentence, trigger);

        roles.Begin();
        agents.AddModifier(trigger, candidate, first, end, passive);
        roles.Note(candidate, RuleSource.Modifier);
        agents.AddBetween(trigger, candidate, first, end, clauseEnd);
        roles.Note(candidate, RuleSource.Between);
        if (candidate.Actors.Count == 0 && (!EventTaxonomy.IsAddressed(candidate.Type) || passive))
        {
            agents.AddAgent(trigger, candidate, first, end, clauseEnd);
            roles.Note(candidate, RuleSource.Agent);
        }

        if (candidate.Actors.Count == 0 && candidate.Type is EventTaxonomy.Accusation or EventTaxonomy.Threat)
        {
            // Not an appeal: "an appeal by the Canadian Pork Council ... is pending before the Court" is a lawsuit (news.jsonl).
            // Also in the passive: "HAS RECEIVED DEATH THREATS FROM THE SHINING PATH" names the threatener after "from".
            agents.AddAgentRightAfter(trigger, candidate, first, end, clauseEnd);
            roles.Note(candidate, RuleSource.Agent);
        }

        candidate.AgentlessPassive = passive && candidate.Actors.Count == 0;
        candidate.Passive = passive;

        // The subject: 'Stoltenberg wrote, "I count on Turkey"' has the speaker as subject, which the caller resolves.
        int subject = -1;
        bool subjectSought = false;
        if ((candidate.Actors.Count == 0 || passive) && !SpeakerCues.IsFirstPersonInQuote(document, sentence, trigger))
        {
            subjectSought = true;
            subject = subjects.Find(sentence, trigger, first, end, clauseStart);
            if (subject >= 0 && !(passive && candidate.Actors.Count == 0 && SpeakerOfReport(subject, trigger)))
            {
                // "U.S. troops were deployed in Guatemala": the passive's subject is the force sent, and its named owner the deployer.
                bool owner = passive && candidate.Actors.Count == 0 && candidate.Type == EventTaxonomy.Mobilization && NamesForceOwner(subject, trigger);
                candidate.ActorsFromSubject = (!passive || owner) && candidate.Actors.Count == 0;
                context.AddGroup(passive && !owner ? candidate.Targets : candidate.Actors, subject, first, end);
                roles.Note(candidate, RuleSource.Subject);
            }
        }

        // A reciprocal act with both sides named ("an exchange of fire between Iran and Iraq fell on Kuwait") has no target.
        if (candidate.Targets.Count == 0 && !(candidate.Mutual && candidate.Actors.Count >= 2))
        {
            targets.AddTarget(trigger, candidate, first, end, clauseEnd);
            roles.Note(candidate, RuleSource.Object);
        }

        if (candidate.Targets.Count == 0 && candidate.Type == EventTaxonomy.Strike)
        {
            targets.AddInstrumentTarget(trigger, candidate, first, end, clauseStart);
            roles.Note(candidate, RuleSource.Instrument);
        }

        if (candidate.Targets.Count > 0 && candidate.Actors.Count > 0)
        {
            candidate.Targets.RemoveAll(candidate.Actors.Contains);   // the delegate only when there is something to remove
        }

        JointSubject(candidate, trigger, passive, clauseEnd);

        // "the Uruguay Round": the name of talks is no party.
        NonPartyUses.Remove(context, sentence, candidate, first, end, nonParties);

        // The learned role model revises the rules' roles where it is confident ("the port was shelled by X", "a Liberian tanker").
        // Its subject feature names the clause's subject even where the rules had no need to look for it.
        if (roles.Active && !subjectSought && end > first)
        {
            subject = subjects.Find(sentence, trigger, first, end, clauseStart);
        }

        roles.Revise(new RoleSetting(sentence, trigger, candidate.Type, clauseStart, clauseEnd, passive, subject), candidate, first, end);
        candidate.PairTargets = context.PairUsed && candidate.Targets.Count > 0;
        return (clauseStart, clauseEnd);
    }
}
