using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Partitive subjects, "N of [the] M phrase casualty-word": which of the part and the whole is the count
/// (read by <see cref="SubjectCounts"/> at the part).
/// </summary>
internal static class PartitiveCounts
{
    /// <summary>An "including ..." aside, and the clause after a reduced relative, close within eight tokens.</summary>
    private static readonly TokenWindow AsideReach = new(0, 8);

    private static readonly WordClass Demonstratives = Lexicon.Default.Class("casualties/demonstratives");
    private static readonly WordClass PartitiveWholeNouns = Lexicon.Default.Class("casualties/partitive-whole-nouns");
    private static readonly WordClass Auxiliaries = Lexicon.Default.Class("casualties/subject-auxiliaries");
    private static readonly WordClass ClauseBreaks = Lexicon.Default.Class("casualties/clause-breaks");
    private static readonly WordClass SourceVerbs = Lexicon.Default.Class("casualties/source-verbs");

    /// <summary>
    /// "Two of the 16 passengers died": the part is the count, with the whole's group. But when the casualty word
    /// follows the whole with no auxiliary and the part is no subject ("autopsies on 9 of the 14 fishermen killed
    /// in ...") or a main verb is still to come, it is a reduced relative of the whole: the whole is the count. A
    /// "--including ...--" or ", including ...," aside after the whole is read past.
    /// </summary>
    public static bool Match(in CasualtySentence s, Quantity part)
    {
        int j = part.EndToken + 1;
        j += s.Is(j, Demonstratives) ? 1 : 0;
        if (!s.Is(part.EndToken, "of") || !s.TryQuantity(j, out Quantity whole) || whole.LooksLikeYear || part.LooksLikeYear)
        {
            return false;
        }

        // "four of the 20 hostages were killed": a whole that names victims of its own is read past.
        int phraseEnd = VictimPhrase.Scan(s, whole.EndToken, out _);
        if (s.Is(phraseEnd, PartitiveWholeNouns))
        {
            if (!s.Is(phraseEnd + 1, Auxiliaries))
            {
                // "one of two hostages injured in the raid died": the whole's own pattern reads it.
                return false;
            }

            phraseEnd++;
        }

        int tail = SkipIncludingAside(s, phraseEnd);
        if (!CasualtyTail.TryRead(s, tail, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical) || hypothetical
            || CasualtyTail.IsActiveWithObject(s, tail))
        {
            return false;
        }

        List<string> groups = VictimPhrase.Groups(s, whole.EndToken, phraseEnd);
        bool subject = StartsClause(s, part.FirstToken);
        if (!s.Is(tail, Auxiliaries) && (!subject || s.Is(tail, "who") || HasVerbAfter(s, tailEnd)))
        {
            // "one of the 16 soldiers killed in the attack was an officer"; "one of the two citizens who were
            // kidnapped ... has been released": a relative clause of the whole, however far its main verb.
            s.Add(kinds, whole, groups, whole.FirstToken, tailEnd);
        }
        else if (subject)
        {
            s.Add(kinds, part, groups, part.FirstToken, tailEnd);
        }

        return true;
    }

    /// <summary>True when a subject may start at <paramref name="index"/>: the sentence's or a clause's start ("police said two of ...").</summary>
    private static bool StartsClause(in CasualtySentence s, int index) =>
        index - 1 < s.First || (!s.IsWord(index - 1) && s.Tokens[index - 1].Kind != TokenKind.Clitic)
        || s.Is(index - 1, ClauseBreaks) || s.Is(index - 1, SourceVerbs) || s.Is(index - 1, "and") || s.Is(index - 1, "but");

    /// <summary>True when an auxiliary or copula stands in the clause after <paramref name="index"/> (not after "and"): the main verb is still to come.</summary>
    private static bool HasVerbAfter(in CasualtySentence s, int index)
    {
        for (int k = index; k < s.Limit && AsideReach.Contains(index, k) && !s.IsPunctuation(k, ',') && !s.IsPunctuation(k, '.') && !s.Is(k, ClauseBreaks) && !s.Is(k, "and"); k++)
        {
            if (s.Is(k, Auxiliaries) || s.IsTrigger(k, TriggerRole.AfterCount, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index after a "--including 2 Colombians--" or ", including three soldiers," aside at <paramref name="index"/>, else <paramref name="index"/>.</summary>
    private static int SkipIncludingAside(in CasualtySentence s, int index)
    {
        int open = SkipMarks(s, index);
        if (open == index || !s.Is(open, "including"))
        {
            return index;
        }

        for (int k = open + 1; k < s.Limit && AsideReach.Contains(open, k); k++)
        {
            if (IsAsideMark(s, k))
            {
                return SkipMarks(s, k);
            }
        }

        return index;
    }

    /// <summary>The index after the run of aside marks at <paramref name="index"/> ("--" may be two tokens; a comma is one).</summary>
    private static int SkipMarks(in CasualtySentence s, int index)
    {
        if (s.IsPunctuation(index, ','))
        {
            return index + 1;
        }

        int k = index;
        while (IsAsideMark(s, k) && !s.IsPunctuation(k, ','))
        {
            k++;
        }

        return k;
    }

    private static bool IsAsideMark(in CasualtySentence s, int index) =>
        s.IsPunctuation(index, ',') || (index >= s.First && index < s.Limit && s.Tokens[index].Kind == TokenKind.Dash);
}
