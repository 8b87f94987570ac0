using NewsNlp.Extraction.Countries;

namespace NewsNlp.Events;

/// <summary>Talks of an international body of states (organizations.tsv kind "international": UN, EU, G7, IMF, ...) among its members.</summary>
internal static class ForumTalks
{
    /// <summary>
    /// A meeting of an international body ("the Group of Seven meeting", "EC ministers ended a meeting") is talks among its members:
    /// the article's other country that <c>CandidateBuilder.AddDefaultTargets</c> guessed is a member or the host, no other side (judged over
    /// news: the G-7's Japan, the EC's Germany and Belgium as "targets"). Called on verified candidates only: the verifier learned
    /// from candidates with the guess (without it, habitual and planned meetings of a body got through).
    /// </summary>
    public static void DropGuessedTarget(EventCandidate candidate)
    {
        if (candidate.Type == EventTaxonomy.Consultation && candidate.TargetsByDefault && candidate.Actors.Count == 1 && IsInternationalBody(candidate.Actors[0]))
        {
            candidate.Targets.Clear();
            candidate.TargetsByDefault = false;
        }
    }

    /// <summary>True for the short name of an international body of states (organizations.tsv kind "international": UN, EU, G7, IMF, ...).</summary>
    private static bool IsInternationalBody(string code) =>
        OrganizationGazetteer.TryGet(code, out OrganizationInfo info) && info.Kind == "international";
}
