using NewsNlp.Lexicons;
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

    // ", dealers and economists said.", "Foreign exchange dealers said": the attribution stands within five tokens of either end.
    private const int MarketAttributionReach = 5;

    // "the 16.6 mln barrels per day (bpd) output ceiling agreed by OPEC" (six tokens before), "agreed to export to Japan about 23 mln tonnes"
    // (nine after): the volume an agreement sets stands near it.
    private static readonly TokenWindow VolumeReach = new(8, 12);

    /// <summary>Words of output and traded quantities ("tonnes", "bpd", "output ceiling"), <c>volume-words</c>: what a sale contract or an output quota sets.</summary>
    private static readonly WordClass VolumeWords = Lexicon.Default.Class("events/volume-words");

    /// <summary>Words of aid and relief ("food aid", "humanitarian assistance"), <c>aid-words</c>: a pledge of aid stays an agreement whatever quantity it names.</summary>
    private static readonly WordClass AidWords = Lexicon.Default.Class("events/aid-words");

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
    /// A downgrade read from trade-dispute measures alone ("the U.S. imposed 100 pct import duties on Japanese computers", "the new
    /// tariffs are in retaliation for"), or found by the classifier with no downgrade word at all: the guidelines count sanctions and
    /// embargoes on a state, recalled envoys and cut ties, not tariffs, duties and quotas.
    /// </summary>
    public static bool IsTradeMeasure(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.DiplomaticDowngrade)
        {
            return false;
        }

        bool trade = trigger.Pattern.Elements.Length == 0; // a classifier paraphrase names no downgrade word of its own
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Is(t, EventWords.DowngradeWords))
            {
                return false;
            }

            trade |= document.Is(t, EventWords.TradeMeasureWords);
        }

        return trade;
    }

    /// <summary>
    /// An agreement that sets quantities of output or of goods sold ("India had agreed to export to Japan about 23 mln tonnes of iron ore",
    /// "the 16.6 mln bpd output ceiling agreed by OPEC"): a sale contract between trading firms or a producers' output quota, which the
    /// guidelines leave out (firms' deals are never events; quotas are no event). Blind judges counted such OPEC quota reports false. A
    /// word of conflict or armed force in the sentence ("a ceiling on troops"), or of aid ("50,000 tonnes of food aid", a pledge between
    /// states), keeps it; trade accords that name no volume ("agreed a trade deal with Argentina") are left alone.
    /// </summary>
    public static bool IsVolumeAccord(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Agreement)
        {
            return false;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Is(t, EventWords.ConflictWords) || document.Is(t, EventWords.ArmedForceWords) || document.Is(t, AidWords))
            {
                return false;
            }
        }

        for (int t = VolumeReach.StartAt(trigger.FirstToken, sentence); t < VolumeReach.EndAt(trigger.LastToken, sentence); t++)
        {
            if ((t < trigger.FirstToken || t > trigger.LastToken) && document.Is(t, VolumeWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Market commentary: a sentence attributed to dealers, analysts or economists ("Talks this week between Nakasone and Reagan, if
    /// successful, could take pressure off the dollar, dealers and economists said") only mentions the talks and deals it names. Strikes
    /// stay, and so does a sentence with a word of armed force or war.
    /// </summary>
    public static bool IsMarketCommentary(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type == EventTaxonomy.Strike || !AttributedToMarket(document, sentence))
        {
            return false;
        }

        // Talks and relations words are what commentary mentions; only armed force or war keeps the sentence.
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Is(t, EventWords.ArmedForceWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"..., dealers said." or "Analysts said ...": a market source next to a saying verb at either end of the sentence.</summary>
    private static bool AttributedToMarket(Document document, Sentence sentence)
    {
        for (int t = Math.Max(sentence.FirstToken + 1, sentence.EndToken - MarketAttributionReach); t < sentence.EndToken; t++)
        {
            if (document.Is(t, EventWords.SayVerbs) && document.Is(t - 1, EventWords.MarketSources))
            {
                return true;
            }
        }

        for (int t = sentence.FirstToken + 1; t < Math.Min(sentence.EndToken, sentence.FirstToken + MarketAttributionReach); t++)
        {
            if (document.Is(t, EventWords.SayVerbs) && document.Is(t - 1, EventWords.MarketSources))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence speaks of armed conflict or relations ("troops", "ceasefire", "attacks", "sanctions"): there the rules
    /// decide alone; the learned scope model judges the other sentences, where ordinary news makes the rules over-fire.
    /// </summary>
    public static bool HasConflictWord(Document document, Sentence sentence) =>
        document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.ConflictWords);

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
