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
    private static readonly TokenWindow PersonReach = new(0, 4);

    private static readonly WordClass PersonNouns = Lexicon.Default.Class("casualties/person-nouns");

    /// <summary>True for "a"/"an" at <paramref name="index"/>.</summary>
    public static bool IsArticle(in CasualtySentence s, int index) => s.Is(index, "a") || s.Is(index, "an");

    /// <summary>Matches "a sailor died" at the article.</summary>
    public static void MatchSubject(in CasualtySentence s, int article)
    {
        if (s.Is(article - 1, "of") || s.IsTrigger(article - 1, TriggerRole.BeforeCount, out _))
        {
            // "one of a group", "killed a policeman" (the verb's own pattern reads it).
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, article + 1, out _);
        if (!NamesPerson(s, article + 1, phraseEnd)
            || !CasualtyTail.TryRead(s, phraseEnd, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical) || hypothetical)
        {
            return;
        }

        s.Add(kinds, One(article), VictimPhrase.Groups(s, article + 1, phraseEnd), article, tailEnd);
    }

    /// <summary>Matches "killed a policeman" after a casualty verb; <paramref name="article"/> is the token after the verb.</summary>
    public static void MatchObject(in CasualtySentence s, int verb, int article, CasualtyKinds kinds)
    {
        if (!IsArticle(s, article))
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, article + 1, out _);
        if (NamesPerson(s, article + 1, phraseEnd))
        {
            s.Add(kinds, One(article), VictimPhrase.Groups(s, article + 1, phraseEnd), verb, phraseEnd);
        }
    }

    /// <summary>
    /// Matches a coordinated indefinite victim after a counted object, "killing four soldiers and a
    /// civilian": the victim after "and" at <paramref name="and"/> is a count of one of the same
    /// kinds. Not when a casualty word of its own follows ("... and a civilian was wounded": the
    /// subject pattern reads that).
    /// </summary>
    public static void MatchCoordinated(in CasualtySentence s, int and, CasualtyKinds kinds)
    {
        if (!s.Is(and, "and") || !IsArticle(s, and + 1))
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, and + 2, out _);
        if (NamesPerson(s, and + 2, phraseEnd) && !CasualtyTail.TryRead(s, phraseEnd, out _, out _, out _))
        {
            s.Add(kinds, One(and + 1), VictimPhrase.Groups(s, and + 2, phraseEnd), and + 1, phraseEnd);
        }
    }

    /// <summary>True when the head of the phrase [<paramref name="start"/>, <paramref name="end"/>) names a person.</summary>
    private static bool NamesPerson(in CasualtySentence s, int start, int end)
    {
        for (int k = end - 1; k >= start && PersonReach.Contains(start, k); k--)
        {
            if (s.IsWord(k))
            {
                // The head is the phrase's last word before any "of"/"on" part: check each word from the end.
                if (s.Is(k, PersonNouns) || CasualtyLexicon.TryGroup(s.Word(k), out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The count of one that an indefinite article stands for.</summary>
    public static Quantity One(int article) => new(1, 1, 1, false, article, article + 1, false);

    /// <summary>True when the article at <paramref name="article"/> opens a phrase naming a person; <paramref name="phraseEnd"/> is its end.</summary>
    public static bool TryPersonPhrase(in CasualtySentence s, int article, out int phraseEnd)
    {
        phraseEnd = VictimPhrase.Scan(s, article + 1, out _);
        return NamesPerson(s, article + 1, phraseEnd);
    }
}
