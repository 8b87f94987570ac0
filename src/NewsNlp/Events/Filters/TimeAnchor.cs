using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Talks or a deal named only to date something else: "the dollar has hardly moved since the meeting", "prices have held since that
/// accord". The sentence reports the later state of affairs, and the bare phrase names neither the parties nor a date: a passing
/// mention, no act (as the guidelines' "naming an existing accord"). A phrase with its parties or date ("for the first time since
/// their February talks in Paris") tells a background act, which the guidelines count, and stays.
/// </summary>
internal static class TimeAnchor
{
    /// <summary>True when a talks, deal or mediation trigger follows "since" and one article or demonstrative ("the", "that", "this").</summary>
    public static bool IsAnchor(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Consultation or EventTaxonomy.Agreement or EventTaxonomy.Mediation))
        {
            return false;
        }

        // "had since met him twice" is the adverb before a verb, and "since talks began" tells the talks: the article must stand between.
        int article = trigger.FirstToken - 1;
        return article - 1 >= sentence.FirstToken && document.Span(document.Tokens[article]) is "the" or "that" or "this" or "those" or "these"
            && document.Span(document.Tokens[article - 1]) is "since" or "Since";
    }
}
