using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Who did it: the subject of the trigger's clause, with speakers, asides, subordinate clauses and objects of earlier verbs told apart.</summary>
internal sealed class SubjectFinder
{
    private readonly MentionContext context;

    private readonly Asides asides;

    /// <summary>Creates the finder.</summary>
    public SubjectFinder(MentionContext context, Asides asides)
    {
        this.context = context;
        this.asides = asides;
    }

    private Document Document => context.Document;

    private ActorMention[] Mentions => context.Mentions;

    /// <summary>
    /// The subject mention of the trigger (mentions [<paramref name="first"/>, <paramref name="end"/>) are the sentence's),
    /// first in the clause, then in the sentence; the body a spokesperson speaks for; -1 if none.
    /// </summary>
    public int Find(Sentence sentence, TriggerMatch trigger, int first, int end, int clauseStart)
    {
        // Objects of an earlier verb ("Thatcher left Bonn after talks") are passed over unless nothing else is there.
        bool objectActs = SpeakerCues.ObjectActs(Document, trigger);
        // A strike's dateline is where the story was filed from, not who attacked: an unnamed bomber stays unnamed (GUIDELINES, unnamed
        // actors). The dateline still stands in for officials speaking from their capital ("PEKING - Zhao Ziyang of China and ...
        // signed"), where the subject finder misses the "of" phrase: skipping it there lost more real talks and deals than it fixed.
        int prose = trigger.Type == EventTaxonomy.Strike ? Datelines.ProseStart(Document, sentence) : sentence.FirstToken;
        int subject = SpeakerCues.IsParticipleClause(Document, trigger) ? FirstSubject(first, end, prose, trigger.FirstToken) : -1;
        if (subject < 0)
        {
            subject = NearestSubject(first, end, Math.Max(clauseStart, prose), trigger.FirstToken, skipObjects: !objectActs);
        }

        if (subject < 0)
        {
            subject = NearestSubject(first, end, prose, trigger.FirstToken, skipObjects: !objectActs);
        }

        if (subject < 0)
        {
            subject = NearestSubject(first, end, prose, trigger.FirstToken, skipObjects: false);
        }

        return subject < 0 ? -1 : SpokespersonFor(subject, end);
    }

    /// <summary>The code of the first subject-like mention of the sentence before the trigger, or null.</summary>
    public string? FirstSubjectBefore(Sentence sentence, TriggerMatch trigger)
    {
        int first = context.Index.FirstAtOrAfter(sentence.FirstToken);
        int end = context.Index.FirstAtOrAfter(sentence.EndToken);
        int m = FirstSubject(first, end, sentence.FirstToken, trigger.FirstToken);
        return m < 0 || Mentions[m].Form == ActorForm.Pair ? null : Mentions[m].Code;
    }

    /// <summary>"Ahmed al-Assadi, a spokesman for the PMF, blamed ...": the body a person speaks for; else the person.</summary>
    private int SpokespersonFor(int m, int end)
    {
        ActorMention person = Mentions[m];
        if (person.Form != ActorForm.Person || m + 1 >= end)
        {
            return m;
        }

        ActorMention next = Mentions[m + 1];
        int t = person.LastToken + 1;
        if (next.FirstToken - person.LastToken > 7 || t >= Document.Tokens.Length || context.Word(t) is not ",")
        {
            return m;
        }

        return context.WordBefore(next.FirstToken, out int at) is "for" or "of" && at > 0 && EventWords.Members.Contains(context.Word(at - 1)) ? m + 1 : m;
    }

    /// <summary>The nearest mention before <paramref name="before"/> from <paramref name="from"/> on that no preposition governs; -1 if none.</summary>
    private int NearestSubject(int first, int end, int from, int before, bool skipObjects)
    {
        for (int m = end - 1; m >= first; m--)
        {
            ActorMention mention = Mentions[m];
            if (mention.LastToken >= before)
            {
                continue;
            }

            if (mention.FirstToken < from)
            {
                break;
            }

            string? word = context.WordBefore(context.PhraseStart(m), out int at);
            // "Ahmed al-Assadi, a spokesman for the PMF, blamed": an aside naming the body the speaker works for gives the subject.
            if (asides.IsInsideAside(mention, before) && word is not null && context.IsMemberOf(word, mention))
            {
                return m;
            }

            if (asides.IsPlaceApposition(mention, word, at) || asides.IsInsideAside(mention, before) || (skipObjects && word is null && context.IsObjectOfVerb(at)))
            {
                continue;
            }

            if (word is null || !EventWords.Prepositions.Contains(word) || mention.Form == ActorForm.Pair || context.IsMemberOf(word, mention) || IsSubordinateSubject(word, mention))
            {
                // A mention inside an "of"/"in" phrase still counts when its head is a subject: keep looking otherwise.
                return m;
            }
        }

        return -1;
    }

    /// <summary>The first mention of the sentence before <paramref name="before"/> that no preposition governs and no aside holds; -1 if none.</summary>
    private int FirstSubject(int first, int end, int from, int before)
    {
        for (int m = first; m < end && Mentions[m].LastToken < before; m++)
        {
            ActorMention mention = Mentions[m];
            if (mention.FirstToken < from)
            {
                continue;
            }

            string? word = context.WordBefore(context.PhraseStart(m), out int at);
            if (asides.IsPlaceApposition(mention, word, at) || asides.IsInsideAside(mention, before) || (word is null && context.IsObjectOfVerb(at)))
            {
                continue;
            }

            if (word is null || mention.Form == ActorForm.Pair || context.IsMemberOf(word, mention))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>"after Turkey began an offensive": after, before, since and until open a clause whose subject the mention is.</summary>
    private bool IsSubordinateSubject(string word, ActorMention mention)
    {
        Token[] tokens = Document.Tokens;
        if (word is "for")
        {
            // "for the Syrian Army to enter and deploy": the subject of an infinitive.
            int t = mention.LastToken + 1;
            if (t < tokens.Length && EventWords.Members.Contains(context.Word(t)))
            {
                t++;
            }

            return t + 1 < tokens.Length && context.Word(t) is "to" && tokens[t + 1].Kind == TokenKind.Word && char.IsLower(context.Word(t + 1)[0]);
        }

        if (!EventWords.SubordinatingPrepositions.Contains(word) || mention.LastToken + 1 >= tokens.Length)
        {
            return false;
        }

        Token next = tokens[mention.LastToken + 1];
        ReadOnlySpan<char> verb = Document.Span(next);
        return next.Kind == TokenKind.Word && char.IsLower(verb[0]) && !EventWords.Prepositions.Contains(verb) && !EventWords.Coordinators.Contains(verb)
            && !EventWords.TitleWords.Contains(verb) && !EventWords.Members.Contains(verb) && !EventWords.ClauseOpeners.Contains(verb);
    }
}
