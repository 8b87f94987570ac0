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
    private static readonly WordClass ArrestPhrases = Lexicon.Default.Class("casualties/arrest-phrases");
    private static readonly WordClass InjuryPhrases = Lexicon.Default.Class("casualties/injury-phrases");
    private static readonly WordClass HostagePhrases = Lexicon.Default.Class("casualties/hostage-phrases");
    private static readonly WordClass DisplacementPhrases = Lexicon.Default.Class("casualties/displacement-phrases");
    private static readonly WordClass MissingPhrases = Lexicon.Default.Class("casualties/missing-phrases");

    /// <summary>A phrase that acts as one casualty verb at <paramref name="index"/>: a killing ("shot dead"), an arrest ("taken into custody"), an injury ("treated for burns"), a displacement ("forced to flee") or a loss ("lost at sea").</summary>
    public static bool TryPhrase(in CasualtySentence s, int index, out CasualtyKinds kinds, out int tokenCount)
    {
        kinds = CasualtyKinds.Killed;
        if (Lexicon.Default.TryMatchPhrase(CasualtyTail.KillingPhrases, s.Text, s.Tokens, index, s.Limit, out tokenCount))
        {
            return true;
        }

        kinds = CasualtyKinds.Arrested;
        if (Lexicon.Default.TryMatchPhrase(ArrestPhrases, s.Text, s.Tokens, index, s.Limit, out tokenCount))
        {
            return true;
        }

        kinds = CasualtyKinds.Kidnapped;
        if (Lexicon.Default.TryMatchPhrase(HostagePhrases, s.Text, s.Tokens, index, s.Limit, out tokenCount))
        {
            return true;
        }

        kinds = CasualtyKinds.Injured;
        if (Lexicon.Default.TryMatchPhrase(InjuryPhrases, s.Text, s.Tokens, index, s.Limit, out tokenCount))
        {
            return true;
        }

        // "5,000 people were forced to flee their homes", "eight fishermen were lost at sea": phrases that close a
        // subject only; none of them takes its count after it.
        kinds = CasualtyKinds.Displaced;
        if (Lexicon.Default.TryMatchPhrase(DisplacementPhrases, s.Text, s.Tokens, index, s.Limit, out tokenCount))
        {
            return true;
        }

        kinds = CasualtyKinds.Missing;
        return Lexicon.Default.TryMatchPhrase(MissingPhrases, s.Text, s.Tokens, index, s.Limit, out tokenCount);
    }

    /// <summary>True for the kinds of phrase that also act as a verb before its count ("gunned down 12 villagers"): not injuries, moves or losses.</summary>
    public static bool TakesObject(CasualtyKinds kinds) => kinds is CasualtyKinds.Killed or CasualtyKinds.Arrested or CasualtyKinds.Kidnapped;
}
