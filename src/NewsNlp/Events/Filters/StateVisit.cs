using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// A visit to a country or its capital is a consultation (GUIDELINES: consultation includes visits; the issue's "the foreign minister
/// visited Moscow"), whatever the sentence classifier thinks of the weak word "visit": "his visit to Colombia last week", "several visits
/// to Saudi Arabia by British officials", "President Aquino visited the U.S.". Only the noun before "to" and the past verb, with the
/// state named right after; "to visit Japan" and "visiting Ottawa" (mostly plans or asides) and visits to troops, towns or
/// conferences still need the classifier's vote.
/// </summary>
internal static class StateVisit
{
    private static readonly WordClass VisitWords = Lexicon.Default.Class("events/visit-words");

    // "leaves on his sixth official visit": the verb of setting off stands at most six words before the noun.
    private const int DepartureReach = 6;

    /// <summary>True when the weak consultation <paramref name="trigger"/> is a visit told as done to a state named right after it.</summary>
    public static bool Vouches(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        int word = trigger.FirstToken;
        if (trigger.Type != EventTaxonomy.Consultation || trigger.LastToken != word || !document.IsWordOf(word, VisitWords)
            || (word > sentence.FirstToken && document.Span(document.Tokens[word - 1]).Equals("to", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "leaves on his sixth official visit to the United States on Wednesday": a present verb of setting off makes it a plan.
        for (int b = word - 1; b >= sentence.FirstToken && word - b <= DepartureReach; b--)
        {
            if (document.IsWordOf(b, EventWords.DepartureVerbs))
            {
                return false;
            }
        }

        int t = word + 1;
        bool verb = document.Span(document.Tokens[word]).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        if (!verb)
        {
            // The noun names its destination after "to".
            if (t >= sentence.EndToken || !document.Span(document.Tokens[t]).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            t++;
        }

        if (t < sentence.EndToken && document.Span(document.Tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            t++;
        }

        int m = index.FirstAtOrAfter(t);
        return m < index.Mentions.Length && index.Mentions[m].FirstToken == t
            && index.Mentions[m].Form is ActorForm.Name or ActorForm.Alias or ActorForm.Capital;
    }
}
