using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Other senses of trigger words: a labour strike, a heart attack, a business deal, a name given
/// to an act ("calling it an aggression"), history ("during World War II"), business news.
/// </summary>
internal static class SenseFilter
{
    // Sites a visitor tours that are no party ("to visit several farms"): a tour, not a state visit.
    private static readonly WordClass VisitSiteNouns = Lexicon.Default.Class("events/visit-site-nouns");

    // Another sense shows in the words right around the trigger ("workers' strike", "heart attack", "strike price").
    private static readonly TokenWindow SenseContext = new(4, 3);


    // "met some demand", "meet its domestic consumption needs", "met the first two Venezuelan criteria": the object of "meet" follows
    // within five words; so does the site of "visit" ("visit several large dairy farms").
    private static readonly TokenWindow NeedObjectReach = new(0, 5);

    // "told the annual meeting", "speaking at an informal meeting": the speaking verb stands at most four words before.
    private static readonly TokenWindow VenueReach = new(4, 0);

    // "attacked Japan's tight-fisted fiscal policy", "a frontal attack on the national debt": the figurative object follows in the same phrase.
    private static readonly TokenWindow ObjectReach = new(0, 7);

    /// <summary>True for a labour, business, medical or sports sense of a strike-like trigger ("went on strike", "heart attack", "struck a deal").</summary>
    public static bool IsOtherSense(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type == EventTaxonomy.Consultation)
        {
            return IsOtherMeetingSense(document, sentence, trigger) || StrikeSense.IsLabourDispute(document, sentence);
        }

        if (trigger.Type is EventTaxonomy.Mediation or EventTaxonomy.Agreement && StrikeSense.IsLabourDispute(document, sentence))
        {
            // "appointed a mediator to end the letter carriers' strike", "agreed to end the dock strike": labour, not relations.
            return true;
        }

        if (trigger.Type == EventTaxonomy.Strike && (HasFigurativeObject(document, sentence, trigger) || NearDisaster(document, sentence, trigger) || ModifiesEquipment(document, sentence, trigger)
            || StrikeSense.IsOtherSense(document, sentence, trigger) || LabourStrikes.IsLabourStrike(document, sentence, trigger) || IsLiftOff(document, sentence, trigger)))
        {
            // "attacked the fiscal policy", "the quake struck northern Ecuador", "the strike will continue" in an article about a labour strike.
            return true;
        }

        if (IsOtherWordSense(document, sentence, trigger))
        {
            return true;
        }

        if (trigger.Type is not (EventTaxonomy.Strike or EventTaxonomy.Mobilization or EventTaxonomy.Threat))
        {
            return false;
        }

        if (trigger.Type == EventTaxonomy.Threat && ModifiesEquipment(document, sentence, trigger))
        {
            // "early warning planes".
            return true;
        }

        if (trigger.Type == EventTaxonomy.Strike && Characterization.IsName(document, sentence, trigger))
        {
            // "calling it an aggression on Iraq": a name given to an act, which the accusation reports.
            return true;
        }

        if (trigger.Type == EventTaxonomy.Strike && MentionsPastWar(document, sentence))
        {
            // "resent the Japanese invasion ... during World War II": history, not news.
            return true;
        }

        int from = SenseContext.StartAt(trigger.FirstToken, sentence);
        int to = SenseContext.EndAt(trigger.LastToken, sentence);
        bool? combatant = null; // scanned only when a labour word is found
        for (int t = from; t < to; t++)
        {
            if (t >= trigger.FirstToken && t <= trigger.LastToken)
            {
                continue;
            }

            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.OtherSense.Contains(word) && !IsDealWith(document, sentence, t)
                && !(document.IsWordOf(t, EventWords.LabourWords) && (combatant ??= ArmedContext.NearCombatant(document, sentence, trigger))))
            {
                return true;
            }

            // "went on strike", "remain on indefinite strike".
            if (word is "on" && ((t + 1 < sentence.EndToken && document.Span(document.Tokens[t + 1]) is "strike")
                || (t + 2 < sentence.EndToken && document.Span(document.Tokens[t + 2]) is "strike")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "threatened to deal with anyone who votes": the verb "deal with" (to handle someone) is not the business deal of the
    /// other-sense words.
    /// </summary>
    private static bool IsDealWith(Document document, Sentence sentence, int t) =>
        t + 1 < sentence.EndToken && document.Span(document.Tokens[t]).Equals("deal", StringComparison.OrdinalIgnoreCase)
        && document.Span(document.Tokens[t + 1]).Equals("with", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Single trigger words used in another part of speech: the reporter's adjective "alleged" ("Japan's alleged failure to keep the pact",
    /// "in retaliation for an alleged breach"), "ready to" or "ready for" (a readiness, not troops readied), and the noun "broker(s)" (a
    /// trade, not brokering: "ship brokers said"; "brokers a deal" keeps its object).
    /// </summary>
    private static bool IsOtherWordSense(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.FirstToken != trigger.LastToken)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(document.Tokens[trigger.FirstToken]);
        int previous = trigger.FirstToken - 1;
        int next = trigger.LastToken + 1;
        return trigger.Type switch
        {
            EventTaxonomy.Accusation => word.Equals("alleged", StringComparison.OrdinalIgnoreCase) && previous >= sentence.FirstToken
                && (document.Is(previous, EventWords.Determiners) || document.Is(previous, EventWords.PossessivePronouns) || document.Is(previous, EventWords.Prepositions)
                    || document.Span(document.Tokens[previous]) is "'s"),
            EventTaxonomy.Mobilization => word.Equals("ready", StringComparison.OrdinalIgnoreCase) && next < sentence.EndToken && document.IsLiteral(next, "to", "for"),
            EventTaxonomy.Mediation => word.Equals("broker", StringComparison.OrdinalIgnoreCase) || word.Equals("brokers", StringComparison.OrdinalIgnoreCase)
                ? !(next < sentence.EndToken && document.Is(next, EventWords.Determiners)) : false,
            _ => false,
        };
    }

    /// <summary>Number of business-news words in the sentence.</summary>
    public static int BusinessWords(Document document, Sentence sentence)
    {
        int count = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && document.IsWordOf(t, EventWords.Business))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>"during World War II", "since the Second World War", "in the Cold War": the sentence tells history.</summary>
    private static bool MentionsPastWar(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            if (document.Span(document.Tokens[t]) is "War" && document.Span(document.Tokens[t - 1]) is "World" or "Cold")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "meet demand", "met the criteria" (satisfying, not talks); "told a meeting of business groups" (a speech, not talks); "visit
    /// several farms" (a tour of sites, not a state visit).
    /// </summary>
    private static bool IsOtherMeetingSense(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Text.StartsWith("visit", StringComparison.Ordinal))
        {
            for (int t = trigger.LastToken + 1; t < NeedObjectReach.EndAt(trigger.LastToken, sentence) && document.Tokens[t].Kind == TokenKind.Word; t++)
            {
                if (document.IsWordOf(t, VisitSiteNouns))
                {
                    return true;
                }
            }
        }

        if (trigger.Pattern.Text.StartsWith("meet", StringComparison.Ordinal))
        {
            for (int t = trigger.LastToken + 1; t < NeedObjectReach.EndAt(trigger.LastToken, sentence); t++)
            {
                if (document.IsWordOf(t, EventWords.NeedObjects))
                {
                    return true;
                }
            }
        }

        for (int t = trigger.FirstToken - 1; t >= VenueReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.VenueVerbs.Contains(word))
            {
                return true;
            }

            // "speaking at the annual meeting", "presided over a meeting", "a speech to a meeting": only these prepositions join a venue word to its meeting.
            if (document.Tokens[t].Kind != TokenKind.Word || (EventWords.Prepositions.Contains(word) && word is not ("over" or "at" or "to")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"attacked Japan's fiscal policy", "strikes at the basis of": an abstract object in the trigger's phrase.</summary>
    private static bool HasFigurativeObject(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.LastToken + 1; t < ObjectReach.EndAt(trigger.LastToken, sentence); t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Bracket || EventWords.ClauseOpeners.Contains(document.Span(token)))
            {
                return false;
            }

            if (EventWords.AbstractObjects.Contains(document.Span(token)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The quake struck northern Ecuador": a natural disaster right before the trigger.</summary>
    private static bool NearDisaster(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = SenseContext.StartAt(trigger.FirstToken, sentence); t < trigger.FirstToken; t++)
        {
            if (document.IsWordOf(t, EventWords.DisasterWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Soviet attack submarines", "offensive systems", "early warning planes": the trigger word modifies equipment ("to attack ships" stays a verb).</summary>
    private static bool ModifiesEquipment(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int next = trigger.LastToken + 1;
        int previous = trigger.FirstToken - 1;
        return next < sentence.EndToken && document.IsWordOf(next, EventWords.EquipmentNouns)
            && !(previous >= sentence.FirstToken && (document.Span(document.Tokens[previous]) is "to" || document.IsWordOf(previous, EventWords.FutureModals)));
    }

    // "the rocket blasted off": a launch, not a blast.
    private static bool IsLiftOff(Document document, Sentence sentence, TriggerMatch trigger) =>
        trigger.LastToken + 1 < sentence.EndToken && document.Span(document.Tokens[trigger.LastToken]).StartsWith("blast", StringComparison.OrdinalIgnoreCase)
        && document.Span(document.Tokens[trigger.LastToken + 1]).Equals("off", StringComparison.OrdinalIgnoreCase);
}
