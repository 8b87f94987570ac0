using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts after an active verb: "killing at least 20", "killed twelve and injured twelve more",
/// "killed or wounded 15,000 Iranian Revolutionary Guards", "left 30 dead", "claimed 12 lives",
/// "cost 1,269 Libyan lives".
/// </summary>
internal static class VerbObjectCounts
{
    private static readonly WordClass CaptureVerbs = Lexicon.Default.Class("casualties/capture-verbs");
    private static readonly WordClass StateForces = Lexicon.Default.Class("casualties/state-force-groups");
    private static readonly WordClass HospitalNouns = Lexicon.Default.Class("casualties/hospital-nouns");

    /// <summary>Verbs that put people in hospital ("sent 17 to hospital").</summary>
    public static readonly WordClass HospitalVerbs = Lexicon.Default.Class("casualties/hospital-verbs");

    /// <summary>Verbs of a killing phrase whose victims may stand before its "to death" (<c>death-manner-verbs.txt</c>).</summary>
    public static readonly WordClass DeathMannerVerbs = Lexicon.Default.Class("casualties/death-manner-verbs");

    /// <summary>
    /// Matches "verb count phrase to death" at a verb of a killing phrase ("stabbed eight sleeping children to death",
    /// "beat two guards to death"): the phrase's "to death" closes the victims, who are killed.
    /// </summary>
    public static void MatchToDeath(in CasualtySentence s, int verb)
    {
        if (TryCountPhrase(s, verb, out Quantity quantity, out int phraseEnd) && s.Is(phraseEnd, "to") && s.Is(phraseEnd + 1, "death"))
        {
            s.Add(CasualtyKinds.Killed, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, phraseEnd + 2);
        }
    }

    /// <summary>Verbs that drive people out when a closing phrase follows their object (<c>displacing-verbs.txt</c>).</summary>
    public static readonly WordClass DisplacingVerbs = Lexicon.Default.Class("casualties/displacing-verbs");

    private static readonly WordClass DisplacementClosings = Lexicon.Default.Class("casualties/displacement-closings");

    /// <summary>
    /// Matches "verb count phrase from their homes" at a displacing verb ("the fighting forced 5,000 people from their
    /// homes", "forced 3,000 residents to flee"): the closing phrase makes the object displaced.
    /// </summary>
    public static void MatchDisplacement(in CasualtySentence s, int verb)
    {
        if (TryCountPhrase(s, verb, out Quantity quantity, out int phraseEnd) && phraseEnd < s.Limit
            && Lexicon.Default.TryMatchPhrase(DisplacementClosings, s.Text, s.Tokens, phraseEnd, s.Limit, out int closing))
        {
            s.Add(CasualtyKinds.Displaced, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, phraseEnd + closing);
        }
    }

    /// <summary>
    /// The count right after a verb (not in a hypothetical, not a year) and the end of its victim phrase: the object whose
    /// closing words ("to death", "from their homes") decide its kind.
    /// </summary>
    private static bool TryCountPhrase(in CasualtySentence s, int verb, out Quantity quantity, out int phraseEnd)
    {
        phraseEnd = -1;
        if (s.IsHypotheticalBefore(verb) || !s.TryQuantity(verb + 1, out quantity) || quantity.LooksLikeYear)
        {
            quantity = default;
            return false;
        }

        phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        return true;
    }

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
        else if (s.Is(j, "another") && s.TryQuantity(j + 1, out _))
        {
            // "police arrested another four men": more victims of the same kind, counted as stated.
            j++;
        }

        j = AfterTimePhrase(s, j);
        if (j + 1 < s.Limit && s.Tokens[j].Kind == TokenKind.Quote && s.TryQuantity(j + 1, out _))
        {
            // 'wounded "three or four more"': a quoted count (a transcript's or a communique's words) is still the object.
            j++;
        }
        else if (j + 1 < s.Limit && verb > s.First && s.Tokens[j].Kind == TokenKind.Quote && s.Tokens[verb - 1].Kind == TokenKind.Quote && s.IsWord(j + 1))
        {
            // 'accused the army of "murdering" X and two other supporters': the quote closes a quoted verb, whose object follows.
            j++;
        }

        if (s.Is(j, "the") && IsDefiniteCountOfPeople(s, j + 1))
        {
            // "arrested the 24 coup plotters": a definite object is a count too. When an earlier sentence already
            // gave it, the merger files it as that count's reference back (no new record, no new passage).
            j++;
        }

        if (j >= s.Limit || !s.TryQuantity(j, out Quantity quantity) || quantity.LooksLikeYear)
        {
            if (!PronounCounts.MatchObject(s, verb, j, kinds))
            {
                SingleVictims.MatchObject(s, verb, j, kinds);
            }

            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        int objectEnd = Math.Max(phraseEnd, quantity.EndToken);
        s.Add(kinds, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, objectEnd);
        SingleVictims.MatchListContinuation(s, objectEnd, kinds);
        if ((kinds & (CasualtyKinds.Killed | CasualtyKinds.Injured)) != 0)
        {
            MatchCaptured(s, objectEnd);
        }
    }

    /// <summary>True when a count whose phrase names people starts at <paramref name="index"/> ("24 coup plotters"; not "two of", "1980").</summary>
    private static bool IsDefiniteCountOfPeople(in CasualtySentence s, int index)
    {
        if (!s.TryQuantity(index, out Quantity q) || q.LooksLikeYear || q.IsVague || s.Is(q.EndToken, "of"))
        {
            return false;
        }

        int phraseEnd = VictimPhrase.Scan(s, q.EndToken, out _);
        return phraseEnd > q.EndToken && SingleVictims.NamesPerson(s, q.EndToken, phraseEnd);
    }

    /// <summary>
    /// The object's first token when a time phrase stands between the verb and its object ("killed on Sunday
    /// 12 villagers", "captured over three months ago another engineer"): only when a count, an indefinite
    /// person or "another" follows it, so a verb with no object ("were killed on Sunday, police said") reads as before.
    /// </summary>
    public static int AfterTimePhrase(in CasualtySentence s, int j)
    {
        int k = TimePhrases.Skip(s, j);
        if (k == j || k >= s.Limit)
        {
            return j;
        }

        // Not after a comma, which ends the clause ("killed on 16 November, five of whom were ..."), nor a partitive.
        return (s.TryQuantity(k, out Quantity q) && !q.LooksLikeYear && !s.Is(q.EndToken, "of")) || SingleVictims.IsArticle(s, k) || s.Is(k, "another") ? k : j;
    }

    /// <summary>
    /// "killed 384 raiders and captured 48", "killed 25 soldiers, wounded 30, and captured 24": in a report of
    /// fighting, the fighters captured beside a killed or wounded count are taken by the other side. Like a
    /// listed "25 captured" (<see cref="CaptureCounts"/>), they are an arrested count, or a kidnapped one when
    /// the list's victims are state forces, and a bare count takes the list's group. A bare "captured 3 towns"
    /// elsewhere stays nothing: only this coordination counts.
    /// </summary>
    private static void MatchCaptured(in CasualtySentence s, int objectEnd)
    {
        int j = objectEnd + (s.IsPunctuation(objectEnd, ',') ? 1 : 0);
        j += s.Is(j, "and") ? 1 : 0;
        if (j == objectEnd || !s.Is(j, CaptureVerbs)
            || !s.TryQuantity(j + 1, out Quantity captured) || captured.LooksLikeYear)
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, captured.EndToken, out _);
        List<string> groups = VictimPhrase.Groups(s, captured.EndToken, phraseEnd);
        List<string> listGroups = groups.Count > 0 ? groups : s.GroupsBefore(j);
        CasualtyKinds kind = listGroups.Exists(static g => Lexicon.Default.Contains(StateForces, g)) ? CasualtyKinds.Kidnapped : CasualtyKinds.Arrested;
        s.Add(kind, captured, listGroups, j, Math.Max(phraseEnd, captured.EndToken));
    }

    /// <summary>
    /// "the fire killed one and sent 17 to hospital", "killing two and sending 14 others to the hospital": an
    /// injured count, only after a killed or injured count of the sentence (a flu that "sent 200 to hospital"
    /// is no harm this set counts).
    /// </summary>
    public static void MatchHospital(in CasualtySentence s, int verb)
    {
        if (!s.TryQuantity(verb + 1, out Quantity quantity) || quantity.LooksLikeYear || !s.HasHarmBefore(verb) || s.IsHypotheticalBefore(verb))
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        int place = phraseEnd + 1 + (s.Is(phraseEnd + 1, "the") ? 1 : 0);
        if (s.Is(phraseEnd, "to") && s.Is(place, HospitalNouns))
        {
            s.Add(CasualtyKinds.Injured, quantity, VictimPhrase.Groups(s, quantity.EndToken, phraseEnd), verb, place + 1);
        }
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

        // "claimed at least one life": the singular closes a count of one at once (the victim phrase would read it as a noun).
        int phraseEnd = lives && quantity.Count == 1 && s.Is(quantity.EndToken, "life") ? quantity.EndToken : VictimPhrase.Scan(s, quantity.EndToken, out _);
        if (phraseEnd >= s.Limit || !s.IsWord(phraseEnd))
        {
            return;
        }

        ReadOnlySpan<char> closing = s.Word(phraseEnd);
        if (lives)
        {
            // "claimed 12 lives"; "claimed at least one life" (the singular only for one).
            if (!closing.Equals("lives", StringComparison.OrdinalIgnoreCase)
                && !(closing.Equals("life", StringComparison.OrdinalIgnoreCase) && quantity.Count == 1))
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
