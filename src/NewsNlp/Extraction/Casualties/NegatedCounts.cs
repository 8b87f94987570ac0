using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>Negations: "no casualties", "no deaths", "no one was hurt", "nobody was killed": a count of zero.</summary>
internal static class NegatedCounts
{
    private static readonly WordClass ZeroNouns = Lexicon.Default.Class("casualties/zero-nouns");

    /// <summary>Matches a negation at "no" or "nobody".</summary>
    public static void Match(in CasualtySentence s, int no)
    {
        int j = no + 1;
        if (s.Is(no, "no") && s.IsTrigger(j, TriggerRole.Noun | TriggerRole.AfterCount, out CasualtyKinds direct) && s.Is(j, ZeroNouns))
        {
            s.Add(direct, Zero(no, j + 1), [], no, j + 1);
            return;
        }

        if (s.Is(no, "no") && s.Is(j, "one"))
        {
            j++;
        }
        else if (!s.Is(no, "nobody"))
        {
            return;
        }

        if (CasualtyTail.TryRead(s, j, out CasualtyKinds kinds, out int end, out bool hypothetical) && !hypothetical)
        {
            s.Add(kinds, Zero(no, end), [], no, end);
        }
    }

    private static Quantity Zero(int first, int end) => new(0, 0, 0, false, first, end, false);
}
