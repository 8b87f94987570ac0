namespace NewsNlp.Events;

/// <summary>An event found in one sentence, before merging with other references to the same event.</summary>
internal sealed class EventCandidate
{
    /// <summary>The event type.</summary>
    public required string Type { get; init; }

    /// <summary>Actor codes, in text order.</summary>
    public List<string> Actors { get; } = [];

    /// <summary>Target codes, in text order.</summary>
    public List<string> Targets { get; } = [];

    /// <summary>Weapons named near the trigger.</summary>
    public List<string> Weapons { get; } = [];

    /// <summary>The resolved day, or null.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Region, district or country where it happened, or null.</summary>
    public string? Location { get; set; }

    /// <summary>Who the article says reported it, or null.</summary>
    public string? Attribution { get; set; }

    /// <summary>Evidence start offset (the sentence or clause).</summary>
    public int Start { get; set; }

    /// <summary>Evidence end offset.</summary>
    public int End { get; set; }

    /// <summary>Offset of the trigger.</summary>
    public int TriggerStart { get; init; }

    /// <summary>Sentence indexes of every reference merged into this event.</summary>
    public List<int> Sentences { get; } = [];

    /// <summary>The evidence spans of the other references merged into this event (its own is <see cref="Start"/>..<see cref="End"/>),
    /// unordered: the event layer sorts them. A set, because one event of a long article can absorb thousands of references and a
    /// list's membership test made merging quadratic.</summary>
    public HashSet<(int Start, int End)> MergedEvidence { get; } = [];

    /// <summary>From 0 to 1.</summary>
    public double Confidence { get; set; }

    /// <summary>True for back-references ("these two attacks", "the exchange of blows") and boilerplate lines: they merge but never create.</summary>
    public bool ReferenceOnly { get; set; }

    /// <summary>True when the participants act together (all actors, no targets).</summary>
    public bool Mutual { get; set; }

    /// <summary>True for a clash of two sides ("clashes", "fought": a word of combat with both sides known), mutual as one fight; an "exchange of
    /// attacks" is mutual as the sum of both sides' strikes, told elsewhere one by one.</summary>
    public bool Clash { get; set; }

    /// <summary>The target <see cref="Arguments.StrikePlace"/> added as the place a strike was done in ("in Baghdad"), or null: the place
    /// of a clash is where both sides fought, no side (<see cref="Arguments.ClashSides"/>).</summary>
    public string? PlaceTarget { get; set; }

    /// <summary>True when the trigger is a weak word of the lexicon ("killing", "shelled"): the toll or a detail of an act told beside it.</summary>
    public bool WeakTrigger { get; init; }

    /// <summary>True when the text marks the act as another one ("another attack", "a separate raid"): it never merges.</summary>
    public bool Distinct { get; set; }

    /// <summary>True when the trigger is a passive verb without a "by" agent ("has been accused").</summary>
    public bool AgentlessPassive { get; set; }

    /// <summary>True when the targets came from "both sides" or "the parties": the main parties other than the actors.</summary>
    public bool PairTargets { get; set; }

    /// <summary>True when the targets are the article's main parties, not named by the sentence: they never decide a merge.</summary>
    public bool TargetsByDefault { get; set; }

    /// <summary>True when an appeal's addressee or the partner of talks is the world or an open group no code names ("urged the international community", "met with other nations"): no target, yet addressed.</summary>
    public bool UnnamedCounterpart { get; set; }

    /// <summary>True for a definite reference that names its own doer and target: it joins a told event, else becomes one.</summary>
    public bool SelfContained { get; set; }

    /// <summary>True when the trigger is a passive verb or a noun after "by".</summary>
    public bool Passive { get; set; }

    /// <summary>True when the actors are the subject before the trigger (not a "by" agent, a possessive or a modifier).</summary>
    public bool ActorsFromSubject { get; set; }

    /// <summary>A copy of this candidate with <paramref name="actor"/> as its only actor.</summary>
    public EventCandidate CopyWithActor(string actor)
    {
        var copy = new EventCandidate
        {
            Type = Type,
            TriggerStart = TriggerStart,
            Date = Date,
            Location = Location,
            Attribution = Attribution,
            Start = Start,
            End = End,
            Confidence = Confidence,
            ReferenceOnly = ReferenceOnly,
            Mutual = Mutual,
            WeakTrigger = WeakTrigger,
            Clash = Clash,
            PlaceTarget = PlaceTarget,
            AgentlessPassive = AgentlessPassive,
            Distinct = Distinct,
            Passive = Passive,
            ActorsFromSubject = ActorsFromSubject,
            PairTargets = PairTargets,
            TargetsByDefault = TargetsByDefault,
            UnnamedCounterpart = UnnamedCounterpart,
            SelfContained = SelfContained,
        };
        copy.Actors.Add(actor);
        copy.Targets.AddRange(Targets);
        copy.Weapons.AddRange(Weapons);
        copy.Sentences.AddRange(Sentences);
        copy.MergedEvidence.UnionWith(MergedEvidence);
        return copy;
    }

    /// <summary>Every participant, actors then targets.</summary>
    public IEnumerable<string> Participants => Actors.Concat(Targets);

    /// <summary>How specific the reference is: more named arguments come first when merging (a clash with both sides named is as full as a one-sided act with its target).</summary>
    public int Specificity => (Actors.Count > 0 ? 2 : 0) + (Targets.Count > 0 || (Clash && Actors.Count >= 2) ? 2 : 0) + (Date is null ? 0 : 2) + Weapons.Count + (ReferenceOnly ? -10 : 0);
}
