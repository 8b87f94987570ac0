using NewsNlp.Extraction.Dates;
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

    /// <summary>Creates a finder over one document, its participant mentions and its date records (sorted by start).</summary>
    public ArgumentFinder(Document document, ActorIndex index, DateEntity[] dates)
    {
        context = new MentionContext(document, index);
        agents = new AgentFinder(context);
        subjects = new SubjectFinder(context, new Asides(document, dates));
        targets = new TargetFinder(context);
    }

    /// <summary>The subject finder, for speakers named elsewhere in the sentence.</summary>
    public SubjectFinder Subjects => subjects;

    /// <summary>Fills the actors and targets of <paramref name="candidate"/>; returns the clause bounds used.</summary>
    public (int Start, int End) FindParticipants(Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
        Document document = context.Document;
        context.ResetPairUsed();
        (int clauseStart, int clauseEnd) = ClauseBounds.Around(document, sentence, trigger);
        int first = context.Index.FirstAtOrAfter(sentence.FirstToken);
        int end = context.Index.FirstAtOrAfter(sentence.EndToken);
        bool passive = PassiveVoice.IsPassive(document, trigger);

        agents.AddModifier(trigger, candidate, first, end, passive);
        agents.AddBetween(trigger, candidate, first, end, clauseEnd);
        if (candidate.Actors.Count == 0 && (!EventTaxonomy.IsAddressed(candidate.Type) || passive))
        {
            agents.AddAgent(trigger, candidate, first, end, clauseEnd);
        }

        candidate.AgentlessPassive = passive && candidate.Actors.Count == 0;
        candidate.Passive = passive;

        // The subject: 'Stoltenberg wrote, "I count on Turkey"' has the speaker as subject, which the caller resolves.
        if ((candidate.Actors.Count == 0 || passive) && !SpeakerCues.IsFirstPersonInQuote(document, sentence, trigger))
        {
            int subject = subjects.Find(sentence, trigger, first, end, clauseStart);
            if (subject >= 0)
            {
                candidate.ActorsFromSubject = !passive && candidate.Actors.Count == 0;
                context.AddGroup(passive ? candidate.Targets : candidate.Actors, subject, first, end);
            }
        }

        // A reciprocal act with both sides named ("an exchange of fire between Iran and Iraq fell on Kuwait") has no target.
        if (candidate.Targets.Count == 0 && !(candidate.Mutual && candidate.Actors.Count >= 2))
        {
            targets.AddTarget(trigger, candidate, first, end, clauseEnd);
        }

        if (candidate.Targets.Count == 0 && candidate.Type == EventTaxonomy.Strike)
        {
            targets.AddInstrumentTarget(trigger, candidate, first, end, clauseStart);
        }

        if (candidate.Targets.Count > 0 && candidate.Actors.Count > 0)
        {
            candidate.Targets.RemoveAll(candidate.Actors.Contains);   // the delegate only when there is something to remove
        }

        candidate.PairTargets = context.PairUsed && candidate.Targets.Count > 0;
        return (clauseStart, clauseEnd);
    }
}
