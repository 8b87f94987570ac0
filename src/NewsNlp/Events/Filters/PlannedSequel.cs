using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Further talks words in the clause of talks already found planned are the same planned meeting:
/// "is expected to meet and discuss currency movements", "will meet President Chun on Monday to
/// discuss", "would go to Moscow next month for talks on arms control and a possible summit meeting".
/// The first words carry the plan ("expected to", "will", "next month"); the ones after it only
/// name the meeting's business.
/// </summary>
internal static class PlannedSequel
{
    /// <summary>True when <paramref name="trigger"/> is talks or mediation after planned talks ending at <paramref name="plannedEnd"/> (or -1), with no clause boundary between.</summary>
    public static bool Continues(Document document, int plannedEnd, TriggerMatch trigger)
    {
        if (plannedEnd < 0 || trigger.FirstToken <= plannedEnd || trigger.Type is not (EventTaxonomy.Consultation or EventTaxonomy.Mediation))
        {
            return false;
        }

        for (int t = plannedEnd + 1; t < trigger.FirstToken; t++)
        {
            if (EndsClause(document, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Punctuation, a quote, a verb of saying or a clause opener other than "and" ("meet and discuss" is one plan; "after", "which",
    /// "that" start another clause, which may tell talks already held).
    /// </summary>
    private static bool EndsClause(Document document, int t)
    {
        Token token = document.Tokens[t];
        return token.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Ellipsis || document.Is(t, EventWords.SayVerbs)
            || (document.Is(t, EventWords.ClauseOpeners) && document.Span(token) is not "and");
    }
}
