using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// More victims joined to a verb's first object that gives no count of its own: a definite or named object ("killed the
/// mayor and three other people"), a list of single people ("the murder of Dr X, his wife, and two other people"), a
/// reflexive ("killed himself and a 12-year-old girl").
/// </summary>
internal static class NamedObjectLists
{
    /// <summary>A definite or named object closes within six words of its start ("student leader Juan Perez").</summary>
    private static readonly TokenWindow NamedObjectReach = new(0, 6);

    /// <summary>A first object that is a list of single people, commas between, closes within twelve words ("Dr X, his wife,").</summary>
    private static readonly TokenWindow NamedListReach = new(0, 12);

    private static readonly WordClass PlacePrepositions = Lexicon.Default.Class("casualties/place-prepositions");
    private static readonly WordClass TimePrepositions = Lexicon.Default.Class("casualties/time-prepositions");

    /// <summary>
    /// "killed the mayor and three other people", "kidnapped student leader Juan Perez and two other students":
    /// a definite or named first object (no count of its own: named single people give no item) followed,
    /// within <see cref="NamedObjectReach"/> words, by "and N other ...", "and N others" or "and N of his ..."; a list of
    /// single people, commas between, within <see cref="NamedListReach"/> words by "and N other(s)".
    /// </summary>
    public static void Match(in CasualtySentence s, int start, CasualtyKinds kinds)
    {
        bool comma = false;
        for (int k = start + 1; k < s.Limit && NamedListReach.Contains(start, k) && (s.IsWord(k - 1) || s.IsPunctuation(k - 1, ','))
            && !s.TryQuantity(k - 1, out _); k++)
        {
            comma |= s.IsPunctuation(k - 1, ',');
            if (!comma && !NamedObjectReach.Contains(start, k))
            {
                return;
            }

            if (s.IsPunctuation(k, ',') && k > start + 1 && s.TryQuantity(k + 1, out Quantity listed) && !listed.IsVague
                && (s.Is(listed.EndToken, "other") || s.Is(listed.EndToken, "others")))
            {
                // "the assassination of rector X, five other Jesuits, and two women": a list of single people may go on
                // with a comma before its "N other(s)" item as well as with "and"; "other" still says the count adds
                // victims like the named ones, and the list's later items follow it.
                SingleVictims.MatchListContinuation(s, k, kinds);
                return;
            }

            if (!s.Is(k, "and"))
            {
                continue;
            }

            // Past a comma the first object is a list of single people ("the murder of Dr X, his wife, and two other
            // people who were with them"): only "N other(s)" says the count adds victims like them.
            if (s.TryQuantity(k + 1, out Quantity count) && !count.IsVague
                && (s.Is(count.EndToken, "other") || s.Is(count.EndToken, "others") || (!comma && (SingleVictims.IsOfPossessive(s, count.EndToken) || EndsClause(s, count)))))
            {
                SingleVictims.MatchListContinuation(s, k, kinds);
            }
            else if (!comma && (IsReflexive(s, start) || s.Is(start, "the")) && SingleVictims.IsArticle(s, k + 1) && SingleVictims.TryPersonPhrase(s, k + 1, out int personEnd)
                && ClosesClause(s, personEnd))
            {
                // "killed himself and a 12-year-old girl", "shot the mayor and a bodyguard.": an indefinite person
                // joined to a reflexive or definite object is one more victim; it must close the clause, or it may be
                // the subject of a verb to come ("killed the mayor and a gunman fled"). Not after any other word: "the
                // wounded include a child and a woman" names parts of a count already given.
                SingleVictims.MatchListContinuation(s, k, kinds);
            }

            return;
        }
    }


    /// <summary>A reflexive object ("killed himself"): the subject's own death, which may have more victims joined to it.</summary>
    private static bool IsReflexive(in CasualtySentence s, int k) => s.Is(k, "himself") || s.Is(k, "herself") || s.Is(k, "themselves");

    /// <summary>True when a person phrase ending at <paramref name="end"/> closes its clause: the sentence ends, a mark or a place or time preposition follows.</summary>
    private static bool ClosesClause(in CasualtySentence s, int end) =>
        end >= s.Limit || !s.IsWord(end) || s.Is(end, PlacePrepositions) || s.Is(end, TimePrepositions);

    /// <summary>"killing the driver and four passengers.": the item closes the clause, so it is no subject of a verb to come ("and 3 aides were questioned").</summary>
    private static bool EndsClause(in CasualtySentence s, Quantity count)
    {
        int end = VictimPhrase.Scan(s, count.EndToken, out _);
        return end > count.EndToken && (end >= s.Limit || !s.IsWord(end) || s.Is(end, PlacePrepositions));
    }

}
