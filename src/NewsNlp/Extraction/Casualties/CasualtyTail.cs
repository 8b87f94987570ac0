using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The casualty word that closes a count's phrase, with the auxiliaries before it and the kinds
/// joined after it: "were all killed", "reportedly also died", "killed or wounded", ", wounded or captured".
/// </summary>
internal static class CasualtyTail
{
    /// <summary>Phrases of killing that act as one verb ("gunned down", "shot dead").</summary>
    public static readonly WordClass KillingPhrases = Lexicon.Default.Class("casualties/killing-phrases");

    private static readonly WordClass ObjectStarts = Lexicon.Default.Class("casualties/object-starts");
    private static readonly WordClass PersonTitles = Lexicon.Default.Class("casualties/person-titles");
    private static readonly WordClass RelativePronouns = Lexicon.Default.Class("casualties/relative-pronouns");
    private static readonly WordClass CorpseModifiers = Lexicon.Default.Class("casualties/corpse-modifiers");
    private static readonly WordClass CorpseNouns = Lexicon.Default.Class("casualties/corpse-nouns");
    private static readonly WordClass ObjectPronouns = Lexicon.Default.Class("casualties/personal-object-pronouns");
    private static readonly WordClass NonObjectFollowers = Lexicon.Default.Class("casualties/non-object-followers");
    private static readonly WordClass PassiveAuxiliaries = Lexicon.Default.Class("casualties/passive-auxiliaries");

    /// <summary>Up to six auxiliaries and adverbs may stand between a phrase and its casualty word ("were reportedly also"): positions 0..5 after the phrase.</summary>
    private static readonly TokenWindow AuxiliaryReach = new(0, 5);

    /// <summary>Reads auxiliaries and the casualty word at <paramref name="index"/>; <paramref name="end"/> is after the last joined kind.</summary>
    public static bool TryRead(in CasualtySentence s, int index, out CasualtyKinds kinds, out int end, out bool hypothetical)
    {
        hypothetical = false;
        end = index;
        int i = index;
        while (i < s.Limit && AuxiliaryReach.Contains(index, i) && !s.IsTrigger(i, TriggerRole.AfterCount, out _)
            && !CasualtyPhrases.TryPhrase(s, i, out _, out _))
        {
            // "stabbed" is an auxiliary of "were stabbed and killed", but "were stabbed to death" is a killing
            // phrase; "taken" of "taken hostage", but "taken into custody" an arrest.
            if (s.Tokens[i].Kind == TokenKind.Quote && i > index && s.IsWord(i + 1))
            {
                // 200,000 have "disappeared": a quoted casualty word is still the verb.
                i++;
                continue;
            }

            if (!s.IsWord(i) && s.Tokens[i].Kind != TokenKind.Clitic)
            {
                break;
            }

            ReadOnlySpan<char> word = s.Word(i);
            if (word.Equals("among", StringComparison.OrdinalIgnoreCase) && s.Is(i + 1, "the"))
            {
                // "20 commanders were among the casualties".
                i += 2;
                continue;
            }

            if (s.Is(i, CorpseModifiers) && CorpseModifiersEnd(s, i) is var modifiersEnd && s.Is(modifiersEnd, CorpseNouns))
            {
                // "40 charred bodies", "25 charred and bloated bodies": words that describe the corpses stand between the
                // count and its noun.
                i = modifiersEnd;
                continue;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && i > index && s.IsTrigger(i + 1, TriggerRole.AfterCount, out _))
            {
                // "two policemen were shot and killed": a participle joined to the casualty word.
                i++;
                continue;
            }

            if (CasualtyLexicon.IsModal(word) && !word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                hypothetical = true;
            }
            else if (!CasualtyLexicon.IsAuxiliary(word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            i++;
        }

        if (i < s.Limit && CasualtyPhrases.TryPhrase(s, i, out kinds, out int phraseTokens))
        {
            // "12 villagers were gunned down", "two men were shot dead", "40 people were taken into custody".
            end = ReadCombined(s, i + phraseTokens, TriggerRole.AfterCount, ref kinds);
            return true;
        }

        if (!s.IsTrigger(i, TriggerRole.AfterCount, out kinds))
        {
            return false;
        }

        if (s.Is(i, "lives") && !s.Is(i - 1, "their") && !s.Is(i - 1, "lost"))
        {
            return false;
        }

        end = ReadCombined(s, i + 1, TriggerRole.AfterCount, ref kinds);
        return true;
    }

    /// <summary>
    /// True when the casualty word at <paramref name="index"/> is an active verb with its object after it
    /// ("two gunmen killed 12 people", "a man killed the mayor"): the count before it names the agents.
    /// </summary>
    public static bool IsActiveWithObject(in CasualtySentence s, int index)
    {
        if (Lexicon.Default.TryMatchPhrase(KillingPhrases, s.Text, s.Tokens, index, s.Limit, out int phraseTokens))
        {
            // "five individuals shot to death a watchman": a killing phrase with an indefinite or definite
            // object after it is active too, and its count is the agents.
            int after = index + phraseTokens;
            return s.Is(after, ObjectStarts) && s.IsWord(after + 1) && SingleVictims.NamesPerson(s, after + 1, after + 2);
        }

        if (!s.IsTrigger(index, TriggerRole.BeforeCount, out _) || index + 1 >= s.Limit)
        {
            return false;
        }

        int next = index + 1;
        if (s.Is(next, ObjectStarts) || (s.TryQuantity(next, out Quantity quantity) && !quantity.LooksLikeYear))
        {
            return true;
        }

        if (s.Is(next, PersonTitles) && s.IsWord(next + 1) && !s.Is(next + 1, "and") && !s.Is(next + 1, "or"))
        {
            // "murdered mayor Alfredo Chamorro", "KILLED GOVERNOR ...": a title before a name, in any case.
            return true;
        }

        if (s.Is(next, ObjectPronouns))
        {
            // "six detectives who arrested him", "two gunmen shot them".
            return true;
        }

        // "two gunmen killed Luis Galan": a name, where capitals still tell one.
        ReadOnlySpan<char> word = s.Word(next);
        return s.Tokens[next].Kind == TokenKind.Word && word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]);
    }

    /// <summary>
    /// True when the tail that starts at <paramref name="index"/> is a relative clause whose casualty verb is
    /// active with an object after it: "three suspects who killed a police officer", "two men who had
    /// kidnapped the mayor". The count before names the agents. A passive auxiliary anywhere before the verb
    /// ("who were killed", "who had been kidnapped") keeps the count a count of victims.
    /// </summary>
    public static bool IsActiveRelative(in CasualtySentence s, int index) => IsActiveRelative(s, index, out _);

    /// <summary>As <see cref="IsActiveRelative(in CasualtySentence, int)"/>, with the index of the relative clause's verb.</summary>
    public static bool IsActiveRelative(in CasualtySentence s, int index, out int verb)
    {
        verb = -1;
        if (!s.Is(index, RelativePronouns))
        {
            return false;
        }

        for (int i = index + 1; i < s.Limit && AuxiliaryReach.Contains(index, i); i++)
        {
            if (s.Is(i, PassiveAuxiliaries))
            {
                return false;
            }

            if (s.IsTrigger(i, TriggerRole.BeforeCount, out _) || CasualtyPhrases.TryPhrase(s, i, out _, out _))
            {
                verb = i;
                return IsActiveWithObject(s, i);
            }

            if (!s.IsWord(i) || !(CasualtyLexicon.IsAuxiliary(s.Word(i)) || s.Word(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the casualty verb at <paramref name="index"/>, with no auxiliary before it, is followed by a word
    /// of an all-capitals sentence that can only start its object: "FOUR ARMED MEN KIDNAPPED ALBERTO GOMEZ",
    /// where capitals no longer tell a name. A word that may follow a passive or adjectival participle (a
    /// preposition, a time word, a conjunction, an adverb, an -ing form) is no object. Callers ask this only of a
    /// count with a noun of its own ("SEVEN KIDNAPPED STUDENTS" has none: the participle is the noun's adjective).
    /// </summary>
    public static bool HasCapitalsObject(in CasualtySentence s, int index)
    {
        int next = index + 1;
        if (!s.IsTrigger(index, TriggerRole.BeforeCount, out _) || !s.IsWord(next) || !WordCase.IsAllCapitals(s.Word(index)) || !WordCase.IsAllCapitals(s.Word(next))
            || s.Word(next).Length < 2 || (index - 1 >= s.First && s.IsWord(index - 1) && CasualtyLexicon.IsAuxiliary(s.Word(index - 1))))
        {
            return false;
        }

        ReadOnlySpan<char> word = s.Word(next);
        return !(s.Is(next, NonObjectFollowers) || CasualtyLexicon.IsAuxiliary(word) || CasualtyLexicon.IsStop(word)
            || word.EndsWith("LY", StringComparison.Ordinal) || word.EndsWith("ING", StringComparison.Ordinal)
            || s.IsTrigger(next, TriggerRole.AfterCount | TriggerRole.BeforeCount, out _) || s.TryQuantity(next, out _));
    }

    /// <summary>Extends a casualty word with "or wounded", ", wounded or captured": one record per kind.</summary>
    public static int ReadCombined(in CasualtySentence s, int end, TriggerRole role, ref CasualtyKinds kinds)
    {
        while (true)
        {
            int j = end;
            if (s.IsPunctuation(j, ','))
            {
                j++;
            }

            bool and = s.Is(j, "and");
            if (s.Is(j, "or") || and)
            {
                j++;
            }

            if (j == end)
            {
                return end;
            }

            if (s.Is(j, "captured"))
            {
                end = j + 1;
                continue;
            }

            bool sequence = and && (s.Is(j, "then") || s.Is(j, "later")) && s.IsTrigger(j + 1, role, out _);
            if (sequence)
            {
                // "were first beaten and then arrested": the second act follows the first and befell the same count.
                j++;
            }

            if (s.Is(j - 1, "or") && role == TriggerRole.AfterCount && s.IsWord(j) && CasualtyLexicon.IsAuxiliary(s.Word(j)) && s.IsTrigger(j + 1, role, out _))
            {
                // "1,000 people died or were missing": the second kind keeps its own auxiliary.
                j++;
            }

            if (!s.IsTrigger(j, role, out CasualtyKinds more)
                || (and && role == TriggerRole.AfterCount && j + 1 < s.Limit && s.TryQuantity(j + 1, out _)))
            {
                return end;
            }

            // "were beaten and killed": a weak injury word yields to the casualty word joined after it (one killed
            // count); "stabbed and wounded" stays injured.
            // "were wounded and later died": the wounded of a sequence that ends in death are counted as dead.
            kinds = (s.Is(end - 1, CasualtyLexicon.WeakInjuryWords) && kinds == CasualtyKinds.Injured)
                || (sequence && kinds == CasualtyKinds.Injured && more == CasualtyKinds.Killed) ? more : kinds | more;
            end = j + 1;
        }
    }

    /// <summary>
    /// The token after the corpse modifiers that start at <paramref name="start"/>, joined by "and" or commas ("charred and
    /// bloated", "charred, mutilated").
    /// </summary>
    private static int CorpseModifiersEnd(in CasualtySentence s, int start)
    {
        int k = start;
        while ((s.Is(k + 1, "and") || s.IsPunctuation(k + 1, ',')) && s.Is(k + 2, CorpseModifiers))
        {
            k += 2;
        }

        return k + 1;
    }
}
