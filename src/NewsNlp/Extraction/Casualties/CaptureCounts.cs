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
/// passive); "captured 3 towns" and a captor no one names stay nothing, and "killed 384 and captured 48"
/// is read by <see cref="VerbObjectCounts"/>.
/// </summary>
internal static class CaptureCounts
{
    /// <summary>Verbs of capture and holding ("captured", "seized", "holding").</summary>
    public static readonly WordClass Verbs = Lexicon.Default.Class("casualties/seizure-verbs");

    /// <summary>The captor stands at most ten tokens before the verb ("the rebels claim they captured").</summary>
    private static readonly TokenWindow CaptorReach = new(10, 0);

    /// <summary>A count written in words spans at most three tokens before its verb ("twenty two captured").</summary>
    private const int ListedCountTokens = 3;

    private static readonly WordClass StateForces = Lexicon.Default.Class("casualties/state-force-groups");
    private static readonly WordClass PassiveAuxiliaries = Lexicon.Default.Class("casualties/subject-auxiliaries");

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

        if (!s.TryQuantity(verb + 1, out Quantity quantity) || quantity.LooksLikeYear)
        {
            if (!MatchListed(s, verb))
            {
                MatchPassive(s, verb);
            }

            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        CasualtyKinds kind = CaptorBefore(s, verb);
        if (kind == CasualtyKinds.None || !SingleVictims.NamesPerson(s, quantity.EndToken, phraseEnd))
        {
            return;
        }

        s.Add(kind, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, Math.Max(phraseEnd, quantity.EndToken));
    }

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
        if (auxiliaries == verb || by < 0 || by >= s.Limit || !Captors.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s.Word(by), out CasualtyKinds kind))
        {
            return;
        }

        for (int k = auxiliaries - 1; k >= s.First && CaptorReach.Contains(auxiliaries, k); k--)
        {
            if (s.TryQuantity(k, out Quantity quantity) && !quantity.LooksLikeYear
                && VictimPhrase.Scan(s, quantity.EndToken, out _) is var phraseEnd && phraseEnd == auxiliaries
                && SingleVictims.NamesPerson(s, quantity.EndToken, phraseEnd))
            {
                s.Add(kind, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), quantity.FirstToken, by + 1);
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
