using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Appeals and warnings about economic policy ("called on Japan to open its financial markets",
/// "warned that ... there would be a default"): the guidelines count calls and threats in matters of
/// conflict or relations between parties, not urging about the economy or forecasts about markets.
/// </summary>
internal static class TopicFilter
{
    // "warned the United States": the addressee of a warning stands right after it, an article at most between.
    private const int AddresseeReach = 2;

    // What is asked or threatened follows the trigger: "called on leading Western nations to set up a mechanism which would put a stop to
    // volatile foreign exchange rates" (twenty tokens).
    private static readonly TokenWindow ContentReach = new(0, 20);

    /// <summary>
    /// True for an appeal whose content names the economy and no conflict or relations word, and for a warning of that kind that
    /// names no participant ("warned that ... there would be a default"): a threat of trade measures against a named state stays.
    /// </summary>
    public static bool IsEconomicAppeal(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (trigger.Type is not (EventTaxonomy.Appeal or EventTaxonomy.Threat))
        {
            return false;
        }

        int economic = 0;
        int end = ContentReach.EndAt(trigger.LastToken, sentence);
        if (trigger.Type == EventTaxonomy.Threat && index.FirstAtOrAfter(trigger.LastToken + 1) is int m && m < index.Mentions.Length && index.Mentions[m].FirstToken < end)
        {
            return false;
        }

        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.ConflictWords.Contains(word))
            {
                return false;
            }

            if (EventWords.EconomicWords.Contains(word))
            {
                economic++;
            }
        }

        return economic > 0;
    }

    /// <summary>
    /// True when the sentence speaks of armed conflict or relations ("troops", "ceasefire", "attacks", "sanctions"): there the rules
    /// decide alone; the learned scope model judges the other sentences, where ordinary news makes the rules over-fire.
    /// </summary>
    public static bool HasConflictWord(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (EventWords.ConflictWords.Contains(document.Span(document.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Belgian authorities warned it was essential to recover the drums", "the World Bank has warned that unemployment could ...": a
    /// warning addressed to nobody, or addressed and about the economy, in a sentence without a conflict or relations word, is a
    /// forecast or advice, not a threat ("we warn the Saudis", "warned of reprisals" stay).
    /// </summary>
    public static bool IsForecastWarning(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (trigger.Type != EventTaxonomy.Threat || !trigger.Pattern.Text.StartsWith("warn", StringComparison.Ordinal))
        {
            return false;
        }

        if (HasConflictWord(document, sentence))
        {
            return false;
        }

        // The addressee follows at once, an article at most between: "warned Iran", "warned the United States". Addressed, it is a
        // threat unless what it warns of is the economy ("the IMF warned Israel that a rise in wages could undo its stabilization").
        int m = index.FirstAtOrAfter(trigger.LastToken + 1);
        return m >= index.Mentions.Length || index.Mentions[m].FirstToken > trigger.LastToken + AddresseeReach
            || HasEconomicContent(document, sentence, trigger);
    }

    /// <summary>What a warning warns of names the economy and no response of the warner ("would bring a tough response" is retaliation).</summary>
    private static bool HasEconomicContent(Document document, Sentence sentence, TriggerMatch trigger)
    {
        bool economic = false;
        for (int t = trigger.LastToken + 1; t < ContentReach.EndAt(trigger.LastToken, sentence); t++)
        {
            if (document.Is(t, EventWords.CountermeasureWords))
            {
                return false;
            }

            economic |= document.Is(t, EventWords.EconomicWords);
        }

        return economic;
    }
}
