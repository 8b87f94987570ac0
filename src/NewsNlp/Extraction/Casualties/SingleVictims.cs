using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// An indefinite single victim is a count of one: "a sailor died", "a Canadian soldier was killed",
/// "gunmen killed a policeman". The phrase must name a person; a definite one ("the engineer")
/// refers back to a victim already counted and gives nothing.
/// </summary>
internal static class SingleVictims
{
    /// <summary>The person noun stands within four tokens after the article ("a young Canadian aid worker").</summary>
    internal static readonly TokenWindow PersonReach = new(0, 4);

    private static readonly WordClass PersonNouns = Lexicon.Default.Class("casualties/person-nouns");
    private static readonly WordClass PlacePrepositions = Lexicon.Default.Class("casualties/place-prepositions");
    private static readonly WordClass PossessiveDeterminers = Lexicon.Default.Class("casualties/possessive-determiners");

    /// <summary>True for "a"/"an" at <paramref name="index"/>.</summary>
    public static bool IsArticle(in CasualtySentence s, int index) => s.Is(index, "a") || s.Is(index, "an");

    /// <summary>Matches "a sailor died" at the article.</summary>
    public static void MatchSubject(in CasualtySentence s, int article)
    {
        if (s.Is(article - 1, "of") || s.IsTrigger(article - 1, TriggerRole.BeforeCount, out _) || SubjectCounts.IsConditional(s, article))
        {
            // "one of a group", "killed a policeman" (the verb's own pattern reads it).
            return;
        }

        // "A 12- YEAR-OLD GIRL WAS INJURED": an age split by a space stands before the noun.
        int noun = SplitAges.Skip(s, article + 1);
        int phraseEnd = VictimPhrase.Scan(s, noun, out _);
        int tailStart = phraseEnd;
        if (s.IsPunctuation(phraseEnd, ',') && s.Is(phraseEnd + 1, "who") && SubjectCounts.FindAppositiveClose(s, phraseEnd + 1) is var close and >= 0)
        {
            // "A MAN, WHO IS BELIEVED TO HAVE BEEN THE WATCHMAN AT CHANNEL 7'S TOWER, WAS KILLED": read past the relative clause.
            tailStart = close + 1;
        }

        if (!NamesPerson(s, noun, phraseEnd) || PersonForms.HoldsAmount(s, noun, phraseEnd))
        {
            return;
        }

        if (tailStart == phraseEnd && s.Is(tailStart, "and") && s.TryQuantity(tailStart + 1, out Quantity other) && !other.LooksLikeYear
            && VictimPhrase.Scan(s, other.EndToken, out _) is var otherEnd && otherEnd > other.EndToken && NamesPerson(s, other.EndToken, otherEnd))
        {
            // "A man and two women were shot dead": the one victim shares the verb of the count of people joined to it.
            tailStart = otherEnd;
        }

        int longFrom = tailStart == phraseEnd ? phraseEnd : -1;
        bool joinedOne = false;
        int longPhrase = noun;
        if (tailStart == phraseEnd && s.Is(tailStart, "and") && IsArticle(s, tailStart + 1)
            && VictimPhrase.Scan(s, tailStart + 2, out _) is var oneEnd && NamesPerson(s, tailStart + 2, oneEnd) && !PersonForms.HoldsAmount(s, tailStart + 2, oneEnd))
        {
            // "A man and a woman were wounded", "an officer and a sergeant were killed": each is one victim of the verb
            // they share (the second one's own subject pattern reads it too).
            longPhrase = tailStart + 2;
            tailStart = oneEnd;
            longFrom = oneEnd;
            joinedOne = true;
        }

        CasualtyKinds kinds;
        int tailEnd;
        bool hypothetical;
        if (CasualtyTail.IsActiveRelative(s, tailStart, out int relativeVerb))
        {
            // "a man who killed his neighbour was arrested": the man's own predicate follows the relative clause.
            if (LongSubjects.TryMainPredicate(s, relativeVerb, out kinds, out tailEnd, out hypothetical) && !hypothetical)
            {
                s.Add(kinds, One(article), VictimPhrase.Groups(s, noun, phraseEnd), article, tailEnd);
            }

            return;
        }

        if (CasualtyTail.IsActiveWithObject(s, tailStart) || CasualtyTail.HasCapitalsObject(s, tailStart))
        {
            // "a gunman killed 12 people" names the agent.
            return;
        }

        if (!CasualtyTail.TryRead(s, tailStart, out kinds, out tailEnd, out hypothetical))
        {
            // "A police officer who tried to stop the robbers was injured", "a boy living near the bank was wounded": the
            // one victim's phrase goes on to its verb as a counted subject's does.
            if (tailStart != longFrom || !SingleLongSubjects.TryRead(s, article, longFrom, longPhrase, out kinds, out tailEnd, out hypothetical, out int joint))
            {
                return;
            }

            if (!joinedOne && joint >= 0)
            {
                // "an official from the bank and a prosecutor from the court were assassinated": two victims of one each.
                joinedOne = true;
                phraseEnd = joint;
            }
        }

        if (hypothetical)
        {
            return;
        }

        // The first of two joined victims keeps its own words as evidence, so the merger does not take it for the same
        // reading as the second (whose evidence runs to the verb they share).
        s.Add(kinds, One(article), VictimPhrase.Groups(s, noun, phraseEnd), article, joinedOne ? phraseEnd : tailEnd);
    }

    /// <summary>
    /// Matches "another was injured", "another soldier was wounded" at "another": one more victim of the
    /// kind its own casualty word names. Not "another 12 were killed" (the count's pattern reads that).
    /// </summary>
    public static void MatchAnother(in CasualtySentence s, int another)
    {
        if (s.Is(another - 1, "of") || s.IsTrigger(another - 1, TriggerRole.BeforeCount, out _) || s.TryQuantity(another + 1, out _))
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, another + 1, out _);
        if ((phraseEnd > another + 1 && !NamesPerson(s, another + 1, phraseEnd)) || CasualtyTail.IsActiveWithObject(s, phraseEnd)
            || !CasualtyTail.TryRead(s, phraseEnd, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical) || hypothetical)
        {
            return;
        }

        s.Add(kinds, One(another), VictimPhrase.Groups(s, another + 1, phraseEnd), another, tailEnd);
    }

    /// <summary>Where the phrase after "another" starts: "another one" is one more victim, not a count of its own.</summary>
    private static int AfterAnother(in CasualtySentence s, int another) => s.Is(another + 1, "one") ? another + 2 : another + 1;

    /// <summary>Matches "killed a policeman", "wounded another" after a casualty verb; <paramref name="article"/> is the token after the verb.</summary>
    public static void MatchObject(in CasualtySentence s, int verb, int article, CasualtyKinds kinds)
    {
        bool another = s.Is(article, "another");
        int phraseStart = another ? AfterAnother(s, article) : article + 1;
        if (PronounVictims.IsSingleObject(s, article))
        {
            PronounVictims.Match(s, verb, article, kinds);
            return;
        }

        if (!IsArticle(s, article) && !(another && !s.TryQuantity(phraseStart, out _)))
        {
            NamedObjectLists.Match(s, article, kinds);
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, phraseStart, out _);
        if ((NamesPerson(s, phraseStart, phraseEnd) && !PersonForms.HoldsAmount(s, phraseStart, phraseEnd)) || (another && phraseEnd == phraseStart))
        {
            s.Add(kinds, One(article), VictimPhrase.Groups(s, phraseStart, phraseEnd), verb, phraseEnd);
            MatchListContinuation(s, phraseEnd, kinds);
        }
    }

    /// <summary>
    /// Matches more victims of a verb's object list after its first item ends at <paramref name="position"/>:
    /// "killing four soldiers and a civilian", "abducted a manager, two Canadians, and a Filipino". An
    /// item is an indefinite person after "and" (a count of one) or a count whose phrase names people;
    /// the list stops at anything else, at a partitive ("3 of them") and at an item with a casualty
    /// word of its own ("... and a civilian was wounded": the subject pattern reads that).
    /// </summary>
    public static void MatchListContinuation(in CasualtySentence s, int position, CasualtyKinds kinds)
    {
        for (int items = 1; items < CountList.MaxItems; items++)
        {
            int j = position;
            j += s.IsPunctuation(j, ',') ? 1 : 0;
            bool and = s.Is(j, "and");
            j += and ? 1 : 0;
            if (j == position || j >= s.Limit)
            {
                return;
            }

            if (and && s.Is(j, PossessiveDeterminers) && s.TryQuantity(j + 1, out _))
            {
                // "killed a man and his two sons".
                j++;
            }

            Quantity count;
            int phraseStart;
            if (IsArticle(s, j) && (and || ArticleLists.ClosesWithArticle(s, j)))
            {
                // "killed a professor, a policeman, and a pedestrian": after a comma only in a list that closes with "and a ...".
                count = One(j);
                phraseStart = j + 1;
            }
            else if (s.TryQuantity(j, out count) && !count.LooksLikeYear && !count.IsVague && (!s.Is(count.EndToken, "of") || IsOfPossessive(s, count.EndToken)))
            {
                // "and two of his employees", "and three other people".
                phraseStart = count.EndToken + (s.Is(count.EndToken, "of") ? 2 : 0);
                phraseStart += s.Is(phraseStart, "other") ? 1 : 0;
            }
            else
            {
                return;
            }

            // "and two others": the others are people like the items before them.
            int phraseEnd = s.Is(phraseStart, "others") ? phraseStart + 1 : VictimPhrase.Scan(s, phraseStart, out _);
            // A later count of the list may have a noun the person lexicon does not know ("12 onlookers and two
            // spectators"): its place in the verb's object list says it counts people when the noun has the form of
            // a person noun (an agent or member suffix, person-suffixes.txt); "3 mules" has not.
            if (phraseEnd <= phraseStart || !(s.Is(phraseStart, "others") || s.Is(phraseEnd - 1, "people") || NamesPerson(s, phraseStart, phraseEnd)
                || (!IsArticle(s, j) && PersonForms.HasPersonSuffix(s, phraseEnd - 1)))
                || CasualtyTail.TryRead(s, phraseEnd, out _, out _, out _))
            {
                return;
            }

            s.Add(kinds, count, VictimPhrase.Groups(s, phraseStart, phraseEnd), count.FirstToken, phraseEnd);
            position = phraseEnd;
        }
    }


    /// <summary>"of" and a possessive: "two of his employees".</summary>
    internal static bool IsOfPossessive(in CasualtySentence s, int index) => s.Is(index, "of") && s.Is(index + 1, PossessiveDeterminers);

    /// <summary>True when the head of the phrase [<paramref name="start"/>, <paramref name="end"/>) names a person.</summary>
    public static bool NamesPerson(in CasualtySentence s, int start, int end)
    {
        for (int k = end - 1; k >= start; k--)
        {
            // A long phrase ("a Filipino from a resort in the south") is read from its reach back, not skipped.
            if (PersonReach.Contains(start, k) && s.IsWord(k))
            {
                // The head is the phrase's last word before any "of"/"on" part: check each word from the end.
                if (IsPersonNoun(s, k) || CasualtyLexicon.TryGroup(s.Word(k), out _) || (IsHead(s, k, end) && IsNationalityNoun(s, k)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when token <paramref name="k"/> is a person noun or its plural ("officers", "leaders"): a list's
    /// later items are counts ("killed 14 soldiers and 2 officers"), so they take the plural.
    /// </summary>
    internal static bool IsPersonNoun(in CasualtySentence s, int k)
    {
        if (s.Is(k, PersonNouns))
        {
            return true;
        }

        ReadOnlySpan<char> word = s.Word(k);
        return word.Length > 3 && (word[^1] is 's' or 'S') && Lexicon.Default.Contains(PersonNouns, word[..^1]);
    }

    /// <summary>True when token <paramref name="k"/> ends its noun phrase: last of the phrase, or before a preposition ("a Filipino from the resort").</summary>
    private static bool IsHead(in CasualtySentence s, int k, int end) =>
        k == end - 1 || !s.IsWord(k + 1) || s.Is(k + 1, PlacePrepositions) || s.Is(k + 1, "from");

    /// <summary>
    /// A nationality word at the head of the phrase names a person ("a Briton", "a Filipino"); before
    /// a noun it is only a modifier ("a British company"), so only the phrase's last word is read.
    /// </summary>
    private static bool IsNationalityNoun(in CasualtySentence s, int index) =>
        CountryGazetteer.TryMatch(s.Text, s.Tokens, index, out CountryMatch match) && match.Form == CountryForm.Demonym && match.TokenCount == 1;

    /// <summary>The count of one that an indefinite article stands for.</summary>
    public static Quantity One(int article) => new(1, 1, 1, false, article, article + 1, false);

    /// <summary>True when the article at <paramref name="article"/> opens a phrase naming a person; <paramref name="phraseEnd"/> is its end.</summary>
    public static bool TryPersonPhrase(in CasualtySentence s, int article, out int phraseEnd)
    {
        phraseEnd = VictimPhrase.Scan(s, article + 1, out _);
        return NamesPerson(s, article + 1, phraseEnd) && !PersonForms.HoldsAmount(s, article + 1, phraseEnd);
    }
}
