using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// The actor of an act whose subject names no party but the article's context does: the voice of a statement ("WE condemn",
/// "MY GOVERNMENT demands", "neutralized by OUR rifle fire"), the fighters of the article's armed group ("THE GUERRILLAS DEMAND")
/// and the state at war with it ("THE PRESIDENT WARNED", "THE ARMY AND SECURITY CORPS DEPLOYED").
/// <para>
/// Why: explain-events put 51 of the 148 missed events of the corpus's tune split at the builder's missing party, most of them
/// in broadcasts and communiqués of the Central American and Colombian wars, which speak in the first person and call the sides
/// "the guerrillas" and "the government". The guidelines tie an unnamed force to the country of the story ("government forces"
/// in a story about Yemen = YE). Only a story of an armed conflict (one naming an armed group of the actor table) reads a
/// definite description or a plain "we" so: in ordinary news "the president warned" is mostly domestic politics and an
/// unquoted "we" a firm or a quotation whose marks were lost. A state's own voice ("my government") needs no armed group.
/// </para>
/// </summary>
internal sealed class ContextParties
{
    // "WE ARE VIGOROUSLY CONDEMNING", "THE ARMY AND SECURITY CORPS DEPLOYED": the subject stands a few words before the trigger.
    private static readonly TokenWindow SubjectReach = new(6, 0);

    // "NEUTRALIZED BY OUR RIFLE FIRE", "attacked by the guerrillas": the agent phrase right after a passive trigger.
    private static readonly TokenWindow AgentReach = new(0, 4);

    // The armed groups of the actor table with the one country each fights in (null when several or unknown).
    private static readonly Lazy<Dictionary<string, string?>> ArmedGroups = new(static () =>
        ActorTable.Default.Where(static r => r.Kind == "armed_group").GroupBy(static r => r.Name)
            .ToDictionary(static g => g.Key, static g => g.First().Home, StringComparer.Ordinal));

    private readonly Document document;

    private readonly ActorIndex index;

    private string? armedGroup;

    private bool armedGroupRead;

    /// <summary>Creates the resolver over one document and its participant mentions.</summary>
    public ContextParties(Document document, ActorIndex index)
    {
        this.document = document;
        this.index = index;
    }

    /// <summary>Who speaks or acts, as the words before the trigger say.</summary>
    internal enum Voice : byte
    {
        /// <summary>Nothing found.</summary>
        None,

        /// <summary>"we", "our forces": the party whose statement the article is.</summary>
        Speaker,

        /// <summary>"my government", "our country": a state speaking of itself.</summary>
        StateSpeaker,

        /// <summary>"the guerrillas", "the rebels".</summary>
        Fighters,

        /// <summary>"the government", "the president", "the armed forces".</summary>
        State,
    }

    /// <summary>
    /// The armed group the story is about, or null: the one named most often (first named on a tie), if named at least a third as often
    /// as the party the article names most. A group named in passing ("rocket strikes carried out by sympathizers of the PMF" in a story
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
                var counts = index.Mentions.Where(static m => m.Form != ActorForm.Pair).GroupBy(static m => m.Code)
                    .Select(static g => (Code: g.Key, Count: g.Count(), First: g.First().FirstToken)).ToList();
                int most = counts.Count == 0 ? 0 : counts.Max(static c => c.Count);
                armedGroup = counts.Where(c => ArmedGroups.Value.ContainsKey(c.Code) && c.Count * 3 >= most)
                    .OrderByDescending(static c => c.Count).ThenBy(static c => c.First).Select(static c => c.Code).FirstOrDefault();
            }

            return armedGroup;
        }
    }

    /// <summary>
    /// Adds the actor the context gives an act with none named, and for a hostile act with no target the other side of the
    /// article's war; true when an actor was added.
    /// </summary>
    public bool Resolve(Sentence sentence, TriggerMatch trigger, int clauseStart, EventCandidate candidate)
    {
        if (candidate.Actors.Count > 0)
        {
            return false;
        }

        Voice voice = candidate.Passive ? AgentAfter(sentence, trigger) : SubjectBefore(sentence, trigger, clauseStart);
        string? actor = ActorOf(voice, sentence, candidate.Targets);
        if (actor is null)
        {
            return false;
        }

        candidate.Actors.Add(actor);
        candidate.ActorsFromSubject = true;
        if (candidate.Targets.Count == 0 && !candidate.Mutual && candidate.Type is EventTaxonomy.Strike or EventTaxonomy.Threat or EventTaxonomy.Accusation or EventTaxonomy.Appeal
            && OtherSide(actor) is { } other)
        {
            // "THE PRESIDENT WARNED THAT THE ARMED FORCES ARE WILLING TO FIGHT", "THE GUERRILLAS DEMAND THE DISBANDMENT OF THE DEATH
            // SQUADS": in a story of one war the other side is the target of a hostile act or demand, not the article's two most
            // salient countries.
            candidate.Targets.Add(other);
            candidate.TargetsByDefault = true;
        }

        return true;
    }

    /// <summary>The party a voice stands for in this article, never one of the act's targets; null when the context gives none.</summary>
    internal string? ActorOf(Voice voice, Sentence sentence, List<string> targets)
    {
        string? group = ArmedGroup;
        switch (voice)
        {
            case Voice.Fighters:
                return group is not null && !targets.Contains(group) ? group : null;
            case Voice.State:
                return group is not null && WarCountry() is { } state && !targets.Contains(state) ? state : null;
            case Voice.StateSpeaker:
                return WarCountry() is { } own && !targets.Contains(own) ? own : FirstCountry(targets);
            case Voice.Speaker when group is null:
                return null;
            case Voice.Speaker:
                // A group does not name itself beside "we": "WE DEMAND THAT THE FMLN END ITS HOSTILITIES" is the state speaking.
                return !targets.Contains(group) && !NamesInSentence(sentence, group) ? group
                    : WarCountry() is { } home && !targets.Contains(home) ? home : null;
            default:
                return null;
        }
    }

    /// <summary>The other side of the article's war: its armed group for the state, its main country for the group.</summary>
    private string? OtherSide(string actor)
    {
        string? group = ArmedGroup;
        if (group is null)
        {
            return null;
        }

        string? state = WarCountry();
        return actor == group ? state : actor == state ? group : null;
    }

    /// <summary>
    /// The state at war with the article's armed group: the one country it fights in (the actor table's home), whatever the article
    /// names most (a story of the FMLN may name the United States more often than El Salvador, or a rebel bulletin no country at
    /// all); for a group without one home, the article's most salient country.
    /// </summary>
    private string? WarCountry()
    {
        if (ArmedGroup is not { } group)
        {
            return null;
        }

        return ArmedGroups.Value[group] ?? (index.Parties.Length > 0 ? index.Parties[0] : null);
    }

    private string? FirstCountry(List<string> targets)
    {
        foreach (string party in index.Parties)
        {
            if (!targets.Contains(party))
            {
                return party;
            }
        }

        return null;
    }

    private bool NamesInSentence(Sentence sentence, string code)
    {
        for (int m = index.FirstAtOrAfter(sentence.FirstToken); m < index.Mentions.Length && index.Mentions[m].FirstToken < sentence.EndToken; m++)
        {
            if (index.Mentions[m].Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject before the trigger (or opening it), read back to the clause start over words only: "we", "my/our" and a noun (or the
    /// trigger itself: "OUR TRUCE"), or "the" with a fighters' or state noun. A punctuation mark, a preposition or a clause opener
    /// ends the search: what lies beyond is another phrase or clause. A named party on the way is passed over: had it been the
    /// subject, the finders would have made it the actor.
    /// </summary>
    internal Voice SubjectBefore(Sentence sentence, TriggerMatch trigger, int clauseStart)
    {
        int from = Math.Max(clauseStart, SubjectReach.StartAt(trigger.FirstToken, sentence));
        int at = trigger.FirstToken - 1;
        if (document.Span(document.Tokens[trigger.FirstToken]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // A trigger may open with its own subject ("THE GUERRILLAS DEMANDED"): read its first words too.
            at = Math.Min(trigger.LastToken, trigger.FirstToken + 3);
        }
        else if (IsSubjectWord(document.Span(document.Tokens[trigger.FirstToken])))
        {
            // "WE CALL ON", "OUR TRUCE".
            at = trigger.FirstToken;
        }

        for (int t = at; t >= from; t--)
        {
            Token token = document.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                return Voice.None;
            }

            ReadOnlySpan<char> word = document.Span(token);
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase))
            {
                return IsQuoted(sentence, t) ? Voice.None : Voice.Speaker;
            }

            if (IsFirstPersonPossessive(word))
            {
                return IsGoverned(t) || IsQuoted(sentence, t) ? Voice.None
                    : document.IsWordOf(t + 1, EventWords.VoiceStateNouns) ? Voice.StateSpeaker : Voice.Speaker;
            }

            if (document.IsWordOf(t, EventWords.RebelNouns) && DefiniteStart(t) is int d1 && !IsGoverned(d1))
            {
                return Voice.Fighters;
            }

            if (document.IsWordOf(t, EventWords.StateForceNouns) && DefiniteStart(t) is int d2 && !IsGoverned(d2))
            {
                // "the rebel forces" are the fighters, "the armed forces" the state.
                return HasRebelNoun(d2 + 1, t) ? Voice.Fighters : Voice.State;
            }

            // "and" joins subjects ("THE ARMY AND SECURITY CORPS") and verbs sharing one ("WE CONDEMN ... AND DEMAND").
            if (EventWords.Prepositions.Contains(word) || (document.IsWordOf(t, EventWords.ClauseOpeners) && !word.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return Voice.None;
            }
        }

        return Voice.None;
    }

    /// <summary>"by our rifle fire", "by the guerrillas": the agent phrase of a passive trigger.</summary>
    internal Voice AgentAfter(Sentence sentence, TriggerMatch trigger)
    {
        int end = AgentReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken + 1; t + 1 < end; t++)
        {
            if (!document.Span(document.Tokens[t]).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            ReadOnlySpan<char> next = document.Span(document.Tokens[t + 1]);
            if (IsFirstPersonPossessive(next))
            {
                return IsQuoted(sentence, t) ? Voice.None : Voice.Speaker;
            }

            if (next.Equals("the", StringComparison.OrdinalIgnoreCase) && t + 2 < sentence.EndToken && document.IsWordOf(t + 2, EventWords.RebelNouns))
            {
                return Voice.Fighters;
            }

            return Voice.None;
        }

        return Voice.None;
    }

    private bool HasRebelNoun(int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (document.IsWordOf(t, EventWords.RebelNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubjectWord(ReadOnlySpan<char> word) => word.Equals("we", StringComparison.OrdinalIgnoreCase) || IsFirstPersonPossessive(word);

    private static bool IsFirstPersonPossessive(ReadOnlySpan<char> word) =>
        word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the guerrillas", "the armed forces", "the security forces": the index of "the" up to two words before the noun, or null; null
    /// too for a part or count of the forces ("the five other rebel groups").
    /// </summary>
    private int? DefiniteStart(int noun)
    {
        for (int t = noun - 1; t >= 0 && t >= noun - 3; t--)
        {
            Token token = document.Tokens[t];
            if (token.Kind != TokenKind.Word || document.IsWordOf(t, EventWords.PartQuantifiers))
            {
                return null;
            }

            if (document.Span(token).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>"of the government", "in our territory": a preposition governs the phrase starting at <paramref name="start"/>.</summary>
    private bool IsGoverned(int start) =>
        start > 0 && document.Tokens[start - 1].Kind == TokenKind.Word && EventWords.Prepositions.Contains(document.Span(document.Tokens[start - 1]));

    /// <summary>A quotation mark before <paramref name="token"/> in its sentence: the words are someone's quoted speech, not the article's voice.</summary>
    private bool IsQuoted(Sentence sentence, int token)
    {
        for (int t = sentence.FirstToken; t < token; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }
}
