using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Finds an event's participants around its trigger: demonym and possessive modifiers
/// ("an Iranian attack", "Pakistan's strikes"), agents after "by", subjects (with coordination,
/// "Pakistan and Iran agreed"), passive subjects as targets, objects and prepositional targets
/// ("strikes in Iran", "ambassador to Tehran"), and "between X and Y" as joint actors.
/// </summary>
internal sealed partial class ArgumentFinder
{
    private readonly Document document;
    private readonly ActorIndex index;
    private readonly DateRecord[] dates;

    /// <summary>Creates a finder over one document, its participant mentions and its date records.</summary>
    public ArgumentFinder(Document document, ActorIndex index, IEnumerable<DateRecord> dates)
    {
        this.document = document;
        this.index = index;
        this.dates = [.. dates.Where(d => d.Date is not null).OrderBy(d => d.Start)];
    }

    private bool pairUsed;

    /// <summary>Fills the actors and targets of <paramref name="candidate"/>; returns the clause bounds used.</summary>
    public (int Start, int End) FindParticipants(Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
        pairUsed = false;
        (int clauseStart, int clauseEnd) = Clause(sentence, trigger);
        int first = index.FirstAtOrAfter(sentence.FirstToken);
        int end = index.FirstAtOrAfter(sentence.EndToken);
        bool passive = IsPassive(trigger);

        // 1. A modifier right before the trigger: "an Iranian attack", "Pakistan's strikes", "Greek warships".
        for (int m = end - 1; m >= first; m--)
        {
            ActorMention mention = index.Mentions[m];
            if (mention.LastToken >= trigger.FirstToken)
            {
                continue;
            }

            // "in response to the US airstrike": a name right after a determiner and right before the noun modifies it even inside a phrase.
            bool governed = WordBefore(mention.FirstToken, out _) is not null && !(trigger.FirstToken == mention.LastToken + 1 && AfterDeterminer(mention));
            if (mention.Form != ActorForm.Place && IsModifierOf(mention, trigger) && !passive && (!governed || mention.Form is ActorForm.Demonym || IsPossessive(mention)))
            {
                // "a Kabul car bombing": a capital before a strike is where it happened, not who did it.
                AddGroup(mention.Form == ActorForm.Capital && candidate.Type == EventTaxonomy.Strike ? candidate.Targets : candidate.Actors, m, first, end);
            }

            break;
        }

        // 2. "between X and Y": joint actors.
        for (int m = first; m < end; m++)
        {
            ActorMention mention = index.Mentions[m];
            if (mention.FirstToken > trigger.LastToken && mention.FirstToken < clauseEnd && WordBefore(mention.FirstToken, out int _) is "between")
            {
                // "a phone call between X and Y": joint actors; "mediate between X and Y": the parties addressed.
                bool addressed = IsAddressed(candidate.Type);
                AddGroup(addressed ? candidate.Targets : candidate.Actors, m, first, end);
                candidate.Mutual = !addressed;
                break;
            }
        }

        // 3. The agent after "by": "attacks by Pakistan", "was shot down by Iran", "was condemned by members of the EU".
        if (candidate.Actors.Count == 0 && (!IsAddressed(candidate.Type) || passive))
        {
            for (int m = first; m < end; m++)
            {
                ActorMention mention = index.Mentions[m];
                string? governing = WordBefore(mention.FirstToken, out int at);
                if (mention.FirstToken > trigger.LastToken && mention.FirstToken < clauseEnd && (governing is "by"
                    || (at > 0 && governing is "to" or "on" && (IsAscription(document.Span(document.Tokens[at - 1])) || AscribedBefore(trigger)))
                    || (at > 1 && governing is "of" && EventWords.Members.Contains(document.Span(document.Tokens[at - 1])) && document.Span(document.Tokens[at - 2]) is "by")))
                {
                    AddGroup(candidate.Actors, m, first, end);
                    break;
                }
            }
        }

        candidate.AgentlessPassive = passive && candidate.Actors.Count == 0;
        candidate.Passive = passive;

        // 4. The subject: the nearest mention before the trigger not governed by a preposition, first in the clause, then in the sentence.
        // 'Stoltenberg wrote, "I count on Turkey"': the subject is the speaker, which the caller resolves.
        if ((candidate.Actors.Count == 0 || passive) && !IsFirstPersonInQuote(sentence, trigger))
        {
            // Objects of an earlier verb ("Thatcher left Bonn after talks") are passed over unless nothing else is there.
            // "criticized the United States for sending forces": the object of the first verb does the second.
            bool objectActs = trigger.FirstToken > 0 && document.Span(document.Tokens[trigger.FirstToken - 1]) is "for"
                && document.Span(document.Tokens[trigger.FirstToken]).EndsWith("ing", StringComparison.Ordinal);
            int subject = IsParticipleClause(trigger) ? FirstSubject(first, end, sentence.FirstToken, trigger.FirstToken) : -1;
            if (subject < 0)
            {
                subject = NearestSubject(first, end, clauseStart, trigger.FirstToken, skipObjects: !objectActs);
            }

            if (subject < 0)
            {
                subject = NearestSubject(first, end, sentence.FirstToken, trigger.FirstToken, skipObjects: !objectActs);
            }

            if (subject < 0)
            {
                subject = NearestSubject(first, end, sentence.FirstToken, trigger.FirstToken, skipObjects: false);
            }

            if (subject >= 0)
            {
                candidate.ActorsFromSubject = !passive && candidate.Actors.Count == 0;
                AddGroup(passive ? candidate.Targets : candidate.Actors, SpokespersonFor(subject, end), first, end);
            }
        }

        // 5. The target: the first object or prepositional mention after the trigger in the clause.
        // A reciprocal act with both sides named ("an exchange of fire between Iran and Iraq fell on Kuwait") has none.
        if (candidate.Targets.Count == 0 && !(candidate.Mutual && candidate.Actors.Count >= 2))
        {
            for (int m = first; m < end; m++)
            {
                ActorMention mention = index.Mentions[m];
                if (mention.FirstToken <= trigger.FirstToken || (mention.FirstToken <= trigger.LastToken && !HasGap(trigger))
                    || mention.FirstToken >= clauseEnd || Contains(candidate.Actors, mention))
                {
                    continue;
                }

                string? before = WordBefore(mention.FirstToken, out int beforeIndex);
                if (candidate.Type is EventTaxonomy.Consultation && WithPartnerAfter(m, end, clauseEnd) is var partner && partner >= 0)
                {
                    // "discussed the deployment of Iranian missiles with Kuwaiti minister al-Shaheen": the partner follows "with";
                    // "with U.N. diplomats, including the representative of the Soviet Union": the ones named after "including" too.
                    AddGroup(candidate.Targets, partner, first, end);
                    AddIncluded(candidate.Targets, partner + 1, end, clauseEnd);
                    break;
                }

                if (candidate.Type is EventTaxonomy.Consultation or EventTaxonomy.Agreement or EventTaxonomy.Appeal)
                {
                    // "met ... with Khalilzad, a US envoy, in Qatar": the place of a meeting is not a party.
                    if (before is null || !IsLocationPreposition(before))
                    {
                        AddGroup(candidate.Targets, m, first, end);
                        break;
                    }

                    continue;
                }
                bool direct = before is null && beforeIndex <= trigger.LastToken + 4;
                bool ofActor = before is "of" && beforeIndex == trigger.LastToken + 1 && candidate.Actors.Count == 0
                    && candidate.Type is EventTaxonomy.Deescalation or EventTaxonomy.Mobilization;
                if (ofActor)
                {
                    AddGroup(candidate.Actors, m, first, end);
                    continue;
                }

                if (direct || (before is not null && EventWords.TargetPrepositions.Contains(before)) || (before is "of" && candidate.Type != EventTaxonomy.Strike))
                {
                    // "a missile strike in Kuwait waters against the US-flag ship": "against" names the target, "in" only the place.
                    int better = before is "in" or "inside" or "near" or "across" ? DirectedTargetAfter(m + 1, end, clauseEnd) : -1;
                    AddGroup(candidate.Targets, better >= 0 ? better : m, first, end);
                    break;
                }
            }
        }

        // "forces killed Soleimani in an airstrike": an instrument phrase's act falls on the object of the verb before it.
        if (candidate.Targets.Count == 0 && candidate.Type == EventTaxonomy.Strike && IsInstrumentPhrase(trigger))
        {
            for (int m = end - 1; m >= first; m--)
            {
                ActorMention mention = index.Mentions[m];
                if (mention.LastToken < trigger.FirstToken && mention.FirstToken >= clauseStart && !Contains(candidate.Actors, mention)
                    && WordBefore(PhraseStart(m), out int at) is null && IsObjectOfVerb(at))
                {
                    AddGroup(candidate.Targets, m, first, end);
                    break;
                }
            }
        }

        if (candidate.Targets.Count > 0 && candidate.Actors.Count > 0)
        {
            candidate.Targets.RemoveAll(candidate.Actors.Contains);   // the delegate only when there is something to remove
        }

        candidate.PairTargets = pairUsed && candidate.Targets.Count > 0;
        return (clauseStart, clauseEnd);
    }

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

    private bool AfterDeterminer(ActorMention mention) =>
        mention.FirstToken > 0 && document.Span(document.Tokens[mention.FirstToken - 1]) is "the" or "a" or "an" or "The" or "A" or "An";

    /// <summary>"attributed the bombing to Houthi rebels": an ascription verb right before the trigger's noun phrase.</summary>
    private bool AscribedBefore(TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= 0 && t >= trigger.FirstToken - 4; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (IsAscription(word))
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAscription(ReadOnlySpan<char> word) =>
        word is "ascribed" or "attributed" or "blamed" or "credited" or "linked" or "responsibility" or "traced";

    /// <summary>Types whose object is the party addressed: an appeal to, a mediation between, a threat or accusation against.</summary>
    private static bool IsAddressed(string type) => type is EventTaxonomy.Appeal or EventTaxonomy.Mediation or EventTaxonomy.Threat or EventTaxonomy.Accusation;

    private static bool HasGap(TriggerMatch trigger) => Array.IndexOf(trigger.Pattern.Elements, null) >= 0;

    private static bool IsLocationPreposition(string word) => word is "in" or "at" or "near" or "inside" or "across" or "from" or "over" or "during" or "after" or "before" or "since";

    /// <summary>Adds the codes of mention <paramref name="m"/> and of every mention coordinated with it.</summary>
    private void AddGroup(List<string> codes, int m, int first, int end)
    {
        string? anchorPreposition = WordBefore(index.Mentions[m].FirstToken, out _);
        int hi = m;
        bool andSeen = false;
        while (hi + 1 < end && AreCoordinated(index.Mentions[hi], index.Mentions[hi + 1], out bool byAnd) && WordBefore(index.Mentions[hi + 1].FirstToken, out _) is null)
        {
            andSeen |= byAnd;
            hi++;
        }

        int lo = m;
        while (lo > first && AreCoordinated(index.Mentions[lo - 1], index.Mentions[lo], out bool byAnd) && (byAnd || andSeen)
               && WordBefore(index.Mentions[lo - 1].FirstToken, out _) is var before && (before is null || before == anchorPreposition))
        {
            andSeen |= byAnd;
            lo--;
        }

        if (!andSeen)
        {
            // A comma alone does not coordinate ("in Yemen, Houthi spokesman"): keep the anchor only.
            lo = m;
            hi = m;
        }

        for (int k = lo; k <= hi; k++)
        {
            AddCodes(codes, index.Mentions[k]);
        }
    }

    private void AddCodes(List<string> codes, ActorMention mention)
    {
        if (mention.Form == ActorForm.Pair)
        {
            pairUsed = true;
            foreach (string code in index.MainParties)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }
        else if (!codes.Contains(mention.Code))
        {
            codes.Add(mention.Code);
        }
    }

    private static bool Contains(List<string> codes, ActorMention mention) => mention.Form != ActorForm.Pair && codes.Contains(mention.Code);

    /// <summary>True when only coordinators, titles and names stand between the two mentions, among them "and" or a comma.</summary>
    private bool AreCoordinated(ActorMention left, ActorMention right, out bool byAnd)
    {
        byAnd = false;
        if (right.FirstToken - left.LastToken > 8)
        {
            return false;
        }

        bool joined = false;
        for (int t = left.LastToken + 1; t < right.FirstToken; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (word is "and" or "," or "&")
            {
                joined = true;
                byAnd |= word is not ",";
                continue;
            }

            if (EventWords.Coordinators.Contains(word) || token.Kind == TokenKind.Clitic || (token.Kind == TokenKind.Word && char.IsUpper(word[0])))
            {
                continue;
            }

            if (token.Kind == TokenKind.Word && EventWords.TitleWords.Contains(word))
            {
                continue;
            }

            return false;
        }

        return joined;
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

    /// <summary>The next mention before <paramref name="clauseEnd"/> governed by "against", "on", "at" or "targeting"; -1 if none.</summary>
    private int DirectedTargetAfter(int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && index.Mentions[m].FirstToken < clauseEnd; m++)
        {
            if (WordBefore(index.Mentions[m].FirstToken, out _) is "against" or "on" or "at" or "targeting")
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>Adds the mentions of an "including ..." list that follows, up to the clause end.</summary>
    private void AddIncluded(List<string> codes, int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && index.Mentions[m].FirstToken < clauseEnd; m++)
        {
            for (int t = index.Mentions[m].FirstToken - 1; t >= 0 && t >= index.Mentions[m].FirstToken - 6; t--)
            {
                ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
                if (word is "including")
                {
                    AddCodes(codes, index.Mentions[m]);
                    break;
                }

                if (word is "." or ";" || (t < index.Mentions[m].FirstToken - 1 && EventWords.SayVerbs.Contains(word)))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The first mention from <paramref name="from"/> on in the clause governed by "with"; -1 if none.</summary>
    private int WithPartnerAfter(int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && index.Mentions[m].FirstToken < clauseEnd; m++)
        {
            if (WordBefore(PhraseStart(m), out _) is "with")
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>"in an airstrike", "with a drone strike", "in a rocket attack": the trigger names the means of the verb before it.</summary>
    private bool IsInstrumentPhrase(TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= 0 && t >= trigger.FirstToken - 3; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is "in" or "with" or "by")
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || !(EventWords.Determiners.Contains(word) || char.IsLower(word[0])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"to Nicaraguan Contra rebels": where the phrase of mention <paramref name="m"/> starts, over adjacent mentions before it.</summary>
    private int PhraseStart(int m)
    {
        int start = index.Mentions[m].FirstToken;
        for (int k = m - 1; k >= 0 && index.Mentions[k].LastToken == start - 1; k--)
        {
            start = index.Mentions[k].FirstToken;
        }

        return start;
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

    /// <summary>A demonym, organisation, possessive or name within three words before the trigger, with only modifiers between.</summary>
    private bool IsModifierOf(ActorMention mention, TriggerMatch trigger)
    {
        int gap = trigger.FirstToken - mention.LastToken - 1;
        if (gap > 3)
        {
            return false;
        }

        bool possessive = false;
        for (int t = mention.LastToken + 1; t < trigger.FirstToken; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind == TokenKind.Clitic)
            {
                possessive = true;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Dash or TokenKind.Quote) || EventWords.Prepositions.Contains(word) || EventWords.BeForms.Contains(word)
                || EventWords.ClauseOpeners.Contains(word) || EventWords.SayVerbs.Contains(word) || word is "has" or "have" or "had")
            {
                return false;
            }
        }

        return possessive || mention.Form is ActorForm.Demonym or ActorForm.Organization || gap == 0;
    }

    private bool IsPossessive(ActorMention mention) =>
        mention.LastToken + 1 < document.Tokens.Length && document.Tokens[mention.LastToken + 1].Kind == TokenKind.Clitic;

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

    /// <summary>The lower-case word before token <paramref name="token"/>, skipping determiners; null when none or not a word.</summary>
    private string? WordBefore(int token, out int at)
    {
        for (int t = token - 1; t >= 0; t--)
        {
            Token previous = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(previous);
            if (previous.Kind == TokenKind.Quote || (previous.Kind == TokenKind.Word && EventWords.Determiners.Contains(word)))
            {
                continue;
            }

            at = t;
            return previous.Kind == TokenKind.Word && EventWords.Prepositions.Contains(word) ? word.ToString().ToLowerInvariant() : null;
        }

        at = -1;
        return null;
    }

    /// <summary>The clause around the trigger: bounded by semicolons, dashes, brackets and "while"/"but".</summary>
    private (int Start, int End) Clause(Sentence sentence, TriggerMatch trigger)
    {
        int start = sentence.FirstToken;
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken; t--)
        {
            if (IsClauseBreak(t))
            {
                start = t + 1;
                break;
            }
        }

        int end = sentence.EndToken;
        for (int t = trigger.LastToken + 1; t < sentence.EndToken; t++)
        {
            if (IsClauseBreak(t))
            {
                end = t;
                break;
            }
        }

        return (start, end);
    }

    private bool IsClauseBreak(int t)
    {
        Token token = document.Tokens[t];
        ReadOnlySpan<char> word = document.Span(token);
        return token.Kind == TokenKind.Dash && word is not "-"
            || word is ";" or "(" or ")"
            || (token.Kind == TokenKind.Word && EventWords.ClauseBreakers.Contains(word));
    }
}
