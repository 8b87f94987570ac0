using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// People captured: "the rebels claim they captured 3 soldiers" is a kidnapped count, "troops captured
/// 12 guerrillas" an arrested one, as the casualty set files captures by armed groups and by state
/// forces (captors in <c>Resources/Lexicon/casualties/captors.tsv</c>). Only a count whose phrase names
/// people, and only when the captor is named before the verb; "captured 3 towns" and a captor no one
/// names stay nothing, and "killed 384 and captured 48" is read by <see cref="VerbObjectCounts"/>.
/// </summary>
internal static class CaptureCounts
{
    /// <summary>Verbs of capture ("captured", "capturing").</summary>
    public static readonly WordClass Verbs = Lexicon.Default.Class("casualties/capture-verbs");

    /// <summary>The captor stands at most ten tokens before the verb ("the rebels claim they captured").</summary>
    private static readonly TokenWindow CaptorReach = new(10, 0);

    private static readonly Lazy<Dictionary<string, CasualtyKinds>> Captors = new(static () =>
        ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/captors.tsv").ToDictionary(
            static row => row[0], static row => row[1] == "arrested" ? CasualtyKinds.Arrested : CasualtyKinds.Kidnapped, StringComparer.OrdinalIgnoreCase));

    /// <summary>Matches a count of people after the capture verb at <paramref name="verb"/>.</summary>
    public static void Match(in CasualtySentence s, int verb)
    {
        if (s.Is(verb - 1, "and") || s.IsHypotheticalBefore(verb) || !s.TryQuantity(verb + 1, out Quantity quantity) || quantity.LooksLikeYear)
        {
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
