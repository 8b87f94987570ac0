using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Talks whose partner is named but is no party the article knows: "closed-door talks yesterday with
/// Speaker Jim Wright and other House leaders", "a private meeting with Commerce Secretary Malcolm
/// Baldrige", "administration talks with financial experts". The extractor would otherwise give them
/// the article's other main country as partner; the guidelines count talks between parties only, and
/// a government's talks with its own legislature, officials or experts are domestic politics.
/// </summary>
internal static class UnknownPartner
{
    private static readonly WordClass TopicOpeners = Lexicon.Default.Class("events/partner-topic-openers");
    private static readonly WordClass PartnerEnders = Lexicon.Default.Class("events/partner-enders");

    // "talks yesterday with", "meeting here on Monday with": "with" stands at most four tokens after the trigger.
    private const int WithReach = 4;

    // The partner phrase: up to ten tokens after "with", to the end of its clause.
    private const int PartnerLength = 10;

    // "called for President Reagan": the addressee's name may follow a title of up to two words.
    private const int AddresseeTitle = 2;

    /// <summary>True when the talks' "with" phrase names no participant, unnamed states, armed force or conflict word, so the partner is no party.</summary>
    public static bool NamesNonParty(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (trigger.Type != EventTaxonomy.Consultation)
        {
            return false;
        }

        int with = -1;
        // The pattern "talks ... with" may itself end at the "with".
        for (int t = trigger.FirstToken + 1; t < sentence.EndToken && t <= trigger.LastToken + WithReach; t++)
        {
            if (document.IsLiteral(t, "with"))
            {
                with = t;
                break;
            }

            if (document.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number))
            {
                return false;
            }
        }

        if (with < 0)
        {
            return false;
        }

        int end = with + 1;
        while (end < sentence.EndToken && end <= with + PartnerLength && !EndsPartner(document, end))
        {
            if (document.Is(end, EventWords.ArmedForceWords) || document.Is(end, EventWords.ConflictWords) || document.Is(end, EventWords.StateGroupNouns))
            {
                return false;
            }

            end++;
        }

        int m = index.FirstAtOrAfter(with + 1);
        return end > with + 1 && !(m < index.Mentions.Length && index.Mentions[m].FirstToken < end);
    }

    /// <summary>
    /// An appeal or accusation addressed to a person of the actor's own side: "The U.S. Senate called for President Reagan to force Japan",
    /// "Baker had urged Volcker to stay on", "demanded that Reagan comply". Its addressee (right after the trigger, "on", "for" or "that"
    /// and a title at most between) is a person of the actor's own country: domestic politics, whatever the content names. A country or
    /// capital there is left alone, as the actor found for it may be wrong.
    /// </summary>
    public static bool AddressesOwnSide(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index, List<string> actors)
    {
        if (trigger.Type is not (EventTaxonomy.Appeal or EventTaxonomy.Accusation) || actors.Count == 0)
        {
            return false;
        }

        int t = trigger.LastToken + 1;
        if (t < sentence.EndToken && document.IsLiteralOf(t, TopicOpeners))
        {
            t++;
        }

        int m = index.FirstAtOrAfter(t);
        return m < index.Mentions.Length && index.Mentions[m].FirstToken <= t + AddresseeTitle && index.Mentions[m].FirstToken < sentence.EndToken
            && index.Mentions[m].Form == ActorForm.Person && actors.Contains(index.Mentions[m].Code);
    }

    /// <summary>Punctuation, a verb of saying, a clause opener other than "and", or an infinitive's "to": the partner phrase ends.</summary>
    private static bool EndsPartner(Document document, int t)
    {
        Token token = document.Tokens[t];
        return token.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Bracket || document.Is(t, EventWords.SayVerbs)
            || (document.Is(t, EventWords.ClauseOpeners) && !document.IsLiteral(t, "and")) || document.IsLiteralOf(t, PartnerEnders);
    }
}
