using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Senses of the bare word "strike" that no armed force acts in, read over the trigger's sentence
/// (the near-window checks of <see cref="SenseFilter"/> miss them when the cue stands further away):
/// a walkout ("teachers in the federal universities launched a national strike"), a deal struck
/// ("the accord, which was struck in Paris"), a resource found ("striking oil"), a disaster
/// ("struck recently by an earthquake"). A sentence with an armed-force word keeps the military sense.
/// </summary>
internal static class StrikeSense
{
    // "which was struck recently by an earthquake": the disaster follows the passive within four words.
    private static readonly TokenWindow DisasterReach = new(0, 4);

    // "the Louvre Accord to stabilise currencies, which was struck": the deal stands up to ten words before its verb.
    private static readonly TokenWindow DealReach = new(10, 0);

    /// <summary>True when the bare "strike" trigger of <paramref name="trigger"/>, or a longer one ending in "strike", has another sense in its sentence.</summary>
    public static bool IsOtherSense(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.FirstToken != trigger.LastToken)
        {
            // "launched a national strike": a two-word trigger ending in the noun is a walkout among labour words just as the bare noun.
            return IsStrikeWord(document.Span(document.Tokens[trigger.LastToken])) && !document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.ArmedForceWords)
                && document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.LabourWords);
        }

        if (!IsStrikeWord(document.Span(document.Tokens[trigger.FirstToken])))
        {
            return false;
        }

        int next = trigger.LastToken + 1;
        if (next < sentence.EndToken && document.Is(next, EventWords.StruckObjects))
        {
            // "after striking oil", "struck gold".
            return true;
        }

        if (document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.ArmedForceWords))
        {
            return false;
        }

        // "staging a strike", "its striking letter carriers": every form but "struck" may be a walkout.
        bool noun = !document.Span(document.Tokens[trigger.FirstToken]).Equals("struck", StringComparison.OrdinalIgnoreCase);
        if (noun && trigger.FirstToken > sentence.FirstToken && document.Is(trigger.FirstToken - 1, EventWords.WalkoutModifiers))
        {
            // "a general strike", "nationwide strikes": no armed strike is general or nationwide.
            return true;
        }

        return (noun && document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.LabourWords))
            || document.HasWordOf(trigger.LastToken + 1, DisasterReach.EndAt(trigger.LastToken, sentence), EventWords.DisasterWords)
            || (!noun && document.HasWordOf(DealReach.StartAt(trigger.FirstToken, sentence), trigger.FirstToken, EventWords.DealNouns));
    }

    /// <summary>
    /// True when the sentence tells a walkout: a "strike" noun among labour words and no armed force ("negotiations resumed in the
    /// strike by the letter carriers"): talks, mediation and deals in it are labour relations, not relations between parties.
    /// </summary>
    public static bool IsLabourDispute(Document document, Sentence sentence)
    {
        bool walkout = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken && !walkout; t++)
        {
            walkout = document.Span(document.Tokens[t]) is "strike" or "strikes" or "Strike" or "Strikes";
        }

        return walkout && document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.LabourWords)
            && !document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.ArmedForceWords);
    }

    private static bool IsStrikeWord(ReadOnlySpan<char> word) =>
        word.StartsWith("strik", StringComparison.OrdinalIgnoreCase) || word.Equals("struck", StringComparison.OrdinalIgnoreCase);
}
