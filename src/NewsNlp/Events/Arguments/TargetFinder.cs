using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Whom the act was aimed at: the first object or prepositional mention after the trigger in its
/// clause ("strikes on Iran", "ambassador to Tehran"), a meeting's partner after "with", and the
/// object of the verb before an instrument phrase ("killed Soleimani in an airstrike").
/// </summary>
internal sealed class TargetFinder
{
    // "including" opens a list a few words before each mention ("including the representative of the Soviet Union").
    private static readonly TokenWindow IncludingReach = new(6, 0);

    // "in an airstrike", "with a drone strike": the preposition is at most three tokens before the trigger.
    private static readonly TokenWindow InstrumentReach = new(3, 0);

    // A direct object follows a verb trigger after at most a determiner and modifiers ("struck the Iranian oil platform").
    private static readonly TokenWindow DirectObjectReach = new(0, 4);

    private readonly MentionContext context;

    /// <summary>Creates the finder.</summary>
    public TargetFinder(MentionContext context) => this.context = context;

    private Document Document => context.Document;

    private ActorMention[] Mentions => context.Mentions;

    /// <summary>The first object or prepositional mention after the trigger in the clause; "of X" may name the actor instead.</summary>
    public void AddTarget(TriggerMatch trigger, EventCandidate candidate, int first, int end, int clauseEnd)
    {
        for (int m = first; m < end; m++)
        {
            ActorMention mention = Mentions[m];
            if (mention.FirstToken <= trigger.FirstToken || (mention.FirstToken <= trigger.LastToken && !HasGap(trigger))
                || mention.FirstToken >= clauseEnd || MentionContext.Contains(candidate.Actors, mention))
            {
                continue;
            }

            string? before = context.WordBefore(mention.FirstToken, out int beforeIndex);
            if (candidate.Type is EventTaxonomy.Consultation && WithPartnerAfter(m, end, clauseEnd) is var partner && partner >= 0)
            {
                // "discussed the deployment of Iranian missiles with Kuwaiti minister al-Shaheen": the partner follows "with";
                // "with U.N. diplomats, including the representative of the Soviet Union": the ones named after "including" too.
                context.AddGroup(candidate.Targets, partner, first, end);
                AddIncluded(candidate.Targets, partner + 1, end, clauseEnd);
                break;
            }

            if (candidate.Type is EventTaxonomy.Consultation or EventTaxonomy.Agreement or EventTaxonomy.Appeal)
            {
                // "met ... with Khalilzad, a US envoy, in Qatar": the place of a meeting is not a party; nor is the speaker of a report
                // told after the act ("G-7 ministers held talks on the dollar, a Japanese official said").
                if ((before is null || !IsLocationPreposition(before)) && !IsTrailingSpeaker(trigger, mention))
                {
                    context.AddGroup(candidate.Targets, m, first, end);
                    break;
                }

                continue;
            }

            bool direct = before is null && beforeIndex <= trigger.LastToken + DirectObjectReach.After;
            // "the withdrawal of Soviet troops", "the deployment of Iraqi forces", "THANKS TO THE MEDIATION OF THE UNITED NATIONS": "of"
            // right after the noun names its doer (the mediator: session 18, ev20r).
            bool ofActor = before is "of" && beforeIndex == trigger.LastToken + 1 && candidate.Actors.Count == 0
                && candidate.Type is EventTaxonomy.Deescalation or EventTaxonomy.Mobilization or EventTaxonomy.Mediation;
            if (ofActor)
            {
                context.AddGroup(candidate.Actors, m, first, end);
                continue;
            }

            // "the U.S. invasion of Panama", "Iran's shelling of Basra": with the doer named before a strike noun, "of" right after it
            // names what was struck; without one, "attacks of the FMLN" may name the doer, and is left alone.
            bool ofUndergoer = before is "of" && beforeIndex == trigger.LastToken + 1 && candidate.Type == EventTaxonomy.Strike
                && candidate.Actors.Count > 0 && !candidate.ActorsFromSubject;
            if (direct || ofUndergoer || (before is not null && EventWords.TargetPrepositions.Contains(before)) || (before is "of" && candidate.Type != EventTaxonomy.Strike))
            {
                // "a missile strike in Kuwait waters against the US-flag ship": "against" names the target, "in" only the place.
                int better = EventWords.PlacePrepositions.Contains(before) ? DirectedTargetAfter(m + 1, end, clauseEnd) : -1;
                context.AddGroup(candidate.Targets, better >= 0 ? better : m, first, end);
                break;
            }
        }
    }

    /// <summary>"forces killed Soleimani in an airstrike": an instrument phrase's act falls on the object of the verb before it.</summary>
    public void AddInstrumentTarget(TriggerMatch trigger, EventCandidate candidate, int first, int end, int clauseStart)
    {
        if (!IsInstrumentPhrase(trigger))
        {
            return;
        }

        for (int m = end - 1; m >= first; m--)
        {
            ActorMention mention = Mentions[m];
            if (mention.LastToken < trigger.FirstToken && mention.FirstToken >= clauseStart && !MentionContext.Contains(candidate.Actors, mention)
                && context.WordBefore(context.PhraseStart(m), out int at) is null && context.IsObjectOfVerb(at))
            {
                context.AddGroup(candidate.Targets, m, first, end);
                break;
            }
        }
    }

    // ", a Japanese official said", ", Saudi oil ministry sources told Reuters": up to three words between the speaker and the say-verb.
    private const int SpeakerNounReach = 3;

    /// <summary>
    /// ", a Japanese official said", ", Indian officials said": a mention after a comma that follows the act, with only lowercase
    /// words (the speaker's title) before a say-verb, is who reports the act, not its other side.
    /// </summary>
    private bool IsTrailingSpeaker(TriggerMatch trigger, ActorMention mention)
    {
        Document document = context.Document;
        bool comma = false;
        for (int t = trigger.LastToken + 1; t < mention.FirstToken && !comma; t++)
        {
            comma = context.Word(t) is ",";
        }

        if (!comma)
        {
            return false;
        }

        int end = Math.Min(document.Tokens.Length, mention.LastToken + SpeakerNounReach + 2);
        for (int t = mention.LastToken + 1; t < end; t++)
        {
            if (document.IsWordOf(t, EventWords.SayVerbs))
            {
                return true;
            }

            ReadOnlySpan<char> word = context.Word(t);
            if (word.Length == 0 || !char.IsLower(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasGap(TriggerMatch trigger) => Array.IndexOf(trigger.Pattern.Elements, null) >= 0;

    private static bool IsLocationPreposition(string word) => EventWords.LocationPrepositions.Contains(word);

    /// <summary>The next mention before <paramref name="clauseEnd"/> governed by "against", "on", "at" or "targeting"; -1 if none.</summary>
    private int DirectedTargetAfter(int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && Mentions[m].FirstToken < clauseEnd; m++)
        {
            if (context.WordBefore(Mentions[m].FirstToken, out _) is { } word && EventWords.DirectedPrepositions.Contains(word))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>Adds the mentions of an "including ..." list that follows, up to the clause end.</summary>
    private void AddIncluded(List<string> codes, int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && Mentions[m].FirstToken < clauseEnd; m++)
        {
            for (int t = Mentions[m].FirstToken - 1; t >= 0 && IncludingReach.Contains(Mentions[m].FirstToken, t); t--)
            {
                ReadOnlySpan<char> word = context.Word(t);
                if (word is "including")
                {
                    context.AddCodes(codes, Mentions[m]);
                    break;
                }

                if (word is "." or ";" || (t < Mentions[m].FirstToken - 1 && EventWords.SayVerbs.Contains(word)))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The first mention from <paramref name="from"/> on in the clause governed by "with"; -1 if none.</summary>
    private int WithPartnerAfter(int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && Mentions[m].FirstToken < clauseEnd; m++)
        {
            if (context.WordBefore(context.PhraseStart(m), out _) is "with")
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>"in an airstrike", "with a drone strike", "in a rocket attack": the trigger names the means of the verb before it.</summary>
    private bool IsInstrumentPhrase(TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= 0 && InstrumentReach.Contains(trigger.FirstToken, t); t--)
        {
            ReadOnlySpan<char> word = context.Word(t);
            if (EventWords.InstrumentPrepositions.Contains(word))
            {
                return true;
            }

            if (Document.Tokens[t].Kind != TokenKind.Word || !(EventWords.Determiners.Contains(word) || char.IsLower(word[0])))
            {
                return false;
            }
        }

        return false;
    }
}
