using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// A plan told in a headline read on its own (a feed of titles, an item with no running text, <see cref="Document.IsStandaloneHeadline"/>):
/// "to" plus a verb right after the doer ("Iran to recall envoy"). The rest of headline grammar lives where prose grammar does: the
/// present tense reports the news (<see cref="IrrealisFilter"/>), the passive drops its auxiliary (<c>PassiveVoice</c>), and a strike is
/// placed from the one place named (<c>StrikePlace</c>). In an article with a body the headline only restates it.
/// </summary>
internal static class HeadlineGrammar
{
    /// <summary>
    /// "Iran to recall ambassador", "U.S. to send more troops", "Israeli troops to leave Gaza": in a standalone headline, "to" right
    /// before the trigger after a party or a force names what the party will do, not what it did.
    /// </summary>
    public static bool IsAnnouncedPlan(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        int to = trigger.FirstToken - 1;
        if (!document.IsStandaloneHeadline(sentence) || to <= sentence.FirstToken || !document.Span(document.Tokens[to]).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int doer = to - 1;
        return EndsMention(index, doer) || document.IsWordOf(doer, EventWords.ArmedForceWords) || document.IsWordOf(doer, EventWords.UnnamedForceNouns)
            || document.IsWordOf(doer, EventWords.PartyNouns);
    }

    // The mention that ends at the token is the last one starting at or before it.
    private static bool EndsMention(ActorIndex index, int token)
    {
        int last = index.FirstAtOrAfter(token + 1) - 1;
        return last >= 0 && index.Mentions[last].LastToken == token;
    }
}
