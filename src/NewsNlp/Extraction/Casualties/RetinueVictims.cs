using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// One unnamed person who serves another, named by a possessive, is a victim of one: "the minister's driver was killed",
/// "his bodyguard wounded" (after "and", the auxiliary of the clause before is understood), "his driver and one of his
/// bodyguards were killed". A name in apposition ("his driver, Juan Perez, ...") or any other word before the casualty
/// word gives nothing.
/// </summary>
internal static class RetinueVictims
{
    private static readonly WordClass RetinueNouns = Lexicon.Default.Class("casualties/retinue-nouns");
    private static readonly WordClass PossessiveDeterminers = Lexicon.Default.Class("casualties/possessive-determiners");

    /// <summary>True when token <paramref name="index"/> is a retinue noun ("driver", "bodyguard").</summary>
    public static bool IsRetinueNoun(in CasualtySentence s, int index) => s.Is(index, RetinueNouns);

    /// <summary>Matches "his driver was killed" at the retinue noun <paramref name="noun"/>.</summary>
    public static void Match(in CasualtySentence s, int noun)
    {
        int owner = noun - 1;
        if (!s.Is(owner, PossessiveDeterminers) && !(owner > s.First && s.Tokens[owner].Kind == TokenKind.Clitic && s.IsWord(owner - 1)))
        {
            return;
        }

        int start = s.Is(owner, PossessiveDeterminers) ? owner : owner - 1;
        if (s.Is(start - 1, "of") || (start - 1 > s.First && s.Tokens[start - 1].Kind == TokenKind.Word && s.Is(start - 2, "of")))
        {
            // "two members of his escort were killed": the possessive is the whole of another count.
            return;
        }

        int tailStart = noun + 1;
        bool joined = false;
        if (s.Is(tailStart, "and") && s.TryQuantity(tailStart + 1, out var other) && !other.LooksLikeYear
            && VictimPhrase.Scan(s, other.EndToken, out _) is var otherEnd && otherEnd > other.EndToken)
        {
            // "his driver and one of his bodyguards were killed": the driver shares the verb of the count joined to him.
            tailStart = otherEnd;
            joined = true;
        }

        if (CasualtyTail.IsActiveWithObject(s, tailStart) || !CasualtyTail.TryRead(s, tailStart, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical)
            || hypothetical)
        {
            return;
        }

        s.Add(kinds, SingleVictims.One(noun), VictimPhrase.Groups(s, noun, noun + 1), start, joined ? noun + 1 : tailEnd);
    }
}
