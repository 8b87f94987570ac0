using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Victims told by a pronoun: "killing both men" is two; "stopped three agents and shot them dead" and "seized
/// 12 workers and killed them" are the count of people the pronoun stands for, the nearest one before it in the
/// sentence. The count is the antecedent's, the evidence runs from the verb to the pronoun.
/// </summary>
internal static class PronounCounts
{
    private static readonly WordClass ObjectPronouns = Lexicon.Default.Class("casualties/object-pronouns");

    /// <summary>
    /// Matches a pronoun object at <paramref name="j"/> of the casualty verb <paramref name="verb"/>: "both",
    /// "both men", "both of them", "them", "them all", "all of them". True when one was read.
    /// </summary>
    public static bool MatchObject(in CasualtySentence s, int verb, int j, CasualtyKinds kinds)
    {
        if (s.Is(j, "both"))
        {
            // "both" is two people when it is the whole object: alone, with a person noun, or "both of them".
            int end = j + 1;
            int phraseEnd = VictimPhrase.Scan(s, end, out _);
            if (s.Is(end, "of") && s.Is(end + 1, ObjectPronouns))
            {
                end += 2;
            }
            else if (phraseEnd > end)
            {
                // "both men", "both rebel leaders"; not a phrase that names no person, nor "both soldiers and
                // civilians" (both ... and joins two groups, it counts nothing).
                if (!SingleVictims.NamesPerson(s, end, phraseEnd) || HasAnd(s, end, phraseEnd + 1))
                {
                    return false;
                }

                end = phraseEnd;
            }

            var two = new Quantity(2, null, null, false, j, j + 1, false);
            s.Add(kinds, two, VictimPhrase.Groups(s, j + 1, end), verb, end);
            return true;
        }

        int pronoun = j;
        if (s.Is(j, "all") && s.Is(j + 1, "of") && s.Is(j + 2, ObjectPronouns))
        {
            pronoun = j + 2;
        }

        if (!s.Is(pronoun, ObjectPronouns))
        {
            return false;
        }

        int last = pronoun + 1 + (s.Is(pronoun + 1, "all") ? 1 : 0);
        return MatchAntecedent(s, verb, pronoun, last, kinds);
    }

    /// <summary>True when an "and" stands in [<paramref name="start"/>, <paramref name="end"/>) (the phrase, or the word right after it).</summary>
    private static bool HasAnd(in CasualtySentence s, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (s.Is(k, "and") && !s.IsTrigger(k + 1, TriggerRole.BeforeCount, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Matches "shot them dead", "left them homeless": a pronoun before a casualty word that closes the verb
    /// phrase. <paramref name="trigger"/> is the casualty word.
    /// </summary>
    public static void MatchBeforeTrigger(in CasualtySentence s, int trigger, CasualtyKinds kinds)
    {
        int pronoun = trigger - 1;
        int verb = pronoun - 1;
        // Only a closing word of the verb phrase ("shot them dead", "left them homeless"), not a verb of its own
        // ("two men who stabbed them fled": "them" is no subject of "fled").
        if (!s.Is(pronoun, ObjectPronouns) || !CasualtyLexicon.TryLeftClosing(s.Word(trigger), out _)
            || !s.IsWord(verb) || s.Is(verb, "of") || s.Is(verb, "among") || s.IsHypotheticalBefore(verb))
        {
            return;
        }

        MatchAntecedent(s, verb, pronoun, trigger + 1, kinds);
    }

    /// <summary>
    /// The nearest count before <paramref name="pronoun"/> whose phrase names people ("three plainclothes
    /// agents"; "two of them" names none and is passed over) gives the victims' count and groups.
    /// </summary>
    private static bool MatchAntecedent(in CasualtySentence s, int verb, int pronoun, int end, CasualtyKinds kinds)
    {
        for (int k = verb - 1; k >= s.First; k--)
        {
            if (!s.TryQuantity(k, out Quantity antecedent) || antecedent.LooksLikeYear || antecedent.EndToken > verb)
            {
                continue;
            }

            int phraseEnd = VictimPhrase.Scan(s, antecedent.EndToken, out _);
            if (phraseEnd <= antecedent.EndToken || phraseEnd > verb || !SingleVictims.NamesPerson(s, antecedent.EndToken, phraseEnd)
                || !CasualtyPlausibility.IsPlausible(s, antecedent, phraseEnd))
            {
                continue;
            }

            if (s.HasMention(kinds, antecedent))
            {
                // "three soldiers were wounded when rebels shot them": the subject already gave the count.
                return true;
            }

            s.Add(kinds, antecedent, VictimPhrase.Groups(s, antecedent.EndToken, phraseEnd), verb, end, checkedPlausible: true);
            return true;
        }

        return false;
    }
}
