using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// What a headline read on its own (a feed of titles, an item with no running text, <see cref="Document.IsStandaloneHeadline"/>) says
/// that prose would say with more words: "to" plus a verb right after the doer is a plan ("Iran to recall envoy"); an armed agent,
/// a weapon or an explosion noun makes a weak strike word an attack without the sentence classifier's vote, and an accident word
/// without them makes it none. The rest of headline grammar lives where prose grammar does: the present tense reports the news
/// (<see cref="IrrealisFilter"/>), the passive drops its auxiliary (<c>PassiveVoice</c>), a strike is placed from the one place named
/// (<c>StrikePlace</c>), and title case hides no place (<c>LetterCase</c>). In an article with a body the headline only restates it.
/// </summary>
internal static class HeadlineGrammar
{
    /// <summary>Nouns of an explosion ("blast", "explosions"): in a headline read alone they report a bombing unless an accident word is there.</summary>
    private static readonly WordClass BlastNouns = Lexicon.Default.Class("events/blast-nouns");

    /// <summary>Verbs a headline puts right after an explosion noun ("Blast kills", "Blasts hit"): the word before them is the noun.</summary>
    private static readonly WordClass BlastVerbs = Lexicon.Default.Class("events/blast-verbs");

    /// <summary>Prepositions that make an explosion noun a topic ("video of embassy blast", "arrests over blast"), not a report.</summary>
    private static readonly WordClass TopicPrepositions = Lexicon.Default.Class("events/topic-prepositions");

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

    /// <summary>
    /// In a standalone headline, a strike word tells an attack when an armed agent or weapon stands in the headline ("Israeli Army Kills 5
    /// Palestinians", "Rebels kill dozens in Indian unrest"), or when an explosion noun does and no accident word ("Blast Outside Thailand
    /// Bar Injures 15"; not "China Mine Blast Kills 56"). Such a headline needs no vote of the sentence classifier, which learnt from
    /// prose and scores a few title words low; it also says where the strike was done (<c>StrikePlace</c>).
    /// </summary>
    public static bool IsArmedReport(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Strike || !document.IsStandaloneHeadline(sentence) || AfterDeterminer(document, sentence, trigger.FirstToken))
        {
            return false;
        }

        bool blast = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.IsWordOf(t, EventWords.AccidentWords) || document.IsWordOf(t, EventWords.DisasterWords))
            {
                return HasArmedWord(document, sentence, trigger);
            }

            blast |= IsBlastNoun(document, sentence, t);
        }

        return blast || HasArmedWord(document, sentence, trigger);
    }

    /// <summary>
    /// "Coal Mine Blast in China Kills 33", "Explosion in southern Italy kills eight, gas leak possible cause": a weak strike word in a
    /// standalone headline that names an accident and no armed agent or weapon is no attack, whatever the classifier says.
    /// </summary>
    public static bool IsAccident(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Strike || !trigger.Pattern.Weak || !document.IsStandaloneHeadline(sentence))
        {
            return false;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.IsWordOf(t, EventWords.AccidentWords) || document.IsWordOf(t, EventWords.DisasterWords))
            {
                return !HasArmedWord(document, sentence, trigger);
            }
        }

        return false;
    }

    private static bool HasArmedWord(Document document, Sentence sentence, TriggerMatch trigger) =>
        Arguments.StrikePlace.NamesAnAttack(document, sentence.FirstToken, sentence.EndToken, trigger);

    // "Blast kills", "in blast at", "Kabul Blast" (at the end): the explosion noun, not the verb of "Swedes Blast Gov't Response".
    private static bool IsBlastNoun(Document document, Sentence sentence, int t)
    {
        if (!document.IsWordOf(t, BlastNouns))
        {
            return false;
        }

        int next = t + 1;
        if (next < sentence.EndToken && document.Tokens[next].Kind == TokenKind.Word
            && !document.IsWordOf(next, EventWords.Prepositions) && !document.IsWordOf(next, BlastVerbs))
        {
            return false;
        }

        // "video tape of embassy blast", "arrests over blast": the nearest preposition before the noun phrase makes it a topic.
        for (int b = t - 1; b >= Math.Max(sentence.FirstToken, t - 3); b--)
        {
            if (document.IsWordOf(b, EventWords.Prepositions))
            {
                return !document.IsWordOf(b, TopicPrepositions);
            }
        }

        return true;
    }

    // "A target for terrorists", "He's a Rebel Target": a determiner just before makes the strike word a noun of no act.
    private static bool AfterDeterminer(Document document, Sentence sentence, int trigger)
    {
        for (int b = trigger - 1; b >= Math.Max(sentence.FirstToken, trigger - 2); b--)
        {
            if (document.IsWordOf(b, EventWords.Determiners))
            {
                return true;
            }
        }

        return false;
    }

    // The mention that ends at the token is the last one starting at or before it.
    private static bool EndsMention(ActorIndex index, int token)
    {
        int last = index.FirstAtOrAfter(token + 1) - 1;
        return last >= 0 && index.Mentions[last].LastToken == token;
    }
}
