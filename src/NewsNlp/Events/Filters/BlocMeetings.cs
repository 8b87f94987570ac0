using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// A meeting of a bloc among its own members ("the OPEC ministerial meeting", "a joint meeting here of EC finance and agriculture
/// ministers", "explained to fellow OPEC members during last week's meeting", "the EC Council of Ministers held an ad hoc meeting")
/// sets the bloc's common policy (farm prices, budget, output quotas): the bloc's internal business, as a cabinet meeting is a
/// state's, not talks between parties (GUIDELINES: domestic politics is out of scope unless it is an act toward another country;
/// quotas and trade measures are not events). The builder gave such meetings a member as one side and the article's other country,
/// or the host of the venue, as the other ("Ecuador toward Venezuela" for an OPEC meeting in Vienna; Spain toward the EC; Britain
/// toward West Germany at an EC farm council): blind judged draws of the news output called them wrong again and again
/// (Events/README.md, session 18, ev20p). Kept: a bloc's meeting with a partner ("with", "between", a party named after it), and any
/// in a sentence with an armed-force or downgrade word (a meeting on sanctions or a war is relations). Bodies of consultation among
/// states (G-7, UN, IMF) are not blocs (<c>bloc-bodies</c>).
/// </summary>
internal static class BlocMeetings
{
    // The short names of the blocs (EU, OPEC).
    private static readonly WordClass BlocBodies = Lexicon.Default.Class("events/bloc-bodies");

    // "EC ministers", "fellow OPEC members", "the EC Council": the bloc meeting as itself.
    private static readonly WordClass OrganNouns = Lexicon.Default.Class("events/forum-member-nouns");

    // "diplomats said", "the ambassadors": people, not the sanctions or ties of the downgrade words.
    private static readonly WordClass EnvoyNouns = Lexicon.Default.Class("events/envoy-nouns");

    // "meeting", "session", "talks": a meeting noun that can be a body's own.
    private static readonly WordClass MeetingNouns = Lexicon.Default.Class("events/forum-meeting-nouns");

    // "the OPEC ministerial meeting", "EC farm ministers' meeting": the bloc's name ends at most four tokens before the meeting noun.
    private const int OwnerReach = 4;

    // "meeting here of EC ministers", "the session today of OPEC delegates": "of" up to three tokens after the meeting noun.
    private const int OfReach = 3;

    // "fellow OPEC members during last week's meeting": the bloc's members up to eight tokens before the meeting word.
    private const int MembersReach = 8;

    // "EC farm ministers": the organ noun up to two tokens after the bloc's name.
    private const int OrganReach = 2;

    // "a joint meeting here of EC finance and agriculture ministers to discuss": the bloc's meeting up to twelve tokens before "to discuss".
    private const int SequelReach = 12;

    // "a meeting in Vienna with non-OPEC producers", "met Japan's trade minister": a partner named up to eight tokens after the meeting word.
    private const int PartnerReach = 8;

    /// <summary>True for talks that are a bloc's meeting among its members, or the "to discuss" of such a meeting (see the class remarks).</summary>
    public static bool IsInternal(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        if (trigger.Type != EventTaxonomy.Consultation || document.HasWordOf(sentence.FirstToken, sentence.EndToken, EventWords.ArmedForceWords)
            || HasDowngradeWord(document, sentence))
        {
            return false;
        }

        if (IsBlocMeeting(document, sentence, trigger.FirstToken, trigger.LastToken, index))
        {
            return true;
        }

        // "a joint meeting of EC ministers to discuss the budget": the talks the bloc's meeting was held for.
        if (trigger.FirstToken - 1 > sentence.FirstToken && document.Span(document.Tokens[trigger.FirstToken - 1]) is "to")
        {
            for (int t = trigger.FirstToken - 2; t >= sentence.FirstToken && t >= trigger.FirstToken - SequelReach; t--)
            {
                if (document.IsWordOf(t, MeetingNouns) && IsBlocMeeting(document, sentence, t, t, index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the meeting word at [<paramref name="first"/>, <paramref name="last"/>] is a bloc's own and names no partner after it.</summary>
    private static bool IsBlocMeeting(Document document, Sentence sentence, int first, int last, ActorIndex index)
    {
        bool owned = (first == last && document.IsWordOf(first, MeetingNouns) && (BlocBefore(document, sentence, first, index) || BlocAfter(document, sentence, last, index)))
            || MembersBefore(document, sentence, first, index);
        return owned && !HasPartner(document, sentence, last, index);
    }

    /// <summary>"the OPEC ministerial meeting", "EC farm ministers' meeting": the last mention ending within four words before the noun is a bloc, nothing but words between, a member noun among them.</summary>
    private static bool BlocBefore(Document document, Sentence sentence, int meeting, ActorIndex index)
    {
        int last = -1;
        for (int m = index.FirstAtOrAfter(Math.Max(sentence.FirstToken, meeting - OwnerReach - 3)); m < index.Mentions.Length && index.Mentions[m].FirstToken < meeting; m++)
        {
            if (index.Mentions[m].LastToken < meeting && index.Mentions[m].LastToken >= meeting - 1 - OwnerReach)
            {
                last = m;
            }
        }

        if (last < 0 || !IsBloc(index.Mentions[last]))
        {
            return false;
        }

        // "EC farm ministers' meeting", "the OPEC ministerial meeting": the members named between; "EU nuclear negotiations" may be the
        // bloc's talks with someone else.
        bool members = false;
        for (int t = index.Mentions[last].LastToken + 1; t < meeting; t++)
        {
            if (!IsPhraseWord(document, t))
            {
                return false;
            }

            members |= document.IsWordOf(t, OrganNouns);
        }

        return members;
    }

    /// <summary>"meeting (here) of (the) EC (ministers)": the mention right after "of" is a bloc, not coordinated with another party.</summary>
    private static bool BlocAfter(Document document, Sentence sentence, int meeting, ActorIndex index)
    {
        for (int t = meeting + 1; t < sentence.EndToken && t <= meeting + OfReach; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (document.Span(document.Tokens[t]) is "of")
            {
                int start = t + 1 < sentence.EndToken && document.Span(document.Tokens[t + 1]) is "the" ? t + 2 : t + 1;
                int m = index.FirstAtOrAfter(start);
                return m < index.Mentions.Length && index.Mentions[m].FirstToken == start && IsBloc(index.Mentions[m]);
            }
        }

        return false;
    }

    /// <summary>
    /// "fellow OPEC members during last week's meeting", "the EC Council of Ministers held an ad hoc meeting": a bloc's name with an
    /// organ noun right after it, up to eight tokens before the meeting word, no other party and no punctuation between.
    /// </summary>
    private static bool MembersBefore(Document document, Sentence sentence, int meeting, ActorIndex index)
    {
        int from = Math.Max(sentence.FirstToken, meeting - MembersReach);
        for (int m = index.FirstAtOrAfter(from); m < index.Mentions.Length && index.Mentions[m].FirstToken < meeting; m++)
        {
            ActorMention mention = index.Mentions[m];
            if (!IsBloc(mention) || !document.HasWordOf(mention.LastToken + 1, Math.Min(meeting, mention.LastToken + 1 + OrganReach), OrganNouns))
            {
                continue;
            }

            bool clear = true;
            for (int t = mention.LastToken + 1; t < meeting && clear; t++)
            {
                clear = document.Tokens[t].Kind != TokenKind.Punctuation || document.Span(document.Tokens[t]) is "'" or "'s";
            }

            for (int n = m + 1; n < index.Mentions.Length && index.Mentions[n].FirstToken < meeting && clear; n++)
            {
                clear = IsBloc(index.Mentions[n]);
            }

            if (clear)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A partner after the meeting word, before any punctuation: "with" or "between", or a party named other than the bloc and a place
    /// after "in" / "at" ("met Japan's trade minister"; "a meeting in Vienna" names only the venue).
    /// </summary>
    private static bool HasPartner(Document document, Sentence sentence, int last, ActorIndex index)
    {
        int end = Math.Min(sentence.EndToken, last + 1 + PartnerReach);
        for (int t = last + 1; t < end; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Punctuation && document.Span(document.Tokens[t]) is not ("'" or "'s" or "-"))
            {
                end = t;
                break;
            }

            if (document.Span(document.Tokens[t]) is "with" or "between")
            {
                return true;
            }
        }

        for (int m = index.FirstAtOrAfter(last + 1); m < index.Mentions.Length && index.Mentions[m].FirstToken < end; m++)
        {
            int before = index.Mentions[m].FirstToken - 1;
            if (!IsBloc(index.Mentions[m]) && !(before > last && document.Span(document.Tokens[before]) is "in" or "at" or "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the meeting's own phrase between the bloc's name and the meeting noun ("ministerial", "farm ministers", "'s").</summary>
    private static bool IsPhraseWord(Document document, int t)
    {
        Token token = document.Tokens[t];
        ReadOnlySpan<char> word = document.Span(token);
        return (token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic || word is "'" or "-")
            && !document.IsWordOf(t, EventWords.Prepositions) && !document.IsWordOf(t, EventWords.ClauseOpeners);
    }

    /// <summary>"sanctions", "embargo", "ties", "embassy" in the sentence; "diplomats said" names people, not relations.</summary>
    private static bool HasDowngradeWord(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.IsWordOf(t, EventWords.DowngradeWords) && !document.IsWordOf(t, EnvoyNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBloc(ActorMention mention) => mention.Form == ActorForm.Organization && Lexicon.Default.Contains(BlocBodies, mention.Code);
}
