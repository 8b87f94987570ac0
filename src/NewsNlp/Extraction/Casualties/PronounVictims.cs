using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// "him" or "her" as the object of a casualty verb, standing for one indefinite person named before it in the sentence:
/// "fired at a civilian woman in La Paz, wounding her", "threatened to kill a journalist after kidnapping him".
/// </summary>
internal static class PronounVictims
{
    private static readonly WordClass PlacePrepositions = Lexicon.Default.Class("casualties/place-prepositions");
    private static readonly WordClass TimePrepositions = Lexicon.Default.Class("casualties/time-prepositions");
    private static readonly WordClass PossessiveDeterminers = Lexicon.Default.Class("casualties/possessive-determiners");

    /// <summary>Tokens the pronoun's clause may hold before it after its antecedent's phrase ("in La Paz, wounding").</summary>
    private const int PronounReach = 10;

    /// <summary>
    /// True for "him" or "her" at <paramref name="index"/> standing as a whole object: the clause goes on with no noun
    /// after it ("wounding her in the head", "after kidnapping him."); "killing her husband" is a possessive.
    /// </summary>
    public static bool IsSingleObject(in CasualtySentence s, int index) =>
        (s.Is(index, "him") || s.Is(index, "her")) && (index + 1 >= s.Limit || !s.IsWord(index + 1) || s.Is(index + 1, PlacePrepositions)
            || s.Is(index + 1, TimePrepositions) || s.Is(index + 1, "and") || s.Is(index + 1, "after") || s.Is(index + 1, "before"));

    /// <summary>
    /// Matches "fired at a civilian woman, wounding her", "seized an engineer and killed him": "him" or "her" after a
    /// casualty verb stands for the nearest person named before it in the sentence, one victim when that person is
    /// indefinite. The nearest person decides: "a gunman shot the mayor, wounding him" is the mayor, definite, no item
    /// (the definite guard); an antecedent that opens the sentence is its subject, the agent more often than not, and a
    /// capitalised word between ("Xxx" in mixed-case text) may be a name the pronoun stands for.
    /// </summary>
    public static void Match(in CasualtySentence s, int verb, int pronoun, CasualtyKinds kinds)
    {
        for (int k = verb - 1; k > s.First && verb - k <= PronounReach + 4; k--)
        {
            if (IsCapitalised(s, k))
            {
                // A place after its preposition ("in La Paz", "near Lima") is no name the pronoun may stand for.
                int first = k;
                while (first - 1 > s.First && IsCapitalised(s, first - 1))
                {
                    first--;
                }

                if (!s.Is(first - 1, PlacePrepositions))
                {
                    return;
                }

                k = first;
                continue;
            }

            if (!s.IsWord(k) || !SingleVictims.IsPersonNoun(s, k))
            {
                continue;
            }

            int article = k - 1;
            while (article > s.First && SingleVictims.PersonReach.Contains(article, k) && !SingleVictims.IsArticle(s, article) && s.IsWord(article) && !s.Is(article, "the")
                && !s.Is(article, PossessiveDeterminers))
            {
                article--;
            }

            if (SingleVictims.IsArticle(s, article) && article > s.First && !s.IsPunctuation(article - 1, ',') && SingleVictims.TryPersonPhrase(s, article, out int phraseEnd)
                && phraseEnd > k && verb - phraseEnd <= PronounReach)
            {
                s.Add(kinds, SingleVictims.One(article), VictimPhrase.Groups(s, article + 1, phraseEnd), verb, pronoun + 1);
            }

            return;
        }
    }

    private static bool IsCapitalised(in CasualtySentence s, int k) =>
        s.IsWord(k) && s.Word(k) is { Length: > 1 } word && char.IsUpper(word[0]) && char.IsLower(word[1]);

}
