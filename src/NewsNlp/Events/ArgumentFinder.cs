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

    /// <summary>Fills the actors and targets of <paramref name="candidate"/>; returns the clause bounds used.</summary>
    public (int Start, int End) FindParticipants(Sentence sentence, TriggerMatch trigger, EventCandidate candidate)
    {
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

            bool governed = WordBefore(mention.FirstToken, out _) is not null;
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

        // 3. The agent after "by": "attacks by Pakistan", "was shot down by Iran".
        if (candidate.Actors.Count == 0 && !IsAddressed(candidate.Type))
        {
            for (int m = first; m < end; m++)
            {
                ActorMention mention = index.Mentions[m];
                string? governing = WordBefore(mention.FirstToken, out int at);
                if (mention.FirstToken > trigger.LastToken && mention.FirstToken < clauseEnd && (governing is "by"
                    || (at > 0 && governing is "to" or "on" && IsAscription(document.Span(document.Tokens[at - 1])))
                    || (at > 1 && governing is "of" && EventWords.Members.Contains(document.Span(document.Tokens[at - 1])) && document.Span(document.Tokens[at - 2]) is "by")))
                {
                    AddGroup(candidate.Actors, m, first, end);
                    break;
                }
            }
        }

        candidate.AgentlessPassive = passive && candidate.Actors.Count == 0;

        // 4. The subject: the nearest mention before the trigger not governed by a preposition, first in the clause, then in the sentence.
        if (candidate.Actors.Count == 0 || passive)
        {
            int subject = NearestSubject(first, end, clauseStart, trigger.FirstToken);
            if (subject < 0)
            {
                subject = NearestSubject(first, end, sentence.FirstToken, trigger.FirstToken);
            }

            if (subject >= 0)
            {
                AddGroup(passive ? candidate.Targets : candidate.Actors, SpokespersonFor(subject, end), first, end);
            }
        }

        // 5. The target: the first object or prepositional mention after the trigger in the clause.
        if (candidate.Targets.Count == 0)
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
                    AddGroup(candidate.Targets, m, first, end);
                    break;
                }
            }
        }

        if (candidate.Targets.Count > 0 && candidate.Actors.Count > 0)
        {
            candidate.Targets.RemoveAll(candidate.Actors.Contains);   // the delegate only when there is something to remove
        }

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

    /// <summary>"representatives from Iran", "officials of the UN": the group acts for the mention.</summary>
    private bool IsMemberOf(string preposition, ActorMention mention)
    {
        if (preposition is not ("from" or "of"))
        {
            return false;
        }

        WordBefore(mention.FirstToken, out int at);
        return at > 0 && EventWords.Members.Contains(document.Span(document.Tokens[at - 1]));
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

            if (token.Kind == TokenKind.Word && IsTitleWord(word))
            {
                continue;
            }

            return false;
        }

        return joined;
    }

    private static bool IsTitleWord(ReadOnlySpan<char> word) =>
        word is "foreign" or "minister" or "prime" or "president" or "secretary" or "defence" or "defense" or "interior" or "spokesman" or "ambassador" or "envoy" or "officials" or "leader" or "chief";

    /// <summary>The nearest mention before <paramref name="before"/> from <paramref name="from"/> on that no preposition governs; -1 if none.</summary>
    private int NearestSubject(int first, int end, int from, int before)
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

            string? word = WordBefore(mention.FirstToken, out int at);
            if (word is null && at >= 0 && document.Span(document.Tokens[at]) is "," && at > 0 && document.Tokens[at - 1].Kind == TokenKind.Word
                && char.IsUpper(document.Span(document.Tokens[at - 1])[0]) && mention.Form is not (ActorForm.Person or ActorForm.Organization))
            {
                // "in Davos, Switzerland": a place apposition, not a subject.
                continue;
            }

            if (IsInsideAside(mention, before))
            {
                continue;
            }

            if (word is null || !EventWords.Prepositions.Contains(word) || mention.Form == ActorForm.Pair || IsMemberOf(word, mention))
            {
                // A mention inside an "of"/"in" phrase still counts when its head is a subject: keep looking otherwise.
                return m;
            }
        }

        return -1;
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
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word) || char.IsUpper(word[0]))
            {
                break;
            }
        }

        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.FirstToken]);
        if (!head.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && head is not ("struck" or "shot" or "hit" or "stabbed" or "killed"))
        {
            return false;
        }

        for (int t = trigger.FirstToken - 1; t >= 0 && t >= trigger.FirstToken - 3; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.BeForms.Contains(word))
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || !word.EndsWith("ly", StringComparison.Ordinal))
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
