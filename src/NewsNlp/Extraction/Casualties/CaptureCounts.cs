using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// People captured or held: "the rebels claim they captured 3 soldiers" and "two Britons were seized by
/// gunmen" are kidnapped counts, "troops captured 12 guerrillas" and "police are holding five suspects"
/// arrested ones, as the casualty set files captures by armed groups and by state forces (captors in
/// <c>Resources/Lexicon/casualties/captors.tsv</c>, verbs in <c>seizure-verbs.txt</c>). Only a count whose
/// phrase names people, and only when the captor is named (before the verb, or after "by" in the
/// passive) or the victims say who took them: fighters of a non-state armed group ("we have captured 92 FMLN
/// members", "15 guerrillas were captured") are taken by state forces (arrested), soldiers or police by an armed
/// group (kidnapped). "captured 3 towns" and people whom no captor and no side name ("400 people were captured")
/// stay nothing, and "killed 384 and captured 48" is read by <see cref="VerbObjectCounts"/>.
/// </summary>
internal static class CaptureCounts
{
    /// <summary>Verbs of capture and holding ("captured", "seized", "holding").</summary>
    public static readonly WordClass Verbs = Lexicon.Default.Class("casualties/seizure-verbs");

    /// <summary>The captor stands at most ten tokens before the verb ("the rebels claim they captured").</summary>
    private static readonly TokenWindow CaptorReach = new(10, 0);

    /// <summary>
    /// The count of a passive capture starts at most 16 tokens before its auxiliary, so that a bracketed gloss may stand in
    /// its phrase ("40 members of the FMLN (Farabundo Marti National Liberation Front) were captured"); the phrase must still
    /// run from the count to the auxiliary.
    /// </summary>
    private static readonly TokenWindow SubjectReach = new(16, 0);

    /// <summary>A count written in words spans at most three tokens before its verb ("twenty two captured").</summary>
    private const int ListedCountTokens = 3;

    private static readonly WordClass StateForces = Lexicon.Default.Class("casualties/state-force-groups");
    private static readonly WordClass PassiveAuxiliaries = Lexicon.Default.Class("casualties/subject-auxiliaries");
    private static readonly WordClass CaptureOnlyVerbs = Lexicon.Default.Class("casualties/capture-verbs");
    private static readonly Lazy<Dictionary<string, CasualtyKinds>> Sides = new(static () =>
        ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/capture-sides.tsv").ToDictionary(
            static row => row[0], static row => row[1] == "arrested" ? CasualtyKinds.Arrested : CasualtyKinds.Kidnapped, StringComparer.OrdinalIgnoreCase));
    private static readonly WordClass Relatives = Lexicon.Default.Class("casualties/relative-pronouns");

    private static readonly Lazy<Dictionary<string, CasualtyKinds>> Captors = new(static () =>
        ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/captors.tsv").ToDictionary(
            static row => row[0], static row => row[1] == "arrested" ? CasualtyKinds.Arrested : CasualtyKinds.Kidnapped, StringComparer.OrdinalIgnoreCase));

    /// <summary>Matches a count of people after the capture verb at <paramref name="verb"/>, or before it in the passive.</summary>
    public static void Match(in CasualtySentence s, int verb)
    {
        if (s.Is(verb - 1, "and") || s.IsHypotheticalBefore(verb))
        {
            return;
        }

        // "the police arrested another four individuals": "another" before a count adds nothing to it; "captured over
        // three months ago another engineer": a time phrase may stand before the object.
        int objectStart = VerbObjectCounts.AfterTimePhrase(s, verb + 1);
        objectStart += s.Is(objectStart, "another") && s.TryQuantity(objectStart + 1, out _) ? 1 : 0;
        if (!s.TryQuantity(objectStart, out Quantity quantity) || quantity.LooksLikeYear)
        {
            if (!MatchListed(s, verb) && !MatchSingle(s, verb, objectStart))
            {
                MatchPassive(s, verb);
            }

            return;
        }

        // "one was captured in Venezuela, while the authorities captured 11 others": "others" are people like those named
        // before, as after a harm verb; only with a named captor (the victims' side below needs their noun).
        bool others = s.Is(quantity.EndToken, "others");
        int phraseEnd = others ? quantity.EndToken + 1 : VictimPhrase.Scan(s, quantity.EndToken, out _);
        if (!others && !SingleVictims.NamesPerson(s, quantity.EndToken, phraseEnd) && !NamesArmedGroup(s, quantity.EndToken, phraseEnd))
        {
            return;
        }

        List<string> groups = others ? [] : VictimPhrase.Groups(s, quantity.EndToken, phraseEnd);
        CasualtyKinds kind = CaptorBefore(s, verb);
        if (kind == CasualtyKinds.None && !others && s.Is(verb, CaptureOnlyVerbs))
        {
            kind = KindByVictims(s, quantity.EndToken, phraseEnd, groups);
        }

        if (kind != CasualtyKinds.None)
        {
            int objectEnd = Math.Max(phraseEnd, quantity.EndToken);
            s.Add(kind, quantity, groups, verb, objectEnd);
            // The capture's object may be a list, as a harm verb's is ("seized two Americans and a Briton"): the later
            // people are taken by the same captor. Only "and" right after the object: after a comma it is as often a new
            // clause whose verb is no capture ("we have captured 92 members, and 6 fighters have turned themselves in").
            if (s.Is(objectEnd, "and"))
            {
                SingleVictims.MatchListContinuation(s, objectEnd, kind);
            }
        }
    }

    /// <summary>Nouns of capture whose victims follow "of" ("the capture of 12 ELN members").</summary>
    public static readonly WordClass Nouns = Lexicon.Default.Class("casualties/capture-nouns");

    /// <summary>
    /// "the operation led to the capture of 12 ELN members": a count of people after the noun's "of". The noun names
    /// no captor, so the victims say who took them, as for a capture no one names: fighters of an armed group are
    /// arrested, soldiers or police kidnapped, anyone else ("the capture of 400 people") nothing. A definite count
    /// ("the capture of the 12 leaders") refers back, as for the other harm nouns.
    /// </summary>
    public static void MatchNoun(in CasualtySentence s, int noun)
    {
        int j = noun + 1;
        if (!s.Is(j, "of") || s.IsHypotheticalBefore(noun) || !s.TryQuantity(j + 1, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        if (!SingleVictims.NamesPerson(s, quantity.EndToken, phraseEnd) && !NamesArmedGroup(s, quantity.EndToken, phraseEnd))
        {
            return;
        }

        List<string> groups = VictimPhrase.Groups(s, quantity.EndToken, phraseEnd);
        CasualtyKinds kind = KindByVictims(s, quantity.EndToken, phraseEnd, groups);
        if (kind != CasualtyKinds.None)
        {
            s.Add(kind, quantity, groups, noun, Math.Max(phraseEnd, quantity.EndToken));
        }
    }

    /// <summary>
    /// "the U.S. military said it had captured a lieutenant of ...", "guerrillas captured another engineer": one
    /// indefinite person taken by a named captor, or by the side the victim's group names.
    /// </summary>
    private static bool MatchSingle(in CasualtySentence s, int verb, int objectStart)
    {
        bool another = s.Is(objectStart, "another");
        if (!another && !SingleVictims.IsArticle(s, objectStart))
        {
            return false;
        }

        int phraseEnd = VictimPhrase.Scan(s, objectStart + 1, out _);
        if (phraseEnd <= objectStart + 1 || !SingleVictims.NamesPerson(s, objectStart + 1, phraseEnd))
        {
            return false;
        }

        List<string> groups = VictimPhrase.Groups(s, objectStart + 1, phraseEnd);
        CasualtyKinds kind = CaptorBefore(s, verb);
        if (kind == CasualtyKinds.None && s.Is(verb, CaptureOnlyVerbs))
        {
            kind = KindByVictims(s, objectStart + 1, phraseEnd, groups);
        }

        if (kind == CasualtyKinds.None)
        {
            return false;
        }

        s.Add(kind, SingleVictims.One(objectStart), groups, verb, phraseEnd);
        if (s.Is(phraseEnd, "and"))
        {
            SingleVictims.MatchListContinuation(s, phraseEnd, kind);
        }

        return true;
    }

    /// <summary>
    /// The kind of a capture whose captor no one names, from its victims: fighters of a non-state armed group
    /// ("guerrillas", "FMLN members") are taken by state forces, an arrest as the casualty set files it;
    /// soldiers or police are taken by an armed group, a kidnapping; anyone else (civilians, "people") says
    /// nothing of who took them, and gives no kind.
    /// </summary>
    private static CasualtyKinds KindByVictims(in CasualtySentence s, int start, int end, List<string> groups)
    {
        // Soldiers first: "soldiers and guerrillas captured" names the state's men as the ones taken by the other side.
        CasualtyKinds kind = CasualtyKinds.None;
        foreach (string group in groups)
        {
            if (Sides.Value.TryGetValue(group, out CasualtyKinds side) && (kind == CasualtyKinds.None || side == CasualtyKinds.Kidnapped))
            {
                kind = side;
            }
        }

        return kind == CasualtyKinds.None && NamesArmedGroup(s, start, end) ? CasualtyKinds.Arrested : kind;
    }

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) name an armed group of the actor table ("FMLN members").</summary>
    private static bool NamesArmedGroup(in CasualtySentence s, int start, int end) =>
        end > start && ArmedGroupPlaces.Names(s.Text, s.Tokens, start, end);

    /// <summary>
    /// "220 terrorists have been killed, 196 wounded, and 22 captured": a bare count before the verb that ends
    /// a list of the sentence's killed or wounded is, like "killed 384 and captured 48", the fighters the
    /// other side took, with the list's group: an arrested count, or a kidnapped one when they are state forces.
    /// </summary>
    private static bool MatchListed(in CasualtySentence s, int verb)
    {
        for (int k = verb - 1; k >= s.First && k >= verb - ListedCountTokens; k--)
        {
            if (s.TryQuantity(k, out Quantity quantity) && quantity.EndToken == verb && !quantity.LooksLikeYear)
            {
                int before = quantity.FirstToken - 1;
                if (!(s.IsPunctuation(before, ',') || s.Is(before, "and")) || !s.HasHarmBefore(quantity.FirstToken))
                {
                    return false;
                }

                // The list's victims say who took them: guerrillas captured by the army are arrested, soldiers
                // captured by guerrillas ("29 soldiers killed, 30 wounded, and 25 captured") kidnapped.
                List<string> groups = s.GroupsBefore(quantity.FirstToken);
                CasualtyKinds kind = groups.Exists(static g => Lexicon.Default.Contains(StateForces, g)) ? CasualtyKinds.Kidnapped : CasualtyKinds.Arrested;
                s.Add(kind, quantity, groups, quantity.FirstToken, verb + 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>"two Britons were seized by gunmen": the subject count, with the captor after "by".</summary>
    private static void MatchPassive(in CasualtySentence s, int verb)
    {
        int auxiliaries = verb;
        while (auxiliaries - 1 >= s.First && (s.Is(auxiliaries - 1, PassiveAuxiliaries) || s.Is(auxiliaries - 1, "been") || s.Is(auxiliaries - 1, "being")))
        {
            auxiliaries--;
        }

        int by = s.Is(verb + 1, "by") ? verb + 2 : -1;
        by += by >= 0 && s.Is(by, "the") ? 1 : 0;
        if (auxiliaries == verb || by >= s.Limit)
        {
            return;
        }

        CasualtyKinds kind = CasualtyKinds.None;
        if (by >= 0 && !Captors.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s.Word(by), out kind))
        {
            // "seized by the government": an agent that is no captor of the list says nothing.
            return;
        }

        // "27 Shining Path members who were captured": the subject ends at a relative pronoun.
        int subjectEnd = s.Is(auxiliaries - 1, Relatives) ? auxiliaries - 1 : auxiliaries;
        for (int k = subjectEnd - 1; k >= s.First && SubjectReach.Contains(subjectEnd, k); k--)
        {
            if (s.TryQuantity(k, out Quantity quantity) && !quantity.LooksLikeYear
                && VictimPhrase.Scan(s, quantity.EndToken, out _) is var phraseEnd && phraseEnd == subjectEnd
                && (SingleVictims.NamesPerson(s, quantity.EndToken, phraseEnd) || NamesArmedGroup(s, quantity.EndToken, phraseEnd)))
            {
                List<string> groups = VictimPhrase.Groups(s, quantity.EndToken, phraseEnd);
                if (kind == CasualtyKinds.None && s.Is(verb, CaptureOnlyVerbs))
                {
                    // No captor named: the victims say who took them ("15 guerrillas were captured").
                    kind = KindByVictims(s, quantity.EndToken, phraseEnd, groups);
                }

                if (kind != CasualtyKinds.None)
                {
                    s.Add(kind, quantity, groups, quantity.FirstToken, by >= 0 ? by + 1 : verb + 1);
                }

                return;
            }
        }
    }

    /// <summary>The kind the nearest captor before the verb makes of a capture, or none.</summary>
    private static CasualtyKinds CaptorBefore(in CasualtySentence s, int verb)
    {
        Dictionary<string, CasualtyKinds>.AlternateLookup<ReadOnlySpan<char>> captors = Captors.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = verb - 1; k >= s.First && CaptorReach.Contains(verb, k); k--)
        {
            if (k == verb - 1 && s.IsPunctuation(k, ',') && s.Word(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                // "the army dismantled a network, capturing eight of its members": the participle's agent is the clause's subject.
                continue;
            }

            if (!s.IsWord(k))
            {
                return CasualtyKinds.None;
            }

            if (captors.TryGetValue(s.Word(k), out CasualtyKinds kind))
            {
                return kind;
            }
        }

        return CasualtyKinds.None;
    }
}
