using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Who did it: subjects, speakers, asides, passives and the clauses that hide them.</summary>
internal sealed partial class ArgumentFinder
{
    /// <summary>"Ahmed al-Assadi, a spokesman for the PMF, blamed ...": the body a person speaks for; else the person.</summary>
    private int SpokespersonFor(int m, int end)
    {
        ActorMention person = index.Mentions[m];
        if (person.Form != ActorForm.Person || m + 1 >= end)
        {
            return m;
        }

        ActorMention next = index.Mentions[m + 1];
        int t = person.LastToken + 1;
        if (next.FirstToken - person.LastToken > 7 || t >= document.Tokens.Length || document.Span(document.Tokens[t]) is not ",")
        {
            return m;
        }

        return WordBefore(next.FirstToken, out int at) is "for" or "of" && at > 0 && EventWords.Members.Contains(document.Span(document.Tokens[at - 1])) ? m + 1 : m;
    }

    /// <summary>"representatives from Iran", "officials of the UN", "a spokesman for the PMF": the group acts for the mention.</summary>
    private bool IsMemberOf(string preposition, ActorMention mention)
    {
        if (preposition is not ("from" or "of" or "for"))
        {
            return false;
        }

        WordBefore(mention.FirstToken, out int at);
        return at > 0 && EventWords.Members.Contains(document.Span(document.Tokens[at - 1]));
    }

    /// <summary>The nearest mention before <paramref name="before"/> from <paramref name="from"/> on that no preposition governs; -1 if none.</summary>
    private int NearestSubject(int first, int end, int from, int before, bool skipObjects)
    {
        for (int m = end - 1; m >= first; m--)
        {
            ActorMention mention = index.Mentions[m];
            if (mention.LastToken >= before)
            {
                continue;
            }

            if (mention.FirstToken < from)
            {
                break;
            }

            string? word = WordBefore(PhraseStart(m), out int at);
            // "Ahmed al-Assadi, a spokesman for the PMF, blamed": an aside naming the body the speaker works for gives the subject.
            if (IsInsideAside(mention, before) && word is not null && IsMemberOf(word, mention))
            {
                return m;
            }

            if (IsPlaceApposition(mention, word, at) || IsInsideAside(mention, before) || (skipObjects && word is null && IsObjectOfVerb(at)))
            {
                continue;
            }

            if (word is null || !EventWords.Prepositions.Contains(word) || mention.Form == ActorForm.Pair || IsMemberOf(word, mention) || IsSubordinateSubject(word, mention))
            {
                // A mention inside an "of"/"in" phrase still counts when its head is a subject: keep looking otherwise.
                return m;
            }
        }

        return -1;
    }

    /// <summary>"the Houthis claimed the attacks", "Iran carried out the strike": a verb before the trigger that makes its subject the doer.</summary>
    public bool HasAgentVerbBefore(Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 6; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.AgentVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"after Turkey began an offensive": after, before, since and until open a clause whose subject the mention is.</summary>
    private bool IsSubordinateSubject(string word, ActorMention mention)
    {
        if (word is "for")
        {
            // "for the Syrian Army to enter and deploy": the subject of an infinitive.
            int t = mention.LastToken + 1;
            if (t < document.Tokens.Length && EventWords.Members.Contains(document.Span(document.Tokens[t])))
            {
                t++;
            }

            return t + 1 < document.Tokens.Length && document.Span(document.Tokens[t]) is "to" && document.Tokens[t + 1].Kind == TokenKind.Word
                && char.IsLower(document.Span(document.Tokens[t + 1])[0]);
        }

        if (word is not ("after" or "before" or "since" or "until") || mention.LastToken + 1 >= document.Tokens.Length)
        {
            return false;
        }

        Token next = document.Tokens[mention.LastToken + 1];
        ReadOnlySpan<char> verb = document.Span(next);
        return next.Kind == TokenKind.Word && char.IsLower(verb[0]) && !EventWords.Prepositions.Contains(verb) && !EventWords.Coordinators.Contains(verb)
            && !EventWords.TitleWords.Contains(verb) && !EventWords.Members.Contains(verb) && !EventWords.ClauseOpeners.Contains(verb);
    }

    /// <summary>True when <paramref name="offset"/> falls inside a date expression ("On Thursday, United States forces ...").</summary>
    private bool IsInsideDate(int offset)
    {
        // Binary search for the last date starting at or before the offset: dates are sorted and do not overlap.
        int lo = 0;
        int hi = dates.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (dates[mid].Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && offset < dates[lo - 1].End;
    }

    /// <summary>"On Saturday morning," "In a statement," "Late on Sunday,": a short phrase from the sentence start opened by a preposition.</summary>
    private bool IsIntroductoryPhrase(int comma)
    {
        int t = comma - 1;
        while (t >= 0 && comma - t <= 5 && document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
        {
            t--;
        }

        // The phrase starts the sentence: the token before it ends the previous one (or there is none).
        bool startsSentence = t < 0 || document.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Number);
        return startsSentence && t + 1 < comma && EventWords.Prepositions.Contains(document.Span(document.Tokens[t + 1]));
    }

    /// <summary>"in Davos, Switzerland", "in New York, New York": a place apposition, not a subject.</summary>
    private bool IsPlaceApposition(ActorMention mention, string? word, int at) =>
        word is null && at > 0 && document.Span(document.Tokens[at]) is "," && document.Tokens[at - 1].Kind == TokenKind.Word
        && char.IsUpper(document.Span(document.Tokens[at - 1])[0]) && mention.Form is not (ActorForm.Person or ActorForm.Organization)
        && !IsInsideDate(document.Tokens[at - 1].Start) && !IsIntroductoryPhrase(at);

    /// <summary>'X wrote, "I count on Turkey': "I" or "we" in a quotation that opened earlier in the sentence, before the trigger.</summary>
    public bool IsFirstPersonInQuote(Sentence sentence, TriggerMatch trigger)
    {
        bool pronoun = false;
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 4; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (document.Tokens[t].Kind == TokenKind.Quote)
            {
                return pronoun;
            }

            pronoun |= word is "I" or "We" or "we";
        }

        return false;
    }

    /// <summary>The code of the first subject-like mention of the sentence before the trigger, or null.</summary>
    public string? FirstSubjectBefore(Sentence sentence, TriggerMatch trigger)
    {
        int first = index.FirstAtOrAfter(sentence.FirstToken);
        int end = index.FirstAtOrAfter(sentence.EndToken);
        int m = FirstSubject(first, end, sentence.FirstToken, trigger.FirstToken);
        return m < 0 || index.Mentions[m].Form == ActorForm.Pair ? null : index.Mentions[m].Code;
    }

    /// <summary>", blaming human error", ", calling it an aggression": a participle clause shares the main clause's subject.</summary>
    private bool IsParticipleClause(TriggerMatch trigger) =>
        trigger.FirstToken > 0 && document.Span(document.Tokens[trigger.FirstToken - 1]) is ","
        && document.Span(document.Tokens[trigger.FirstToken]).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The first mention of the sentence before <paramref name="before"/> that no preposition governs and no aside holds; -1 if none.</summary>
    private int FirstSubject(int first, int end, int from, int before)
    {
        for (int m = first; m < end && index.Mentions[m].LastToken < before; m++)
        {
            ActorMention mention = index.Mentions[m];
            if (mention.FirstToken < from)
            {
                continue;
            }

            string? word = WordBefore(PhraseStart(m), out int at);
            if (IsPlaceApposition(mention, word, at) || IsInsideAside(mention, before) || (word is null && IsObjectOfVerb(at)))
            {
                continue;
            }

            if (word is null || mention.Form == ActorForm.Pair || IsMemberOf(word, mention))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>True when the word at <paramref name="at"/> is a lower-case word that can only be a verb or adverb before an object ("left Bonn", "killed Soleimani").</summary>
    private bool IsObjectOfVerb(int at)
    {
        if (at < 0 || document.Tokens[at].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(document.Tokens[at]);
        return char.IsLower(word[0]) && !EventWords.ClauseOpeners.Contains(word) && !EventWords.SayVerbs.Contains(word) && !EventWords.Coordinators.Contains(word)
            && !EventWords.SubjectOpeners.Contains(word) && !EventWords.Determiners.Contains(word) && !EventWords.TitleWords.Contains(word);
    }

    /// <summary>
    /// True when the mention sits in an aside between commas before the trigger
    /// ("Soleimani, head of Iran's Quds Force, in an airstrike"; "Iran, which ..., said").
    /// </summary>
    private bool IsInsideAside(ActorMention mention, int trigger)
    {
        int open = -1;
        for (int t = mention.FirstToken - 1; t >= 0 && t >= mention.FirstToken - 6; t--)
        {
            if (document.Span(document.Tokens[t]) is ",")
            {
                open = t;
                break;
            }
        }

        if (open < 0 || open + 1 >= mention.FirstToken)
        {
            return false;
        }

        // An aside follows a name ("Soleimani, head of ..."); "On Saturday morning, representatives from Iran" opens with an adverbial.
        ReadOnlySpan<char> head = open > 0 ? document.Span(document.Tokens[open - 1]) : [];
        if (open == 0 || IsInsideDate(document.Tokens[open - 1].Start) || (char.IsLower(head[0]) && IsIntroductoryPhrase(open)))
        {
            return false;
        }

        ReadOnlySpan<char> opener = document.Span(document.Tokens[open + 1]);
        if (document.Tokens[open + 1].Kind != TokenKind.Word || !char.IsLower(opener[0]))
        {
            return false;
        }

        for (int t = mention.LastToken + 1; t < trigger; t++)
        {
            if (document.Span(document.Tokens[t]) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"was attacked", "were shot down", "has been struck": a passive trigger.</summary>
    private bool IsPassive(TriggerMatch trigger)
    {
        // "were hit by multiple drone strikes": a noun trigger after "by" is the agent of a passive.
        for (int t = trigger.FirstToken - 1; t >= 0 && t >= trigger.FirstToken - 3; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is "by" or "under")
            {
                // "airstrikes followed by a ground invasion": a sequence, not a passive agent.
                return t == 0 || document.Span(document.Tokens[t - 1]) is not ("followed" or "preceded" or "accompanied" or "escorted");
            }

            if (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word) || char.IsUpper(word[0]))
            {
                break;
            }
        }

        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.FirstToken]);
        if (!head.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !EventWords.IrregularParticiples.Contains(head))
        {
            return false;
        }

        for (int t = trigger.FirstToken - 1, words = 0; t >= 0 && words < 3; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.BeForms.Contains(word))
            {
                return true;
            }

            // "had been killed, wounded or captured": a chain of participles shares its "been".
            bool chain = word is "," or "or" or "and" || word.EndsWith("ed", StringComparison.Ordinal) || EventWords.IrregularParticiples.Contains(word);
            if (!chain && (document.Tokens[t].Kind != TokenKind.Word || !word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }

            words += chain ? 0 : 1;
            if (trigger.FirstToken - t > 8)
            {
                return false;
            }
        }

        return false;
    }
}
