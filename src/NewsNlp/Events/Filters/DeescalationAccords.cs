namespace NewsNlp.Events.Filters;

/// <summary>
/// A ceasefire, truce, peace accord or pull-back agreement is a de-escalation only, never also an agreement (GUIDELINES: agreement vs
/// de-escalation). "Signed a ceasefire", "signed a truce agreement", "concluded a peace treaty" match an agreement trigger and a
/// de-escalation trigger on the same accord noun; the agreement twin is dropped once both passed the verifier.
/// Why after the verifier, not in <see cref="EmbeddedTriggers"/>: there the twin would also leave the verifier's training candidates
/// (the event corpus codes some signed truces as agreements), and the verifier retrained without them scored other agreements lower
/// (session 17, branch ev18r: dev30's "entered into an agreement with the government of Syria" fell under the floor). Here the
/// verifier's inputs stay as they were.
/// </summary>
internal static class DeescalationAccords
{
    /// <summary>
    /// Removes from <paramref name="candidates"/> each agreement of <paramref name="kept"/> (one sentence's verified triggers and their
    /// candidates) whose accord noun (its trigger's last word) a kept de-escalation trigger covers ("signed a ceasefire", "concluded a
    /// peace treaty") or modifies right before it ("a truce agreement", "the withdrawal accord").
    /// </summary>
    public static void DropAgreementTwins(List<(TriggerMatch Trigger, EventCandidate Candidate)> kept, List<EventCandidate> candidates)
    {
        if (kept.Count < 2)
        {
            return;
        }

        foreach ((TriggerMatch agreement, EventCandidate candidate) in kept)
        {
            if (agreement.Type == EventTaxonomy.Agreement && IsDeescalationAccord(kept, agreement.LastToken))
            {
                candidates.Remove(candidate);
            }
        }
    }

    private static bool IsDeescalationAccord(List<(TriggerMatch Trigger, EventCandidate Candidate)> kept, int noun)
    {
        foreach ((TriggerMatch trigger, _) in kept)
        {
            if (trigger.Type == EventTaxonomy.Deescalation && trigger.FirstToken <= noun && noun <= trigger.LastToken + 1)
            {
                return true;
            }
        }

        return false;
    }
}
