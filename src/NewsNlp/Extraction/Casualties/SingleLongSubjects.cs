using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// One indefinite victim whose phrase goes on to its verb as a counted subject's does (<see cref="LongSubjects"/>): a
/// relative clause, a participle or an of-phrase ("A police officer who tried to stop the robbers was injured", "an
/// Italian working for a charity has been taken hostage").
/// </summary>
internal static class SingleLongSubjects
{
    private static readonly WordClass IntroductoryOpeners = Lexicon.Default.Class("casualties/introductory-openers");

    /// <summary>
    /// Reads the casualty tail of the victim at <paramref name="article"/> whose short phrase ends at <paramref name="from"/>
    /// (<paramref name="phraseStart"/> is its first noun word). <paramref name="joint"/> is the index of an "and" before
    /// another article inside the long phrase (another victim of one: the evidence of this one stops there), or -1.
    /// </summary>
    public static bool TryRead(in CasualtySentence s, int article, int from, int phraseStart, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical, out int joint)
    {
        joint = -1;
        if (!MayOpenLongSubject(s, article) || !LongSubjects.TryRead(s, from, out kinds, out tailEnd, out hypothetical, out int longTail, phraseStart: phraseStart)
            || CasualtyTail.IsActiveWithObject(s, longTail) || HoldsOpenComma(s, from, longTail))
        {
            kinds = CasualtyKinds.None;
            tailEnd = from;
            hypothetical = false;
            return false;
        }

        joint = JoinedArticle(s, from, longTail);
        return true;
    }

    /// <summary>
    /// True when the article at <paramref name="article"/> may open a long subject: not after a copula (a predicate: "who is
    /// a member of the centre and who was injured"), and after a comma only when an introductory phrase ends there (not an
    /// appositive of a name: "X and Y, a teacher at the school, have been killed").
    /// </summary>
    private static bool MayOpenLongSubject(in CasualtySentence s, int article)
    {
        if (s.IsWord(article - 1) && CasualtyLexicon.IsAuxiliary(s.Word(article - 1)))
        {
            return false;
        }

        if (!s.IsPunctuation(article - 1, ','))
        {
            return true;
        }

        // After a comma only when an introductory phrase ends there ("During the incident, a policeman who ...").
        int k = article - 2;
        while (k > s.First && !s.IsPunctuation(k - 1, ',') && !s.IsPunctuation(k - 1, ':'))
        {
            k--;
        }

        return k >= s.First && s.Is(k, IntroductoryOpeners);
    }

    /// <summary>The index of an "and" before an article in [<paramref name="from"/>, <paramref name="to"/>) (another victim of one joins the subject), or -1.</summary>
    private static int JoinedArticle(in CasualtySentence s, int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
        {
            if (s.Is(k, "and") && SingleVictims.IsArticle(s, k + 1))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when a comma outside brackets stands in [<paramref name="from"/>, <paramref name="to"/>): one victim's long
    /// phrase runs to its verb without one ("a watchman fired shots, and it is believed that the attackers ... are wounded").
    /// </summary>
    private static bool HoldsOpenComma(in CasualtySentence s, int from, int to)
    {
        int depth = 0;
        for (int k = from; k < to; k++)
        {
            depth += s.IsPunctuation(k, '(') ? 1 : s.IsPunctuation(k, ')') ? -1 : 0;
            if (depth <= 0 && s.IsPunctuation(k, ','))
            {
                return true;
            }
        }

        return false;
    }
}
