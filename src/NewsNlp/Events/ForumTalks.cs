using NewsNlp.Extraction.Countries;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Talks of an international body of states (organizations.tsv kind "international": UN, EU, G7, IMF, ...) among its members.</summary>
internal static class ForumTalks
{
    // Nouns for the members of a body of states meeting as that body ("EC agriculture ministers", "OPEC delegates").
    private static readonly WordClass ForumMemberNouns = Lexicon.Default.Class("events/forum-member-nouns");

    // Nouns for a meeting that can be a body's own ("meeting", "session", "talks").
    private static readonly WordClass ForumMeetingNouns = Lexicon.Default.Class("events/forum-meeting-nouns");

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

    // "a meeting here of EC agriculture ministers", "the session today of OPEC delegates": "of" up to three words after the meeting noun.
    private static readonly TokenWindow OfReach = new(0, 3);

    // "EC farm ministers' meeting", "the OPEC oil ministers meeting": the member noun up to four words after the body's name ("EC finance and agriculture ministers"); the
    // member noun (and its apostrophe) right before the meeting noun.
    private const int MemberReach = 4;

    /// <summary>
    /// A meeting the text names as a body's own, through its members ("a joint meeting here of EC finance and agriculture ministers",
    /// "an informal European Community finance ministers' meeting"), is talks among the body's members: the body is its one party,
    /// not the member country whose position, chairman or host the sentence also names, nor a country the article guessed as a target
    /// (judged over news: Spain, Britain or Belgium "toward the EC"). A meeting with a partner after "with" keeps its parties. The
    /// builder calls it before the verifier, so the verifier scores the parties the event will have.
    /// </summary>
    public static void KeepForumAsParty(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index, EventCandidate candidate)
    {
        if (candidate.Type != EventTaxonomy.Consultation || trigger.FirstToken != trigger.LastToken || !document.IsWordOf(trigger.FirstToken, ForumMeetingNouns))
        {
            return;
        }

        string? body = BodyAfter(document, sentence, trigger.LastToken, index) ?? BodyBefore(document, sentence, trigger.FirstToken, index);
        if (body is null || (candidate.Actors.Count == 1 && candidate.Actors[0] == body && candidate.Targets.Count == 0))
        {
            return;
        }

        for (int t = trigger.LastToken + 1; t < Math.Min(sentence.EndToken, trigger.LastToken + 8); t++)
        {
            if (document.Span(document.Tokens[t]).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        candidate.Actors.Clear();
        candidate.Actors.Add(body);
        candidate.Targets.Clear();
        candidate.TargetsByDefault = false;
    }

    /// <summary>"meeting (here) of (the) EC (agriculture) ministers": the body named after "of", with a member noun after it.</summary>
    private static string? BodyAfter(Document document, Sentence sentence, int meeting, ActorIndex index)
    {
        for (int t = meeting + 1; t < OfReach.EndAt(meeting, sentence); t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return null;
            }

            if (document.Span(document.Tokens[t]).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                int start = t + 1 < sentence.EndToken && document.Span(document.Tokens[t + 1]).Equals("the", StringComparison.OrdinalIgnoreCase) ? t + 2 : t + 1;
                return BodyWithMembers(document, sentence, start, index);
            }
        }

        return null;
    }

    /// <summary>"EC agriculture ministers' meeting", "OPEC ministers meeting": a member noun right before the meeting noun, the body's name before it.</summary>
    private static string? BodyBefore(Document document, Sentence sentence, int meeting, ActorIndex index)
    {
        int t = meeting - 1;
        if (t >= sentence.FirstToken && document.Span(document.Tokens[t]) is "'" or "'s")
        {
            t--;
        }

        if (t < sentence.FirstToken || !document.IsWordOf(t, ForumMemberNouns))
        {
            return null;
        }

        for (int start = t - 1; start >= sentence.FirstToken && start >= t - MemberReach; start--)
        {
            if (BodyWithMembers(document, sentence, start, index) is { } body)
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>The international body whose mention starts at <paramref name="start"/> when a member noun follows it within <see cref="MemberReach"/> words.</summary>
    private static string? BodyWithMembers(Document document, Sentence sentence, int start, ActorIndex index)
    {
        int i = index.FirstAtOrAfter(start);
        if (i >= index.Mentions.Length || index.Mentions[i].FirstToken != start || index.Mentions[i].Form != ActorForm.Organization
            || !IsInternationalBody(index.Mentions[i].Code))
        {
            return null;
        }

        int last = index.Mentions[i].LastToken;
        for (int t = last + 1; t < sentence.EndToken && t <= last + MemberReach; t++)
        {
            if (document.IsWordOf(t, ForumMemberNouns))
            {
                return index.Mentions[i].Code;
            }

            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True for the short name of an international body of states (organizations.tsv kind "international": UN, EU, G7, IMF, ...).</summary>
    private static bool IsInternationalBody(string code) =>
        OrganizationGazetteer.TryGet(code, out OrganizationInfo info) && info.Kind == "international";
}
