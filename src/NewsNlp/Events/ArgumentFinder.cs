using NewsNlp.Extraction.Dates;
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

    private readonly DateEntity[] dates;

    /// <summary>Creates a finder over one document, its participant mentions and its date records.</summary>
    public ArgumentFinder(Document document, ActorIndex index, IEnumerable<DateEntity> dates)
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
