using NewsNlp.Events.Arguments;
using NewsNlp.Extraction.Countries;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// The grammar of a headline read on its own (a feed of titles, an item with no running text): the present tense reports the news
/// ("Bush meets Blair", "Gunmen kill 12"), and "to" plus a verb right after the doer announces a plan ("Iran to recall envoy").
/// In an article with a body the headline only restates it (<see cref="CandidateBuilder"/> makes it a reference), so none of this applies.
/// </summary>
internal static class HeadlineGrammar
{
    /// <summary>True when <paramref name="sentence"/> is a headline or heading of an item that has no running text.</summary>
    public static bool IsStandaloneHeadline(Document document, Sentence sentence) =>
        sentence.Kind != SentenceKind.Prose && document.IsHeadlineOnly;

    /// <summary>
    /// "Iran to recall ambassador", "U.S. to send more troops", "Israeli troops to leave Gaza": in a standalone headline, "to" right
    /// before the trigger after a party or a force names what the party will do, not what it did.
    /// </summary>
    public static bool IsAnnouncedPlan(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        int to = trigger.FirstToken - 1;
        if (!IsStandaloneHeadline(document, sentence) || to <= sentence.FirstToken || !document.Span(document.Tokens[to]).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int doer = to - 1;
        return EndsMention(index, doer) || document.IsWordOf(doer, EventWords.ArmedForceWords) || document.IsWordOf(doer, EventWords.UnnamedForceNouns)
            || document.IsWordOf(doer, EventWords.PartyNouns);
    }

    /// <summary>
    /// "14 Militants Killed in Gaza", "Embassy Attacked": a standalone headline drops the auxiliary of its passive, and tells its own
    /// active news in the present, so a participle trigger after its noun is passive.
    /// </summary>
    public static bool IsPassive(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (!IsStandaloneHeadline(document, sentence) || trigger.FirstToken <= sentence.FirstToken)
        {
            return false;
        }

        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.FirstToken]);
        return document.Tokens[trigger.FirstToken - 1].Kind is TokenKind.Word or TokenKind.Number
            && (head.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || EventWords.IrregularParticiples.Contains(head));
    }

    /// <summary>
    /// "Car Bomb Kills Six in Baghdad", "U.S. Forces Kill 50 Militiamen in Baghdad Suburb": a strike whose target the headline does not
    /// name was done in the country of the one place it names; the guidelines code that country as the target. Returns the code, or null.
    /// </summary>
    public static string? PlaceOfStrike(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (!IsStandaloneHeadline(document, sentence) || !StrikePlace.NamesAnAttack(document, sentence.FirstToken, sentence.EndToken, trigger))
        {
            // "Mother, seven children killed in house fire": a weak trigger alone ("killed") names no attack.
            return null;
        }

        // The gazetteer, not the country layer: a headline's lone city ("in Baghdad") names no country the article is about, but it
        // still says where the act happened.
        string? code = null;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan(0, sentence.EndToken);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Bracket)
            {
                // "(Canadian Press)", "(AFP)": the feed's source tag, not a place.
                break;
            }

            if (!CountryGazetteer.TryMatch(document.Text, tokens, t, out CountryMatch match))
            {
                t += Math.Max(match.TokenCount, 1) - 1;
                continue;
            }

            // Two countries ("Gaza fighting" between Israelis and Palestinians) leave the place open.
            if (code is not null && code != match.Code)
            {
                return null;
            }

            code = match.Code;
            t += match.TokenCount - 1;
        }

        return code;
    }

    private static bool EndsMention(ActorIndex index, int token)
    {
        int m = index.FirstAtOrAfter(token);
        for (int i = Math.Max(0, m - 2); i < index.Mentions.Length && index.Mentions[i].FirstToken <= token; i++)
        {
            if (index.Mentions[i].LastToken == token)
            {
                return true;
            }
        }

        return false;
    }
}
