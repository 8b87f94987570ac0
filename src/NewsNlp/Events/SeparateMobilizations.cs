namespace NewsNlp.Events;

/// <summary>
/// "Greek and Turkish warships headed for a clash": each side mobilizes on its own, so coordinated actors
/// of a (non-reciprocal) mobilization become one event each.
/// </summary>
internal static class SeparateMobilizations
{
    /// <summary>Leaves <paramref name="candidate"/> its first actor and adds one copy per further actor to <paramref name="candidates"/>.</summary>
    public static void Split(EventCandidate candidate, List<EventCandidate> candidates)
    {
        if (candidate.Type != EventTaxonomy.Mobilization || candidate.Mutual || candidate.Actors.Count < 2)
        {
            return;
        }

        for (int a = candidate.Actors.Count - 1; a >= 1; a--)
        {
            EventCandidate other = candidate.CopyWithActor(candidate.Actors[a]);
            candidate.Actors.RemoveAt(a);
            candidates.Add(other);
        }
    }
}
