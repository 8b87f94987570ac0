using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// A threat or protest made by a named party is an act, whatever the sentence classifier thinks of the weak words "threat" and
/// "protest": "the Honduran government's threats to break relations", "U.S. threats", "threats by Iran" (threat); "Indonesia has
/// protested to the Community", "the Indonesian protest", "protests from Taiwan" (accusation, PLOVER ACCUSE). The classifier learnt
/// "threat" from 67 sentences of 1987 Reuters and Wikinews, nine of them threats, most of the rest the sense of a danger ("the threat
/// to shipping", "the threat of a trade war", "the threat from Islamic terrorists"), which names what is threatened or what may happen,
/// never who threatens; and "protest" mostly from farmers', unions' and students' protests, whose makers are no parties. So a country,
/// capital, international body or armed group owning the word (right before it, through "'s", a head such as "government" or
/// "ministry" (<c>maker-heads</c>), or for a protest verb an auxiliary or adverb (<c>maker-adverbs</c>)) or its agent right after "by"
/// (for a protest "from" too) stands in for the vote. The filters before the vote, the builder and the verifier still judge every
/// candidate this lets through.
/// </summary>
internal static class PartyMaker
{
    private static readonly WordClass MakerHeads = Lexicon.Default.Class("events/maker-heads");
    private static readonly WordClass MakerAdverbs = Lexicon.Default.Class("events/maker-adverbs");

    /// <summary>True when the weak threat noun or protest word <paramref name="trigger"/> has a named party as its maker beside it.</summary>
    public static bool Vouches(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (!trigger.Pattern.Weak || trigger.FirstToken != trigger.LastToken)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(document.Tokens[trigger.FirstToken]);
        bool threat = trigger.Type == EventTaxonomy.Threat && word.StartsWith("threat", StringComparison.OrdinalIgnoreCase);
        bool protest = trigger.Type == EventTaxonomy.Accusation && word.StartsWith("protest", StringComparison.OrdinalIgnoreCase);
        if (!threat && !protest)
        {
            return false;
        }

        // "the threat from Islamic terrorists" is a danger; "protests from Taiwan" a party's act.
        return OwnedBefore(document, sentence, trigger.FirstToken, index, adverbs: protest)
            || AgentAfter(document, sentence, trigger.LastToken, index, fromToo: protest);
    }

    // "Iran's threats", "the Honduran government's threats", "U.S. threats", "Indonesia has protested": the party ends right before the
    // word, or before a possessive ending and one maker head, or (a protest) before auxiliaries and adverbs.
    private static bool OwnedBefore(Document document, Sentence sentence, int word, ActorIndex index, bool adverbs)
    {
        int t = word - 1;
        while (adverbs && t >= sentence.FirstToken && document.IsWordOf(t, MakerAdverbs))
        {
            t--;
        }

        if (t >= sentence.FirstToken && IsPossessive(document, t))
        {
            t--;
        }

        if (t >= sentence.FirstToken && document.IsWordOf(t, MakerHeads) && !IsParty(index, t, ownerForms: true))
        {
            t--;
        }

        return t >= sentence.FirstToken && IsParty(index, t, ownerForms: true);
    }

    // "threats by Iran", "protests from Taiwan": the party right after the preposition (and an article); not an adjective, which
    // would own another noun ("threats by Muslim militants", "protests by Palestinian youths").
    private static bool AgentAfter(Document document, Sentence sentence, int word, ActorIndex index, bool fromToo)
    {
        int t = word + 1;
        if (t >= sentence.EndToken)
        {
            return false;
        }

        ReadOnlySpan<char> preposition = document.Span(document.Tokens[t]);
        if (!preposition.Equals("by", StringComparison.OrdinalIgnoreCase) && !(fromToo && preposition.Equals("from", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        t++;
        if (t < sentence.EndToken && document.IsWordOf(t, EventWords.Articles))
        {
            t++;
        }

        int m = index.FirstAtOrAfter(t);
        return m < index.Mentions.Length && index.Mentions[m].FirstToken == t && IsMaker(index.Mentions[m].Form, ownerForms: false);
    }

    private static bool IsPossessive(Document document, int t)
    {
        Token token = document.Tokens[t];
        ReadOnlySpan<char> text = document.Span(token);
        return (token.Kind == TokenKind.Clitic && (text.Equals("'s", StringComparison.OrdinalIgnoreCase) || text.Equals("\u2019s", StringComparison.OrdinalIgnoreCase)))
            || text is "'" or "\u2019";
    }

    // The last participant mention starting at or before the token ends on it and may make the act.
    private static bool IsParty(ActorIndex index, int t, bool ownerForms)
    {
        int m = index.FirstAtOrAfter(t + 1) - 1;
        return m >= 0 && index.Mentions[m].LastToken == t && IsMaker(index.Mentions[m].Form, ownerForms);
    }

    // A state by name, other name or capital (and, owning the word, by adjective), or an international body or armed group; not a
    // place, a person or "both sides".
    private static bool IsMaker(ActorForm form, bool ownerForms) =>
        form is ActorForm.Name or ActorForm.Alias or ActorForm.Capital or ActorForm.Organization || (ownerForms && form == ActorForm.Demonym);
}
