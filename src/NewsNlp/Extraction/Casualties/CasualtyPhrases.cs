using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Phrases that act as one casualty word (word lists in <c>Resources/Lexicon/casualties/</c>): killings ("shot dead"), arrests
/// ("taken into custody"), hostage takings ("held hostage"), injuries ("treated for burns", "hit by shrapnel"),
/// displacements ("forced to flee") and losses ("lost at sea").
/// </summary>
internal static class CasualtyPhrases
{
    // In the order they are tried. Displacements ("5,000 people were forced to flee their homes") and losses ("eight fishermen
    // were lost at sea") close a subject only; none of them takes its count after it (TakesObject).
    private static readonly (WordClass Phrases, CasualtyKinds Kinds)[] PhraseKinds =
    [
        (CasualtyTail.KillingPhrases, CasualtyKinds.Killed),
        (Lexicon.Default.Class("casualties/arrest-phrases"), CasualtyKinds.Arrested),
        (Lexicon.Default.Class("casualties/hostage-phrases"), CasualtyKinds.Kidnapped),
        (Lexicon.Default.Class("casualties/injury-phrases"), CasualtyKinds.Injured),
        (Lexicon.Default.Class("casualties/displacement-phrases"), CasualtyKinds.Displaced),
        (Lexicon.Default.Class("casualties/missing-phrases"), CasualtyKinds.Missing),
    ];

    /// <summary>A phrase that acts as one casualty verb at <paramref name="index"/>: a killing ("shot dead"), an arrest ("taken into custody"), an injury ("treated for burns"), a displacement ("forced to flee") or a loss ("lost at sea").</summary>
    public static bool TryPhrase(in CasualtySentence s, int index, out CasualtyKinds kinds, out int tokenCount)
    {
        foreach ((WordClass phrases, CasualtyKinds phraseKinds) in PhraseKinds)
        {
            if (Lexicon.Default.TryMatchPhrase(phrases, s.Text, s.Tokens, index, s.Limit, out tokenCount))
            {
                kinds = phraseKinds;
                return true;
            }
        }

        kinds = CasualtyKinds.Missing;
        tokenCount = 0;
        return false;
    }

    /// <summary>True for the kinds of phrase that also act as a verb before its count ("gunned down 12 villagers"): not injuries, moves or losses.</summary>
    public static bool TakesObject(CasualtyKinds kinds) => kinds is CasualtyKinds.Killed or CasualtyKinds.Arrested or CasualtyKinds.Kidnapped;
}
