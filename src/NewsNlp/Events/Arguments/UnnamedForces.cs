using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// The sides of an act told with owner-less force phrases in a story of one war: "3RD BRIGADE TROOPS KILLED ...", "TROOPS OF THE
/// 5TH DETACHMENT WERE ATTACKED BY THE REBELS", "URBAN GUERRILLA COMMANDOS HARASSED TROOPS", "CLASHES BETWEEN TROOPS AND
/// GUERRILLAS". The guidelines tie an unnamed force to the party the story gives it ("government forces" in a story about Yemen =
/// YE); <see cref="ContextParties"/> says which party each side is.
/// <para>
/// Why: of a seeded sample of 80 argument errors and lost candidates of the event corpus's tune split (development), 20 were acts
/// whose actor or target is such a phrase, in the bulletins of the Salvadoran and Colombian wars: the finders read named parties
/// only, and the voice reader (<see cref="VoiceReader"/>) only a definite subject ("the army"), never an indefinite one, a target
/// or a passive subject. Six more were clashes between two sides cut to actor and target, where the guidelines make a reciprocal
/// act mutual.
/// </para>
/// </summary>
internal sealed class UnnamedForces
{
    // Unarmed people a force may clash with ("protesters", "villagers").
    private static readonly WordClass CrowdNouns = Lexicon.Default.Class("events/crowd-nouns");

    // Words of combat in which both sides fight ("clashes", "fought").
    private static readonly WordClass ReciprocalCombatWords = Lexicon.Default.Class("events/reciprocal-combat-words");

    // "fought off", "fought back": particles that turn a word of combat into one side's repelling of the other.
    private static readonly WordClass RepelParticles = Lexicon.Default.Class("events/repel-particles");

    // "TROOPS OF THE 5TH DETACHMENT GUARDING THE BRIDGE AT LAS GUARAS WERE ATTACKED": the subject's head may stand that far back.
    private static readonly TokenWindow SubjectReach = new(12, 0);

    // "HARASSED TROOPS", "REPELLED THE REBEL COLUMNS", "CLASHES WITH TROOPS OF": the object's head within a few words after.
    private static readonly TokenWindow ObjectReach = new(0, 5);

    // "CLASHES WERE REPORTED BETWEEN TROOPS OF THE 3RD BRIGADE AND GUERRILLAS": "between" within a few words after a clash, its two
    // sides within a dozen more.
    private static readonly TokenWindow BetweenReach = new(0, 16);

    // "WERE ATTACKED EARLY THIS MORNING BY THE REBELS": the agent's "by" within a few words after a passive trigger.
    private static readonly TokenWindow AgentReach = new(0, 5);

    private readonly Document document;

    private readonly ForcePhrases phrases;

    /// <summary>Creates the reader over one document and its participant mentions.</summary>
    public UnnamedForces(Document document, ActorIndex index)
    {
        this.document = document;
        phrases = new ForcePhrases(document, index);
    }

    /// <summary>
    /// True when the trigger holds a word of combat in which both sides fight ("clashes", "fought") and no crowd stands right after it:
    /// "French troops clash with Ivory Coast protesters" is the troops' act on the crowd, not a fight of two armed sides.
    /// </summary>
    public bool IsReciprocal(Sentence sentence, TriggerMatch trigger) => IsReciprocal(document, sentence, trigger);

    /// <summary>
    /// True when <paramref name="trigger"/> holds a word of combat in which both sides fight and no crowd stands right after it (see the
    /// instance method); <see cref="ClashSides"/> reads it without a story's war.
    /// </summary>
    internal static bool IsReciprocal(Document document, Sentence sentence, TriggerMatch trigger)
    {
        bool combat = false;
        for (int t = trigger.FirstToken; t <= trigger.LastToken && !combat; t++)
        {
            // "fought off the Iranians", "fought back": one side repels the other, it is its act on them.
            combat = document.IsWordOf(t, ReciprocalCombatWords) && !(t + 1 < document.Tokens.Length && document.IsWordOf(t + 1, RepelParticles));
        }

        if (!combat)
        {
            return false;
        }

        return !document.HasWordOf(trigger.FirstToken, ObjectReach.EndAt(trigger.LastToken, sentence), CrowdNouns);
    }

    /// <summary>
    /// The side that did the act: the force right before a nominal trigger ("a new guerrilla offensive"), the agent after "by" of a
    /// passive trigger, else the nearest force phrase before the trigger in its clause that no preposition governs.
    /// </summary>
    /// <param name="sentence">The trigger's sentence.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="clauseStart">The first token of the trigger's clause.</param>
    /// <param name="passive">True for a passive trigger.</param>
    /// <param name="wholeSide">
    /// True for an act of a side as a whole (a truce, an appeal, talks): a part or count of the forces ("the five other rebel groups
    /// declared a truce") is then no side. A strike is done by whatever part fights ("two army patrols attacked").
    /// </param>
    public ForceSide Doer(Sentence sentence, TriggerMatch trigger, int clauseStart, bool passive, bool wholeSide)
    {
        if (passive)
        {
            return Agent(sentence, trigger, wholeSide);
        }

        return SubjectBefore(sentence, trigger, clauseStart, wholeSide);
    }

    /// <summary>
    /// The side an owner-less force word right before the trigger names ("A NEW GUERRILLA OFFENSIVE", "AN ARMY ATTACK"): a nominal
    /// trigger's modifier is its doer, or the subject of a verbal one. None when the word before is no such head.
    /// </summary>
    public ForceSide RightBefore(TriggerMatch trigger) =>
        trigger.FirstToken > 0 ? phrases.SideOfHead(trigger.FirstToken - 1) : ForceSide.None;

    /// <summary>
    /// The side the act was done to: the subject before a passive trigger ("troops ... were attacked"), else the object right after
    /// the trigger or after its "with", "against" or "on" ("harassed troops", "clashes with troops of the 4th brigade").
    /// </summary>
    public ForceSide Undergoer(Sentence sentence, TriggerMatch trigger, int clauseStart, int clauseEnd, bool passive)
    {
        if (passive)
        {
            return SubjectBefore(sentence, trigger, clauseStart, wholeSide: false);
        }

        int end = Math.Min(clauseEnd, ObjectReach.EndAt(trigger.LastToken, sentence));
        int t = trigger.LastToken + 1;
        if (t < end && phrases.Word(t) is "with" or "against" or "on" or "between")
        {
            t++;
        }

        for (; t < end; t++)
        {
            if (phrases.SideOfHead(t) is var side && side != ForceSide.None)
            {
                return side;
            }

            if (!phrases.IsModifierWord(t))
            {
                break;
            }
        }

        // A trigger the tagger joined to its object ("fought the rebels"): the object inside it, unless the trigger opens with its doer ("rebel attack").
        if (phrases.SideOfHead(trigger.FirstToken) == ForceSide.None && !phrases.IsRebelNoun(trigger.FirstToken))
        {
            for (int h = trigger.FirstToken + 1; h <= trigger.LastToken; h++)
            {
                if (phrases.SideOfHead(h) is var side && side != ForceSide.None)
                {
                    return side;
                }
            }
        }

        return ForceSide.None;
    }

    /// <summary>
    /// The two sides of a "between X and Y" phrase a few words after a clash ("CLASHES WERE REPORTED BETWEEN TROOPS OF THE 1ST BRIGADE AND
    /// GUERRILLAS"), each none when it is no owner-less force phrase.
    /// </summary>
    public (ForceSide First, ForceSide Second) Between(Sentence sentence, TriggerMatch trigger, int clauseEnd)
    {
        int end = Math.Min(clauseEnd, BetweenReach.EndAt(trigger.LastToken, sentence));
        int t = trigger.LastToken + 1;
        while (t < end && phrases.Word(t) is not "between")
        {
            t++;
        }

        if (t >= end)
        {
            return (ForceSide.None, ForceSide.None);
        }

        ForceSide first = ForceSide.None;
        ForceSide second = ForceSide.None;
        for (t++; t < end && phrases.Word(t) is not "and"; t++)
        {
            if (first == ForceSide.None)
            {
                first = phrases.SideOfHead(t);
            }
        }

        for (t++; t < end && second == ForceSide.None; t++)
        {
            second = phrases.SideOfHead(t);
            if (second == ForceSide.None && !phrases.IsModifierWord(t))
            {
                break;
            }
        }

        return (first, second);
    }

    private ForceSide Agent(Sentence sentence, TriggerMatch trigger, bool wholeSide)
    {
        int end = AgentReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            if (phrases.Word(t) is not "by")
            {
                continue;
            }

            for (int h = t + 1; h < Math.Min(sentence.EndToken, t + 2 + ForcePhrases.ModifierWords); h++)
            {
                if (phrases.SideOfHead(h, wholeSide) is var side && side != ForceSide.None)
                {
                    return side;
                }

                if (!phrases.IsModifierWord(h))
                {
                    break;
                }
            }

            return ForceSide.None;
        }

        return ForceSide.None;
    }

    private ForceSide SubjectBefore(Sentence sentence, TriggerMatch trigger, int clauseStart, bool wholeSide)
    {
        int from = Math.Max(clauseStart, SubjectReach.StartAt(trigger.FirstToken, sentence));
        for (int t = trigger.FirstToken - 1; t >= from; t--)
        {
            ForceSide side = phrases.SideOfHead(t, wholeSide);
            if (side == ForceSide.None)
            {
                continue;
            }

            // "IN CLASHES WITH TROOPS", "TO COUNTER THE REBELS": a governed phrase is no subject; "MEMBERS OF THE ARMY" is.
            int start = phrases.PhraseStart(t);
            string? before = start > sentence.FirstToken ? phrases.Word(start - 1) : null;
            bool governed = before is not null && EventWords.Prepositions.Contains(before)
                && !(before is "of" && start - 2 >= sentence.FirstToken && EventWords.Members.Contains(phrases.Word(start - 2)));
            if (!governed)
            {
                return side;
            }

            t = start;
        }

        return ForceSide.None;
    }
}
