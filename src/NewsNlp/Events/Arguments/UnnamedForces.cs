using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Which side of the article's war an owner-less force phrase names (<see cref="UnnamedForces"/>).</summary>
internal enum ForceSide : byte
{
    /// <summary>No force phrase, or one whose owner is named ("FMLN troops", "Honduran troops": the finders read those).</summary>
    None,

    /// <summary>"the rebels", "guerrilla commandos", "rebel troops": the article's armed group.</summary>
    Fighters,

    /// <summary>"troops", "3rd brigade troops", "the security forces": the state the group fights.</summary>
    State,
}

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
    // Heads of a state's force phrase ("troops", "brigade", "forces").
    private static readonly WordClass StateTroopNouns = Lexicon.Default.Class("events/state-troop-nouns");

    // Fighters of an armed group without its name ("guerrillas", "rebels").
    private static readonly WordClass RebelNouns = Lexicon.Default.Class("events/rebel-nouns");

    // Words inside a force phrase before its head ("army troops", "the security forces", "enemy troops").
    private static readonly WordClass ForceModifiers = Lexicon.Default.Class("events/force-modifiers");

    // Unarmed people a force may clash with ("protesters", "villagers").
    private static readonly WordClass CrowdNouns = Lexicon.Default.Class("events/crowd-nouns");

    // Words that make a force phrase a part or count of the side ("the five other rebel groups"), not the side itself.
    private static readonly WordClass PartQuantifiers = Lexicon.Default.Class("events/part-quantifiers");

    // Words of combat in which both sides fight ("clashes", "fought").
    private static readonly WordClass ReciprocalCombatWords = Lexicon.Default.Class("events/reciprocal-combat-words");

    // "3RD INFANTRY BRIGADE TROOPS", "THE SALVADORAN AIR FORCE": modifiers stand at most four words before the head.
    private const int ModifierWords = 4;

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

    private readonly ActorIndex index;

    /// <summary>Creates the reader over one document and its participant mentions.</summary>
    public UnnamedForces(Document document, ActorIndex index)
    {
        this.document = document;
        this.index = index;
    }

    /// <summary>
    /// True when the trigger holds a word of combat in which both sides fight ("clashes", "fought") and no crowd stands right after it:
    /// "French troops clash with Ivory Coast protesters" is the troops' act on the crowd, not a fight of two armed sides.
    /// </summary>
    public bool IsReciprocal(Sentence sentence, TriggerMatch trigger)
    {
        bool combat = false;
        for (int t = trigger.FirstToken; t <= trigger.LastToken && !combat; t++)
        {
            combat = document.IsWordOf(t, ReciprocalCombatWords);
        }

        if (!combat)
        {
            return false;
        }

        int end = ObjectReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.FirstToken; t < end; t++)
        {
            if (document.IsWordOf(t, CrowdNouns))
            {
                return false;
            }
        }

        return true;
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
        if (t < end && Word(t) is "with" or "against" or "on" or "between")
        {
            t++;
        }

        for (; t < end; t++)
        {
            if (SideOfHead(t) is var side && side != ForceSide.None)
            {
                return side;
            }

            if (!IsModifierWord(t))
            {
                break;
            }
        }

        // A trigger the tagger joined to its object ("fought the rebels"): the object inside it, unless the trigger opens with its doer ("rebel attack").
        if (SideOfHead(trigger.FirstToken) == ForceSide.None && !document.IsWordOf(trigger.FirstToken, RebelNouns))
        {
            for (int h = trigger.FirstToken + 1; h <= trigger.LastToken; h++)
            {
                if (SideOfHead(h) is var side && side != ForceSide.None)
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
        while (t < end && Word(t) is not "between")
        {
            t++;
        }

        if (t >= end)
        {
            return (ForceSide.None, ForceSide.None);
        }

        ForceSide first = ForceSide.None;
        ForceSide second = ForceSide.None;
        for (t++; t < end && Word(t) is not "and"; t++)
        {
            if (first == ForceSide.None)
            {
                first = SideOfHead(t);
            }
        }

        for (t++; t < end && second == ForceSide.None; t++)
        {
            second = SideOfHead(t);
            if (second == ForceSide.None && !IsModifierWord(t))
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
            if (Word(t) is not "by")
            {
                continue;
            }

            for (int h = t + 1; h < Math.Min(sentence.EndToken, t + 2 + ModifierWords); h++)
            {
                if (SideOfHead(h, wholeSide) is var side && side != ForceSide.None)
                {
                    return side;
                }

                if (!IsModifierWord(h))
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
            ForceSide side = SideOfHead(t, wholeSide);
            if (side == ForceSide.None)
            {
                continue;
            }

            // "IN CLASHES WITH TROOPS", "TO COUNTER THE REBELS": a governed phrase is no subject; "MEMBERS OF THE ARMY" is.
            int start = PhraseStart(t);
            string? before = start > sentence.FirstToken ? Word(start - 1) : null;
            bool governed = before is not null && EventWords.Prepositions.Contains(before)
                && !(before is "of" && start - 2 >= sentence.FirstToken && EventWords.Members.Contains(Word(start - 2)));
            if (!governed)
            {
                return side;
            }

            t = start;
        }

        return ForceSide.None;
    }

    /// <summary>The side of the force phrase whose head is token <paramref name="t"/>, or none (also for a part or count of the side when <paramref name="wholeSide"/>).</summary>
    private ForceSide SideOfHead(int t, bool wholeSide = false)
    {
        bool rebel = document.IsWordOf(t, RebelNouns);
        if ((!rebel && !document.IsWordOf(t, StateTroopNouns)) || IsInMention(t))
        {
            return ForceSide.None;
        }

        // A rebel noun that modifies another force word ("rebel troops", "guerrilla commandos") is read at that word.
        if (rebel && t + 1 < document.Tokens.Length && (document.IsWordOf(t + 1, StateTroopNouns) || document.IsWordOf(t + 1, RebelNouns)))
        {
            return ForceSide.None;
        }

        for (int m = t - 1; m >= 0 && m >= t - ModifierWords; m--)
        {
            if (IsInMention(m) || Word(m) is "our" or "my" or "we" or "your")
            {
                // "FMLN TROOPS", "VIDES CASANOVA'S TROOPS", "HONDURAN TROOPS": the owner is named, the finders read it; "OUR FORCES"
                // is the voice's (VoiceReader).
                return ForceSide.None;
            }

            if (!IsForceModifier(m))
            {
                break;
            }

            if (wholeSide && (document.IsWordOf(m, PartQuantifiers) || document.Tokens[m].Kind == TokenKind.Number))
            {
                return ForceSide.None;
            }

            rebel |= document.IsWordOf(m, RebelNouns);
        }

        // "TROOPS OF THE FMLN", "FORCES OF IRAQ": the owner follows.
        if (t + 1 < document.Tokens.Length && Word(t + 1) is "of")
        {
            for (int o = t + 2; o < Math.Min(document.Tokens.Length, t + 5); o++)
            {
                if (IsInMention(o))
                {
                    return ForceSide.None;
                }
            }
        }

        return rebel ? ForceSide.Fighters : ForceSide.State;
    }

    /// <summary>The first token of the force phrase whose head is <paramref name="t"/>.</summary>
    private int PhraseStart(int t)
    {
        int start = t;
        for (int m = t - 1; m >= 0 && m >= t - ModifierWords && IsForceModifier(m); m--)
        {
            start = m;
        }

        return start;
    }

    /// <summary>
    /// A word that stands inside a force phrase before its head: a determiner, number, quantifier ("five other"), ordinal ("3RD",
    /// "4TH", "3D"), possessive ending, force noun or force modifier ("army", "infantry", "enemy"). Any other word ends the phrase ("AT NOON TODAY TROOPS").
    /// </summary>
    private bool IsForceModifier(int t)
    {
        Token token = document.Tokens[t];
        if (token.Kind is TokenKind.Number or TokenKind.Clitic)
        {
            return true;
        }

        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(token);
        return document.IsWordOf(t, EventWords.Determiners) || document.IsWordOf(t, ForceModifiers) || document.IsWordOf(t, StateTroopNouns)
            || document.IsWordOf(t, RebelNouns) || document.IsWordOf(t, PartQuantifiers) || IsOrdinal(word);
    }

    /// <summary>"3RD", "4th", "3D", "1ST": a digit-led ordinal.</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits > 0 && word.Length - digits is 1 or 2 && char.IsAsciiLetter(word[^1]);
    }

    /// <summary>A word that may stand inside a force phrase before its head: a determiner, number, ordinal or adjective, not a preposition, verb of saying or clause opener.</summary>
    private bool IsModifierWord(int t)
    {
        Token token = document.Tokens[t];
        if (token.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation or TokenKind.Clitic))
        {
            return false;
        }

        string word = Word(t);
        return !EventWords.Prepositions.Contains(word) && !EventWords.ClauseOpeners.Contains(word) && !EventWords.Coordinators.Contains(word)
            && !EventWords.BeForms.Contains(word) && !EventWords.HaveForms.Contains(word)
            && (word is "armed" or "united" || (!word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)));
    }

    private bool IsInMention(int t)
    {
        int m = index.FirstAtOrAfter(t);
        if (m < index.Mentions.Length && index.Mentions[m].FirstToken == t)
        {
            return true;
        }

        return m > 0 && index.Mentions[m - 1].LastToken >= t;
    }

    private string Word(int t) => document.Span(document.Tokens[t]).ToString().ToLowerInvariant();
}
