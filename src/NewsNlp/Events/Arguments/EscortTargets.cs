using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// A deployment that escorts or protects ("U.S. warships began escorting two Kuwaiti tankers southward from Kuwait", "warships
/// protected a Kuwaiti ship") is done for what it escorts, not to it: the ships escorted, their flag and the port they sail from are
/// no targets. Why: the event corpus's train split codes every such escort with the navy as actor and no target (6 of its argument
/// errors, development). Applied after the verifier, which learned from the candidates' roles before it.
/// </summary>
internal static class EscortTargets
{
    // "warships in the gulf two weeks ago protected": the word of protecting within six tokens after the force noun the trigger is.
    private static readonly TokenWindow ProtectionReach = new(0, 6);

    /// <summary>
    /// Clears the targets of a mobilization whose trigger holds a word of protecting (<c>protection-words</c>: escort, protect), or is
    /// followed by one before any comma ("warships began escorting").
    /// </summary>
    public static void Apply(Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
        if (candidate.Type != EventTaxonomy.Mobilization || candidate.Targets.Count == 0 || candidate.Actors.Count == 0)
        {
            return;
        }

        int end = ProtectionReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.FirstToken; t < end; t++)
        {
            if (document.Span(document.Tokens[t]) is "," or ";" or ":")
            {
                return;
            }

            if (document.Is(t, EventWords.ProtectionWords))
            {
                candidate.Targets.Clear();
                candidate.TargetsByDefault = false;
                return;
            }
        }
    }
}
