using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Participants named with the trigger's own phrase: a modifier before it ("an Iranian attack",
/// "Pakistan's strikes"), "between X and Y" after it, and the agent after "by" or an ascription
/// ("attacks by Pakistan", "attributed the bombing to Houthi rebels").
/// </summary>
internal sealed class AgentFinder
{
    // An ascription verb governs the trigger's noun phrase: "attributed the weekend bombing to" (verb, determiner, two modifiers).
    private static readonly TokenWindow AscriptionReach = new(4, 0);

    // A modifier ends at most four tokens before the trigger, three words between ("Pakistan's retaliatory air strikes").
    private static readonly TokenWindow ModifierReach = new(4, 0);

    // "dialogue held last week in Mexico City between": the sides' "between" at most seven tokens after the trigger, before a comma.
    private static readonly TokenWindow BetweenReach = new(0, 7);

    // "between the government and", "between the two warring sides and": "and" at most five tokens after "between".
    private static readonly TokenWindow BetweenPairReach = new(0, 6);

    // Heads that act for the state a demonym names ("the Honduran government", "Iraqi army"): after "from" such a phrase is a maker.
    private static readonly WordClass MakerHeads = Lexicon.Default.Class("events/maker-heads");

    // Nouns of a threat or an accusation after which "from" names its maker ("death threats from the Shining Path").
    private static readonly WordClass ThreatAndChargeNouns = Lexicon.Default.Class("events/threat-and-charge-nouns");

    private readonly MentionContext context;

    /// <summary>Creates the finder.</summary>
    public AgentFinder(MentionContext context) => this.context = context;

    private Document Document => context.Document;

    private ActorMention[] Mentions => context.Mentions;

    /// <summary>A modifier right before the trigger: "an Iranian attack", "Pakistan's strikes", "Greek warships".</summary>
    public void AddModifier(TriggerMatch trigger, EventCandidate candidate, int first, int end, bool passive)
    {
        for (int m = end - 1; m >= first; m--)
        {
            ActorMention mention = Mentions[m];
            if (mention.LastToken >= trigger.FirstToken)
            {
                continue;
            }

            // "in response to the US airstrike": a name right after a determiner and right before the noun modifies it even inside a phrase.
            bool governed = context.WordBefore(mention.FirstToken, out _) is not null && !(trigger.FirstToken == mention.LastToken + 1 && context.AfterDeterminer(mention));
            bool forceHead = candidate.Type == EventTaxonomy.Strike && ForceHeadBefore(trigger);
            if (mention.Form != ActorForm.Place && IsModifierOf(mention, trigger, forceHead)
                && !passive && (!governed || forceHead || mention.Form is ActorForm.Demonym || context.IsPossessive(mention)))
            {
                // "a Kabul car bombing": a capital before a strike is where it happened, not who did it.
                context.AddGroup(mention.Form == ActorForm.Capital && candidate.Type == EventTaxonomy.Strike ? candidate.Targets : candidate.Actors, m, first, end);
            }

            break;
        }
    }

    /// <summary>"between X and Y": joint actors ("a phone call between X and Y") or the parties addressed ("mediate between X and Y").</summary>
    public void AddBetween(TriggerMatch trigger, EventCandidate candidate, int first, int end, int clauseEnd)
    {
        for (int m = first; m < end; m++)
        {
            ActorMention mention = Mentions[m];
            if (mention.FirstToken > trigger.LastToken && mention.FirstToken < clauseEnd && context.WordBefore(mention.FirstToken, out int _) is "between")
            {
                bool addressed = EventTaxonomy.IsAddressed(candidate.Type);
                context.AddGroup(addressed ? candidate.Targets : candidate.Actors, m, first, end);
                candidate.Mutual = !addressed;
                return;
            }
        }

        // "the dialogue held last week between the government and the insurgents", "talks between the two sides": talks, deals and
        // truces between sides the sentence does not name are mutual all the same (GUIDELINES: all sides are actors, no target); the
        // builder then takes the article's main parties as the sides instead of guessing one of them as the target.
        if (EventTaxonomy.IsMutual(candidate.Type) && BetweenTwo(trigger.LastToken + 1, Math.Min(Document.Tokens.Length, trigger.LastToken + BetweenReach.After + 1)))
        {
            candidate.Mutual = true;
        }
    }

    /// <summary>True when "between" and a determiner stand in tokens [<paramref name="from"/>, <paramref name="end"/>), before any comma or stop (the clause
    /// bounds end at a participle, "the dialogue held last week between"), with "and" a few words after it.</summary>
    private bool BetweenTwo(int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (context.Word(t) is "," or "." or ";" or ":")
            {
                return false;
            }

            if (!context.Word(t).Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "between the government and", "between the two sides": a determiner opens the first side; "between July and
            // January" and "between top officials of industrial and developing nations" name no two sides.
            if (t + 1 >= Document.Tokens.Length || !Document.IsWordOf(t + 1, EventWords.Determiners))
            {
                return false;
            }

            for (int a = t + 2; a < Math.Min(Document.Tokens.Length, t + BetweenPairReach.After + 1); a++)
            {
                if (context.Word(a).Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>The agent after "by": "attacks by Pakistan", "was shot down by Iran", "was condemned by members of the EU".</summary>
    public void AddAgent(TriggerMatch trigger, EventCandidate candidate, int first, int end, int clauseEnd)
    {
        for (int m = first; m < end; m++)
        {
            ActorMention mention = Mentions[m];
            string? governing = context.WordBefore(mention.FirstToken, out int at);
            if (governing is null && at > 0 && IsCount(at) && context.WordBefore(at, out int beforeCount) is "by")
            {
                // "was shelled by four Iranian gunboats", "by 12 Iraqi warplanes": a count stands between "by" and the agent.
                governing = "by";
                at = beforeCount;
            }

            if (mention.FirstToken > trigger.LastToken && mention.FirstToken < clauseEnd && (governing is "by"
                || (at > 0 && governing is "to" or "on" && (IsAscription(context.Word(at - 1)) || AscribedBefore(trigger)))
                || (at > 1 && governing is "of" && EventWords.Members.Contains(context.Word(at - 1)) && IsByPhrase(at - 2))))
            {
                context.AddGroup(candidate.Actors, m, first, end);
                break;
            }
        }
    }

    /// <summary>
    /// The agent of a threat or accusation told as a noun or participle with "by" right after it: "weekend criticism by U.S.
    /// Treasury Secretary James Baker of ...", "threats by the rebels". <see cref="AddAgent"/> is not read
    /// for these types in the active, where a later "by" belongs to the content ("condemned the attack by Y"); right after the
    /// trigger it names the one who criticised or asked, whom the clause's subject otherwise replaces ("The Finance Ministry declined
    /// to comment on weekend criticism by ..." gave the ministry as the critic; tune split, development).
    /// </summary>
    public void AddAgentRightAfter(TriggerMatch trigger, EventCandidate candidate, int first, int end, int clauseEnd)
    {
        int by = trigger.LastToken + 1;
        if (by >= clauseEnd || !(context.Word(by).Equals("by", StringComparison.OrdinalIgnoreCase) || IsSourceAfterNoun(trigger, by)))
        {
            return;
        }

        for (int m = first; m < end; m++)
        {
            ActorMention mention = Mentions[m];
            if (mention.FirstToken <= by)
            {
                continue;
            }

            if (mention.FirstToken < clauseEnd && context.WordBefore(mention.FirstToken, out int at) is "by" or "from" && at == by
                && !(context.Word(by).Equals("from", StringComparison.OrdinalIgnoreCase) && !ActsForItsState(mention)))
            {
                context.AddGroup(candidate.Actors, m, first, end);
            }

            return;
        }
    }

    /// <summary>
    /// True when "from" at <paramref name="from"/> follows a threat or accusation told as a noun: "death threats from the Shining Path",
    /// "the threat from Iran to shipping", "accusations from Managua" name who threatened or accused, as "by" does. After a verb
    /// ("demanded from", "requested ... from") "from" names the one asked, so a trigger ending in a verb form is left alone.
    /// </summary>
    private bool IsSourceAfterNoun(TriggerMatch trigger, int from)
    {
        if (!context.Word(from).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> last = context.Word(trigger.LastToken);
        return !last.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !last.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !EventWords.IrregularParticiples.Contains(last) && ThreatAndChargeNouns.Contains(last);
    }

    /// <summary>
    /// True when a mention after "from" is a party itself (a country, capital, body or armed group), or a demonym on a head that acts for
    /// the state ("Iraqi army", "the Honduran government"): "criticism from Malaysian miners" and "threats from Salvadoran guerrillas"
    /// come from no state.
    /// </summary>
    private bool ActsForItsState(ActorMention mention)
    {
        if (mention.Form != ActorForm.Demonym)
        {
            return mention.Form != ActorForm.Place;
        }

        int next = mention.LastToken + 1;
        return next < Document.Tokens.Length && Document.IsWordOf(next, MakerHeads);
    }

    // "by troops of X", "by three divisions of X", "by a unit of X": "by", then at most a count or an article, then the member noun.
    private bool IsByPhrase(int t) =>
        context.Word(t) is "by" || (t > 0 && (IsCount(t) || context.Word(t) is "a" or "an" or "the") && context.Word(t - 1) is "by");

    private bool IsCount(int t) => Document.Tokens[t].Kind == TokenKind.Number || NumberWords.TryCardinal(context.Word(t), out _);

    /// <summary>"attributed the bombing to Houthi rebels": an ascription verb right before the trigger's noun phrase.</summary>
    private bool AscribedBefore(TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= 0 && AscriptionReach.Contains(trigger.FirstToken, t); t--)
        {
            ReadOnlySpan<char> word = context.Word(t);
            if (IsAscription(word))
            {
                return true;
            }

            if (Document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAscription(ReadOnlySpan<char> word) =>
        EventWords.AscriptionWords.Contains(word);

    /// <summary>
    /// True when a force noun stands right before the strike noun ("U.S. Navy attacks", "Iraqi army raids"): the name before it owns
    /// the force that did the act, even inside a prepositional phrase ("would retaliate for U.S. Navy attacks on Gulf oil platforms"
    /// gave Iran, the clause's subject, as the attacker; the corpus's train split, development).
    /// </summary>
    private bool ForceHeadBefore(TriggerMatch trigger) => trigger.FirstToken > 0 && Document.Tokens[trigger.FirstToken - 1].Kind == TokenKind.Word
        && EventWords.Members.Contains(context.Word(trigger.FirstToken - 1));

    /// <summary>
    /// A demonym, organisation, possessive or name within three words before the trigger, with only modifiers between; any name when a
    /// force noun stands right before the trigger (<paramref name="forceHead"/>: "U.S. Navy attacks").
    /// </summary>
    private bool IsModifierOf(ActorMention mention, TriggerMatch trigger, bool forceHead = false)
    {
        int gap = trigger.FirstToken - mention.LastToken - 1;
        if (!ModifierReach.Contains(trigger.FirstToken, mention.LastToken))
        {
            return false;
        }

        bool possessive = false;
        for (int t = mention.LastToken + 1; t < trigger.FirstToken; t++)
        {
            Token token = Document.Tokens[t];
            ReadOnlySpan<char> word = Document.Span(token);
            if (token.Kind == TokenKind.Clitic)
            {
                possessive = true;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Dash or TokenKind.Quote) || EventWords.Prepositions.Contains(word) || EventWords.BeForms.Contains(word)
                || EventWords.ClauseOpeners.Contains(word) || EventWords.SayVerbs.Contains(word) || EventWords.HaveForms.Contains(word))
            {
                return false;
            }
        }

        return possessive || forceHead || mention.Form is ActorForm.Demonym or ActorForm.Organization || gap == 0;
    }
}
