using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// One sense per article for "strike": once an article speaks of a labour strike ("the seamen's strike", "remain on strike",
/// "strikers"), a bare "strike" elsewhere in it ("the strike will continue", "strike headquarters in Rio") is that strike, not
/// an attack, unless a military word stands right before it ("air strike") or its sentence tells of armed harm ("the strike
/// killed nine"). Computed once per article, the first time an event trigger asks.
/// </summary>
internal sealed class LabourStrikes
{
    private static readonly WordClass StrikeNouns = Lexicon.Default.Class("events/strike-nouns");
    private static readonly WordClass MilitaryModifiers = Lexicon.Default.Class("events/military-strike-modifiers");
    private static readonly WordClass ArmedHarm = Lexicon.Default.Class("events/armed-harm-words");

    // "a week-old national seamen's strike", "strikers": the labour words stand within the window the sense filter reads.
    private static readonly TokenWindow LabourContext = new(4, 3);

    private LabourStrikes(bool inArticle) => InArticle = inArticle;

    /// <summary>True when the article speaks of a labour strike somewhere.</summary>
    public bool InArticle { get; }

    /// <summary>True when <paramref name="trigger"/> is a bare "strike" of an article about a labour strike.</summary>
    public static bool IsLabourStrike(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Strike || trigger.FirstToken != trigger.LastToken || !document.Is(trigger.FirstToken, StrikeNouns)
            || !Of(document).InArticle)
        {
            return false;
        }

        int previous = trigger.FirstToken - 1;
        if (previous >= sentence.FirstToken && Lexicon.Default.Contains(MilitaryModifiers, document.Span(document.Tokens[previous])))
        {
            return false;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Is(t, ArmedHarm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when troops are sent or pulled out in a labour dispute: a withdrawal or deployment trigger in an article about a labour strike,
    /// in a sentence with a labour word ("troops withdrew from the refineries after striking workers agreed to return", "soldiers occupied
    /// the docks as the seamen's strike went on"). The guidelines count neither unions nor a state's own workers as parties: it is domestic.
    /// </summary>
    public static bool IsStrikeDuty(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Deescalation or EventTaxonomy.Mobilization) || !Of(document).InArticle)
        {
            return false;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Is(t, EventWords.LabourWords) || (document.Is(t, StrikeNouns) && IsLabourContext(document, sentence, t))
                || document.Span(document.Tokens[t]).Equals("striking", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static LabourStrikes Of(Document document)
    {
        if (document.TryGet(out LabourStrikes? known))
        {
            return known;
        }

        var found = new LabourStrikes(HasLabourStrike(document));
        document.Set(found);
        return found;
    }

    private static bool HasLabourStrike(Document document)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (document.Span(document.Tokens[t]).Equals("strikers", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (document.Is(t, StrikeNouns) && IsLabourContext(document, sentence, t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "went on strike", "seamen's strike", "the bankworkers' national strike": a labour word around the noun.
    private static bool IsLabourContext(Document document, Sentence sentence, int strike)
    {
        if ((strike - 1 >= sentence.FirstToken && document.Span(document.Tokens[strike - 1]).Equals("on", StringComparison.OrdinalIgnoreCase))
            || (strike - 2 >= sentence.FirstToken && document.Span(document.Tokens[strike - 2]).Equals("on", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        for (int t = LabourContext.StartAt(strike, sentence); t < LabourContext.EndAt(strike, sentence); t++)
        {
            if (t != strike && document.Is(t, EventWords.OtherSense))
            {
                return true;
            }
        }

        return false;
    }
}
