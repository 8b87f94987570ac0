using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Talks, mediation, an accord or a de-escalation in the "that" clause of a verb of proposing ("proposed in a letter to his
/// counterpart that they meet", "suggested that the two sides agree a freeze"): what was proposed, not what was done.
/// </summary>
internal static class ProposalClause
{
    // "proposed in a letter to his North Korean counterpart Li Gun-mo that they meet": the verb of proposing and its addressee
    // stand up to twelve words before the "that".
    private static readonly TokenWindow ProposalReach = new(12, 0);

    private static readonly WordClass ProposalVerbs = Lexicon.Default.Class("events/proposal-verbs");

    /// <summary>True when <paramref name="trigger"/> is an act one proposes and the "that" at <paramref name="that"/> follows a verb of proposing.</summary>
    public static bool IsProposed(Document document, Sentence sentence, TriggerMatch trigger, int that) =>
        trigger.Type is EventTaxonomy.Consultation or EventTaxonomy.Mediation or EventTaxonomy.Agreement or EventTaxonomy.Deescalation
        && ProposalVerbBefore(document, sentence, that);

    /// <summary>A verb of proposing before the "that" at <paramref name="that"/>, with no punctuation between ("proposed in a letter to X that").</summary>
    private static bool ProposalVerbBefore(Document document, Sentence sentence, int that)
    {
        for (int t = that - 1; t >= ProposalReach.StartAt(that, sentence); t--)
        {
            if (document.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket)
            {
                return false;
            }

            if (document.IsWordOf(t, ProposalVerbs))
            {
                return true;
            }
        }

        return false;
    }
}
