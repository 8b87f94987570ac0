using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// The war an article tells, when it tells one: the armed group it is about, the state that group fights, and so the other side of
/// each (<see cref="ContextParties"/> reads unnamed voices and forces with it; <see cref="AddOtherSide"/> gives a side's act with no
/// target the other side).
/// </summary>
internal sealed class ArticleWar
{
    private readonly Document document;

    private readonly ActorIndex index;

    private string? armedGroup;

    private bool armedGroupRead;

    /// <summary>Creates the reader over one document's participant mentions.</summary>
    public ArticleWar(Document document, ActorIndex index)
    {
        this.document = document;
        this.index = index;
    }

    /// <summary>
    /// The armed group the story is about, or null: the group whose station the article names ("RADIO FARABUNDO MARTI"), else the one
    /// named most often (first named on a tie), if named at least a third as often as the party the article names most. A group named in passing ("rocket strikes carried out by sympathizers of the PMF" in a story
    /// of a US strike on Iran's general) does not make "the president" the head of that group's state: in that dev30 story "the military
    /// strike" was read so before "military" left the state nouns. On the corpus's train split (development) the bar costs 5 of the
    /// 20 events the resolver recovers there and removes 3 of its 7 false ones (half as often: 8 and 3); it is kept for ordinary news,
    /// where groups are named in passing.
    /// </summary>
    public string? ArmedGroup
    {
        get
        {
            if (!armedGroupRead)
            {
                armedGroupRead = true;

                // Most articles name no armed group: they skip the count (a grouping of every mention, measurable over news).
                if (!HasArmedGroupMention())
                {
                    return null;
                }

                // "RADIO FARABUNDO MARTI": an article that names a group's own station is that station's bulletin, the group's voice
                // however seldom the text names it (session 18, ev20r).
                if (StationGroup() is { } station)
                {
                    armedGroup = station;
                    return armedGroup;
                }

                var counts = index.Mentions.Where(static m => m.Form != ActorForm.Pair).GroupBy(static m => m.Code)
                    .Select(static g => (Code: g.Key, Count: g.Count(), First: g.First().FirstToken)).ToList();
                int most = counts.Count == 0 ? 0 : counts.Max(static c => c.Count);
                armedGroup = counts.Where(c => ActorTable.IsArmedGroup(c.Code, out _) && c.Count * 3 >= most)
                    .OrderByDescending(static c => c.Count).ThenBy(static c => c.First).Select(static c => c.Code).FirstOrDefault();
            }

            return armedGroup;
        }
    }

    /// <summary>
    /// True when the article names any armed group of the actor table, however seldom: a story of armed conflict, where a statement in
    /// the first person is a side's bulletin; in ordinary news a plain "we" is a firm's or a quotation's whose marks were lost.
    /// </summary>
    public bool NamesArmedGroup => HasArmedGroupMention();

    /// <summary>The armed group named right after "radio" (its station: "RADIO FARABUNDO MARTI"), the first such; null when none.</summary>
    private string? StationGroup()
    {
        foreach (ActorMention mention in index.Mentions)
        {
            if (mention.Form != ActorForm.Pair && mention.FirstToken > 0 && ActorTable.IsArmedGroup(mention.Code, out _)
                && document.Span(document.Tokens[mention.FirstToken - 1]).Equals("radio", StringComparison.OrdinalIgnoreCase))
            {
                return mention.Code;
            }
        }

        return null;
    }

    private bool HasArmedGroupMention()
    {
        foreach (ActorMention mention in index.Mentions)
        {
            if (mention.Form != ActorForm.Pair && ActorTable.IsArmedGroup(mention.Code, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The state at war with the article's armed group: the one country it fights in (the actor table's home), whatever the article
    /// names most (a story of the FMLN may name the United States more often than El Salvador, or a rebel bulletin no country at
    /// all); for a group without one home, the article's most salient country.
    /// </summary>
    public string? Country()
    {
        if (ArmedGroup is not { } group)
        {
            return null;
        }

        return ActorTable.IsArmedGroup(group, out string? home) && home is not null ? home : index.Parties.Length > 0 ? index.Parties[0] : null;
    }

    /// <summary>The other side of the article's war: its armed group for the state, its main country for the group.</summary>
    public string? OtherSide(string actor)
    {
        string? group = ArmedGroup;
        if (group is null)
        {
            return null;
        }

        string? state = Country();
        return actor == group ? state : actor == state ? group : null;
    }

    /// <summary>
    /// In a story of one war, a hostile act or demand of one side with no target named is done to the other side: "ATLACATL BATTALION
    /// TROOPS ... CONDUCT A COUNTERINSURGENCY OPERATION" in a story of the FMLN is El Salvador's act on the FMLN, not on the other
    /// country the article names most (the United States, say). <see cref="ContextParties.ResolveVoice"/> already does so for an actor
    /// it reads from the voice; this does it for an actor named or read from a force phrase. Why: of the matched strikes of the
    /// corpus's tune split (development), five of one war's sides had no target or a default country where the corpus codes the other
    /// side. A group's act goes to its home state only when that state is the country the story is about: the Houthis' strikes in a
    /// story of Saudi Arabia's war were done to Saudi Arabia, not to Yemen (dev30).
    /// </summary>
    public void AddOtherSide(TriggerMatch trigger, EventCandidate candidate)
    {
        if (candidate.Targets.Count > 0 || candidate.Mutual || candidate.Actors.Count != 1 || trigger.Pattern.Reference
            || candidate.Type is not (EventTaxonomy.Strike or EventTaxonomy.Threat or EventTaxonomy.Accusation or EventTaxonomy.Appeal)
            || OtherSide(candidate.Actors[0]) is not { } other
            || (candidate.Actors[0] == ArmedGroup && (index.Parties.Length == 0 || index.Parties[0] != other)))
        {
            return;
        }

        candidate.Targets.Add(other);
        candidate.TargetsByDefault = true;
    }
}
