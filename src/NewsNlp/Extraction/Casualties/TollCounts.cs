using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>Tolls: "the death toll rose to 40", "death tolls ... exceeded 100", "the injury toll stands at 12".</summary>
internal static class TollCounts
{
    /// <summary>
    /// A toll's number stands within 28 tokens after "toll" ("the death toll from Sunday's attack in the north
    /// rose to 40"; "the death toll from the floods in the towns of A, B, and C, D, rises to 12").
    /// </summary>
    private static readonly TokenWindow TollReach = new(0, 28);

    private static readonly WordClass DeathModifiers = Lexicon.Default.Class("casualties/toll-death-modifiers");
    private static readonly WordClass InjuryModifiers = Lexicon.Default.Class("casualties/toll-injury-modifiers");
    private static readonly WordClass Links = Lexicon.Default.Class("casualties/toll-links");
    private static readonly WordClass RelativeSubjects = Lexicon.Default.Class("casualties/relative-subjects");
    private static readonly WordClass SpanNouns = Lexicon.Default.Class("casualties/span-nouns");
    private static readonly WordClass NonPersonUnits = Lexicon.Default.Class("casualties/non-person-units");

    /// <summary>A raised count stands just before "the number of dead": "raises to more than 40 the number of dead" (at most six tokens back).</summary>
    private static readonly TokenWindow RaisedCountReach = new(6, 0);

    /// <summary>Nouns of a running count ("the number of dead").</summary>
    public static readonly WordClass NumberNouns = Lexicon.Default.Class("casualties/number-nouns");

    /// <summary>Matches "the number of dead rose to 40" and "raises to more than 40 the number of dead" at "number".</summary>
    public static void MatchNumber(in CasualtySentence s, int number)
    {
        int k = number + 1;
        if (s.Is(k, "of"))
        {
            k++;
        }
        else if (!s.Is(number, "total") || !s.Is(number - 1, "the"))
        {
            // "the total killed", "the total persons kidnapped": only "the total" takes its victims without "of".
            return;
        }

        if (s.Is(k, "the") || s.Is(k, "people"))
        {
            k++;
        }

        int phraseStart = k;
        k = VictimsBeforeWord(s, k);
        int phraseEnd = k;
        k = AfterRelativeSubject(s, k);
        if (!s.IsTrigger(k, k > phraseEnd ? TriggerRole.BeforeCount : TriggerRole.AfterCount | TriggerRole.Noun, out CasualtyKinds kinds) || kinds == CasualtyKinds.None)
        {
            return;
        }

        int end = CasualtyTail.ReadCombined(s, k + 1, TriggerRole.AfterCount, ref kinds);
        int the = s.Is(number - 1, "the") ? number - 1 : number;
        for (int q = the - 1; q > s.First && RaisedCountReach.Contains(the, q); q--)
        {
            if (s.Is(q - 1, "to") && s.TryQuantity(q, out Quantity raised) && raised.EndToken == the && !raised.LooksLikeYear && !raised.IsVague)
            {
                s.Add(kinds, raised, VictimPhrase.Groups(s, phraseStart, phraseEnd), q - 1, end);
                return;
            }
        }

        ScanForward(s, end - 1, kinds, the);
    }

    /// <summary>
    /// "the number of people | it was detaining", "the number of civilians | they have killed": a relative clause
    /// whose subject is a pronoun, with up to two auxiliaries; returns the index of its verb, or
    /// <paramref name="index"/> when no such subject stands there.
    /// </summary>
    private static int AfterRelativeSubject(in CasualtySentence s, int index)
    {
        if (!s.Is(index, RelativeSubjects))
        {
            return index;
        }

        int k = index + 1;
        for (int aux = 0; aux < 2 && s.IsWord(k) && CasualtyLexicon.IsAuxiliary(s.Word(k)); aux++)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The index after the victims' noun phrase of "the number of ... killed" that starts at <paramref name="start"/>
    /// ("the organization's members and leaders murdered", "Palestinians killed"), or <paramref name="start"/>
    /// when no phrase naming people stands there ("the number of dead").
    /// </summary>
    private static int VictimsBeforeWord(in CasualtySentence s, int start)
    {
        int end = VictimPhrase.Scan(s, start, out _);
        while (s.Is(end, "and") && end > start)
        {
            // "members and leaders": the scan stops at a conjunction whose next word is no group word.
            int next = VictimPhrase.Scan(s, end + 1, out _);
            if (next <= end + 1)
            {
                break;
            }

            end = next;
        }

        if (end > start && !SingleVictims.NamesPerson(s, start, end) && !s.Is(end - 1, NonPersonUnits) && s.IsTrigger(end, TriggerRole.AfterCount, out _))
        {
            // "the number of union members murdered": a casualty word right after the phrase makes its noun the victims
            // even when the lexicon does not know it as people; units of things ("the number of cattle killed") never.
            return end;
        }

        return end > start && SingleVictims.NamesPerson(s, start, end) ? end : start;
    }

    /// <summary>Matches "death toll ... N" at "toll".</summary>
    public static void Match(in CasualtySentence s, int toll)
    {
        CasualtyKinds kinds = CasualtyKinds.Killed;
        int start = toll;
        if (s.Is(toll - 1, InjuryModifiers))
        {
            kinds = CasualtyKinds.Injured;
            start = toll - 1;
        }
        else if (s.Is(toll - 1, DeathModifiers))
        {
            start = toll - 1;
        }

        if (s.Is(toll + 1, "of") && OfThings(s, toll + 2))
        {
            // "the toll of homes destroyed reached 1,600": a toll of things, not of people.
            return;
        }

        ScanForward(s, toll, kinds, start);
    }

    /// <summary>True when the of-phrase of a toll at <paramref name="index"/> names a unit that is not people ("homes", "the houses", "cattle").</summary>
    private static bool OfThings(in CasualtySentence s, int index)
    {
        int noun = s.Is(index, "the") ? index + 1 : index;
        return s.Is(noun, NonPersonUnits) || (s.IsWord(noun) && s.Is(noun + 1, NonPersonUnits));
    }

    /// <summary>Finds the number of a toll after token <paramref name="toll"/>: "rose to 40", "stands at 12", ": 7".</summary>
    private static void ScanForward(in CasualtySentence s, int toll, CasualtyKinds kinds, int start)
    {
        for (int j = toll + 1; j < s.Limit && TollReach.Contains(toll, j); j++)
        {
            if (s.IsPunctuation(j, '.') || s.IsPunctuation(j, ';') || s.IsPunctuation(j, '?'))
            {
                return;
            }

            if (TimePhrases.Inside(s, j, out int dateEnd))
            {
                // "the death toll from the September 1 blast rises to 13", "from the blast on May 4": a date in the toll's phrase
                // is read past (its day is no count, its "May" no modal).
                j = dateEnd - 1;
                continue;
            }

            if (s.IsWord(j) && CasualtyLexicon.IsModal(s.Word(j)) && !s.Is(j, "to")
                && !(s.Is(j, "without") && !s.IsTrigger(j + 1, TriggerRole.AfterCount | TriggerRole.BeforeCount | TriggerRole.Noun, out _)))
            {
                // But "the number of people detained without trial has dropped to 1,500": "without" before a
                // word that is no casualty word is how, not a negation of the count.
                // "the death toll could have been more than a thousand".
                return;
            }

            if (!s.TryQuantity(j, out Quantity quantity))
            {
                if (s.Tokens[j].Kind is TokenKind.Number or TokenKind.Percent && !s.Is(j + 1, SpanNouns))
                {
                    // "18.9 deaths per 100,000 people": a rate, not a toll; but "over the last 6 weeks was 85" reads on.
                    return;
                }

                continue;
            }

            if (quantity.LooksLikeYear || quantity.IsVague || !IsLink(s, j - 1, toll))
            {
                // "toll from the disaster that hit a dozen countries", "rose from a previously reported 85 to 120":
                // the number must follow "to", "at", a verb or the toll itself.
                continue;
            }

            int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
            s.Add(kinds, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), start, Math.Max(quantity.EndToken, phraseEnd));
            AddListedGroups(s, quantity, kinds);
            return;
        }
    }

    /// <summary>
    /// "raised the death toll to 22 Iraqis and one U.S. soldier": the toll is given per group, each
    /// item with its own noun. Not when the list is the subject of a casualty word of its own ("rose
    /// to 40 and 20 people were injured": the subject pattern reads that).
    /// </summary>
    private static void AddListedGroups(in CasualtySentence s, Quantity first, CasualtyKinds kinds)
    {
        Span<ListItem> items = stackalloc ListItem[CountList.MaxItems];
        int position = CountList.Read(s, first, items, out int count);
        if (count < 2 || CasualtyTail.TryRead(s, position, out _, out _, out _))
        {
            return;
        }

        foreach (ListItem item in items[1..count])
        {
            if (item.PhraseEnd <= item.Quantity.EndToken || item.Quantity.IsVague)
            {
                // A bare number after the toll ("rose to 40, 12 of them children") names no group of its own.
                return;
            }

            s.Add(kinds, item.Quantity, VictimPhrase.Groups(s, item.Quantity.EndToken, item.PhraseEnd), item.Quantity.FirstToken, item.PhraseEnd);
        }
    }

    private static bool IsLink(in CasualtySentence s, int index, int toll) =>
        index == toll || s.IsPunctuation(index, ',') || s.IsPunctuation(index, ':')
        || (s.Is(index, "of") && index == toll + 1) || s.Is(index, Links);
}
