using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// An act told as what one party accuses or blames another of ("U.S. officials accused Iran of attacking a Kuwaiti tanker", "the
/// United States blamed Iran for a missile attack on a tanker", "the attacks, which Washington blames on Iran", "held Iraq responsible
/// for the raid") was done by the accused: the accused is its doer, and the accuser is neither its doer nor its target, unless the
/// act falls on the accuser's own ("Kuwait accused Iraq of bombing its oil terminal" = IQ&gt;KW). The finders read the clause
/// subject (the accuser) as the doer and the accused object as the target: blind
/// judged draws of the news output found the speaker's country as the doer of tanker attacks it blamed on Iran again and again
/// (Events/README.md, session 18, ev20p). Only acts of force the accused does (strike, threat, deployment); the accusation itself is
/// its own event. Applied after the verifier, which learned from the candidates' roles before it.
/// </summary>
internal static class AccusedDoers
{
    // Words whose "of" or "for" phrase names the act ("accused Iran of attacking", "blamed Iran for the attack", "held Iraq responsible
    // for"), or whose "on" phrase names the blamed party after the act ("blamed the attack on Iran").
    private static readonly WordClass BlamingWords = Lexicon.Default.Class("events/blaming-words");

    // "for the new missile attacks": a determiner and modifiers stand between the preposition and the act.
    private const int ModifierReach = 3;

    // "accused Iranian Revolutionary Guards gunboats of": the accused stands at most six tokens between the verb and "of" / "for".
    private const int AccusedReach = 6;

    // "U.S. Defence Secretary Caspar Weinberger blamed": the accuser is named at most eight tokens before the verb.
    private const int AccuserReach = 8;

    // "the attacks, which the Americans blame on Iran": the verb of blaming stands at most ten tokens after the act.
    private const int RelativeReach = 10;

    // "attacking its oil terminal", "shelling Basra": what the act fell on follows it within eight tokens.
    private const int UndergoerReach = 8;

    /// <summary>Gives an act of force told as the content of an accusation or blame the accused as its doer (see the class remarks).</summary>
    public static void Apply(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index, EventCandidate candidate)
    {
        if (candidate.Type is not (EventTaxonomy.Strike or EventTaxonomy.Threat or EventTaxonomy.Mobilization) || candidate.Mutual)
        {
            return;
        }

        if (Find(document, sentence, trigger, index) is not var (accused, accusers) || accused.Count == 0)
        {
            return;
        }

        candidate.Actors.Clear();
        candidate.Actors.AddRange(accused);
        candidate.ActorsFromSubject = false;
        // The accuser the finders read as a target is the speaker ("the attacks, which the Americans blame on Iran"); one the article
        // supplied as the guessed target stays, as the accuser is most often the victim ("Sudan accused Eritrea of attacking a border
        // town").
        bool guessed = candidate.TargetsByDefault;
        candidate.Targets.RemoveAll(code => accused.Contains(code) || (accusers.Contains(code) && !guessed));
        candidate.PlaceTarget = candidate.PlaceTarget is { } place && candidate.Targets.Contains(place) ? place : null;

        // What the act fell on, told after it: "bombing its oil terminal" is the accuser's own, "shelling Basra" the place's country.
        int end = Math.Min(sentence.EndToken, trigger.LastToken + 1 + UndergoerReach);
        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation || document.IsWordOf(t, EventWords.ClauseOpeners))
            {
                break;
            }

            if (t <= trigger.LastToken + 2 && document.Is(t, EventWords.PossessivePronouns))
            {
                guessed &= !AddAll(candidate.Targets, accusers, accused);
            }
        }

        for (int m = index.FirstAtOrAfter(trigger.LastToken + 1); m < index.Mentions.Length && index.Mentions[m].FirstToken < end; m++)
        {
            if (HasBreakBetween(document, trigger.LastToken + 1, index.Mentions[m].FirstToken) || document.Span(document.Tokens[index.Mentions[m].FirstToken - 1]) is "by")
            {
                break;
            }

            guessed &= !AddAll(candidate.Targets, [index.Mentions[m].Code], accused);
        }

        candidate.TargetsByDefault = guessed && candidate.Targets.Count > 0;
    }

    /// <summary>The accused and the accusers of the accusation or blame whose content the trigger is; null when it is none.</summary>
    internal static (List<string> Accused, List<string> Accusers)? Find(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        // "accused Iran of attacking", "blamed Iran for the attack", "held Iran responsible for the attack".
        int preposition = trigger.FirstToken - 1;
        while (preposition >= sentence.FirstToken && preposition >= trigger.FirstToken - 1 - ModifierReach && IsModifier(document, preposition))
        {
            preposition--;
        }

        if (preposition > sentence.FirstToken && document.Span(document.Tokens[preposition]) is var word && (word is "of" or "for"))
        {
            for (int verb = preposition - 1; verb >= sentence.FirstToken && verb >= preposition - 1 - AccusedReach; verb--)
            {
                if (document.IsWordOf(verb, BlamingWords))
                {
                    return Accused(document, sentence, index, verb, preposition);
                }

                if (document.Tokens[verb].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic) && document.Span(document.Tokens[verb]) is not ("'" or "-"))
                {
                    break;
                }
            }
        }

        // "blamed the attack on the tanker on Iran": the blamed party after the last "on" of the act's phrase.
        int before = trigger.FirstToken - 1;
        while (before >= sentence.FirstToken && before >= trigger.FirstToken - 1 - ModifierReach && IsModifier(document, before))
        {
            before--;
        }

        if (before >= sentence.FirstToken && document.IsWordOf(before, BlamingWords) && !document.Span(document.Tokens[before]).Equals("responsible", StringComparison.OrdinalIgnoreCase)
            && LastOnMention(document, index, trigger.LastToken + 1, Math.Min(sentence.EndToken, trigger.LastToken + 1 + UndergoerReach + 4)) is { } blamed)
        {
            return ([blamed], Codes(index, Math.Max(sentence.FirstToken, before - AccuserReach), before));
        }

        // "the tanker attacks, which the Americans blame on Iran", "the tanker attacks the Americans blame on Iran", "raids blamed on
        // Iran": a verb of blaming with "on" right after it follows the act within its sentence's stretch.
        int relativeEnd = Math.Min(sentence.EndToken, trigger.LastToken + 1 + RelativeReach);
        for (int verb = trigger.LastToken + 1; verb < relativeEnd; verb++)
        {
            if (document.Tokens[verb].Kind == TokenKind.Punctuation && document.Span(document.Tokens[verb]) is not ",")
            {
                break;
            }

            if (document.IsWordOf(verb, BlamingWords) && verb + 1 < sentence.EndToken && document.Span(document.Tokens[verb + 1]) is "on"
                && LastOnMention(document, index, verb + 1, Math.Min(sentence.EndToken, verb + 4)) is { } relativeBlamed)
            {
                return ([relativeBlamed], Codes(index, trigger.LastToken + 1, verb));
            }
        }

        return null;
    }

    // "Iran was responsible", "Iran, which was blamed": the accused stands at most four tokens before "responsible" or the passive's "be".
    private const int SubjectReach = 4;

    /// <summary>
    /// The accused and accusers of a verb of accusing or blaming at <paramref name="verb"/> whose "of" / "for" stands at
    /// <paramref name="preposition"/>: the object between them ("accused Iran of"); else, after "responsible" or a passive ("Iran was
    /// responsible for", "Iran was blamed for"), the last mention before it, with the accusers named before that.
    /// </summary>
    private static (List<string> Accused, List<string> Accusers)? Accused(Document document, Sentence sentence, ActorIndex index, int verb, int preposition)
    {
        List<string> accused = Codes(index, verb + 1, preposition);
        if (accused.Count > 0)
        {
            return (accused, Codes(index, Math.Max(sentence.FirstToken, verb - AccuserReach), verb));
        }

        bool responsible = document.Span(document.Tokens[verb]).Equals("responsible", StringComparison.OrdinalIgnoreCase);
        int subjectEnd = verb;
        if (!responsible)
        {
            // "Iran was blamed for", "Iraq is accused of": the passive's subject is the accused.
            subjectEnd = verb - 1 >= sentence.FirstToken && document.IsWordOf(verb - 1, EventWords.BeForms) ? verb - 1 : -1;
            if (subjectEnd < 0)
            {
                return null;
            }
        }

        int last = -1;
        for (int m = index.FirstAtOrAfter(Math.Max(sentence.FirstToken, subjectEnd - SubjectReach)); m < index.Mentions.Length && index.Mentions[m].FirstToken < subjectEnd; m++)
        {
            if (index.Mentions[m].LastToken < subjectEnd && index.Mentions[m].Form != ActorForm.Pair && index.Mentions[m].Code.Length > 0)
            {
                last = m;
            }
        }

        return last < 0 ? null
            : ([index.Mentions[last].Code], Codes(index, Math.Max(sentence.FirstToken, index.Mentions[last].FirstToken - AccuserReach), index.Mentions[last].FirstToken));
    }

    /// <summary>A determiner or a lower-case modifier between the preposition and the act ("the", "new", "missile"), not a verb in "-ing" ("supporting attacks by").</summary>
    private static bool IsModifier(Document document, int t)
    {
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        return document.Tokens[t].Kind == TokenKind.Word && (document.Is(t, EventWords.Determiners) || (char.IsLower(word[0]) && !word.EndsWith("ing", StringComparison.Ordinal)
            && word is not ("of" or "for" or "on") && !document.IsWordOf(t, BlamingWords)));
    }

    /// <summary>The code of the mention after the last "on" (with "the" at most between) in [<paramref name="from"/>, <paramref name="end"/>); null if none.</summary>
    private static string? LastOnMention(Document document, ActorIndex index, int from, int end)
    {
        string? last = null;
        for (int t = from; t < end; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation && document.Span(document.Tokens[t]) is not ("-" or "'s"))
            {
                break;
            }

            if (document.Span(document.Tokens[t]) is not "on")
            {
                continue;
            }

            int next = t + 1 < end && document.Span(document.Tokens[t + 1]) is "the" ? t + 2 : t + 1;
            int m = index.FirstAtOrAfter(next);
            // "on Iran", "on Tehran", not "on Kuwaiti shipping" nor "on Basra" (what was attacked).
            if (m < index.Mentions.Length && index.Mentions[m].FirstToken == next && index.Mentions[m].Code.Length > 0
                && index.Mentions[m].Form is ActorForm.Name or ActorForm.Capital or ActorForm.Alias or ActorForm.Organization)
            {
                last = index.Mentions[m].Code;
            }
        }

        return last;
    }

    /// <summary>The distinct codes of the mentions that lie wholly in [<paramref name="from"/>, <paramref name="to"/>) (no pair mentions).</summary>
    private static List<string> Codes(ActorIndex index, int from, int to)
    {
        var codes = new List<string>();
        for (int m = index.FirstAtOrAfter(from); m < index.Mentions.Length && index.Mentions[m].FirstToken < to; m++)
        {
            ActorMention mention = index.Mentions[m];
            if (mention.LastToken < to && mention.Form != ActorForm.Pair && mention.Code.Length > 0 && !codes.Contains(mention.Code))
            {
                codes.Add(mention.Code);
            }
        }

        return codes;
    }

    private static bool HasBreakBetween(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation || document.IsWordOf(t, EventWords.ClauseOpeners))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the codes that are neither targets yet nor accused; true when it added one.</summary>
    private static bool AddAll(List<string> targets, List<string> codes, List<string> accused)
    {
        bool added = false;
        foreach (string code in codes)
        {
            if (!targets.Contains(code) && !accused.Contains(code))
            {
                targets.Add(code);
                added = true;
            }
        }

        return added;
    }
}
