using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts after an active verb: "killing at least 20", "killed twelve and injured twelve more",
/// "killed or wounded 15,000 Iranian Revolutionary Guards", "left 30 dead", "claimed 12 lives",
/// "cost 1,269 Libyan lives".
/// </summary>
internal static class VerbObjectCounts
{
    private static readonly WordClass CaptureVerbs = Lexicon.Default.Class("casualties/capture-verbs");

    /// <summary>
    /// Matches "verb [or verb] count [phrase]" at a casualty verb; <paramref name="hypotheticalFrom"/> is
    /// the first word of a multi-word verb ("stabbed to death"), where the hypothetical test looks back from.
    /// </summary>
    public static void MatchObject(in CasualtySentence s, int verb, CasualtyKinds kinds, int hypotheticalFrom = -1)
    {
        if (s.IsHypotheticalBefore(hypotheticalFrom < 0 ? verb : hypotheticalFrom))
        {
            return;
        }

        int j = CasualtyTail.ReadCombined(s, verb + 1, TriggerRole.BeforeCount, ref kinds);
        if (s.Is(j, "all"))
        {
            j++;
        }
        else if (s.Is(j, "the") && s.Is(j + 1, "other"))
        {
            // "killing three and injuring the other seven on board".
            j += 2;
        }

        if (j >= s.Limit || !s.TryQuantity(j, out Quantity quantity) || quantity.LooksLikeYear)
        {
            SingleVictims.MatchObject(s, verb, j, kinds);
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        int objectEnd = Math.Max(phraseEnd, quantity.EndToken);
        s.Add(kinds, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, objectEnd);
        SingleVictims.MatchListContinuation(s, objectEnd, kinds);
        if ((kinds & CasualtyKinds.Killed) != 0)
        {
            MatchCaptured(s, objectEnd);
        }
    }

    /// <summary>
    /// "killed 384 raiders and captured 48": in a report of fighting, the fighters captured beside a
    /// killed count are taken by the other side (an arrested count, as the guidelines file captures by
    /// state forces). A bare "captured 3 towns" elsewhere stays nothing: only this coordination counts.
    /// </summary>
    private static void MatchCaptured(in CasualtySentence s, int objectEnd)
    {
        int j = objectEnd;
        if (!s.Is(j, "and") || !s.Is(j + 1, CaptureVerbs) || !s.TryQuantity(j + 2, out Quantity captured) || captured.LooksLikeYear)
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, captured.EndToken, out _);
        s.Add(CasualtyKinds.Arrested, captured, VictimPhrase.Groups(s, captured.EndToken, phraseEnd), j + 1, Math.Max(phraseEnd, captured.EndToken));
    }

    /// <summary>Matches "left 30 dead", "leaving 200 homeless", "claimed 12 lives", "claimed the lives of 12 people".</summary>
    public static void MatchFraming(in CasualtySentence s, int verb, CasualtyKinds kinds)
    {
        if (s.IsHypotheticalBefore(verb))
        {
            return;
        }

        bool lives = kinds != CasualtyKinds.None;
        int j = verb + 1;
        if (lives && s.Is(j, "the") && s.Is(j + 1, "lives") && s.Is(j + 2, "of"))
        {
            if (!s.TryQuantity(j + 3, out Quantity of) || of.LooksLikeYear)
            {
                return;
            }

            int ofEnd = VictimPhrase.Scan(s, of.EndToken, out _);
            s.Add(kinds, of, VictimPhrase.Groups(s, of.EndToken, ofEnd), verb, Math.Max(ofEnd, of.EndToken));
            return;
        }

        if (j >= s.Limit || !s.TryQuantity(j, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        if (phraseEnd >= s.Limit || !s.IsWord(phraseEnd))
        {
            return;
        }

        ReadOnlySpan<char> closing = s.Word(phraseEnd);
        if (lives)
        {
            if (!closing.Equals("lives", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        else if (!CasualtyLexicon.TryLeftClosing(closing, out kinds))
        {
            return;
        }

        int end = CasualtyTail.ReadCombined(s, phraseEnd + 1, TriggerRole.AfterCount, ref kinds);
        s.Add(kinds, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, end);
    }
}
