using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Mentions of a country that name no party of the act: the name of a round of talks ("talks on the Uruguay Round"), and for a strike
/// the name of a border it was done beside ("kills 24 militants near Cameroon border": the fighting was in Nigeria), and the maker of a
/// thing ("fired Chinese-made missiles": the missiles are Iran's when Iran fires them). A code whose
/// every mention in the sentence is such a use loses its role. (The flag of an attacked merchant ship, "a Liberian tanker", stays a
/// target: the event corpus's annotators code the flag state as the target of such strikes.)
/// </summary>
internal static class NonPartyUses
{
    // Second halves of a hyphenated country word that say where a thing was made ("Chinese-made missiles").
    private static readonly WordClass MakerSuffixes = Lexicon.Default.Class("events/maker-suffixes");

    /// <summary>
    /// True when mention <paramref name="mention"/> of <paramref name="sentence"/> names a thing's maker, is the name of a round of
    /// talks, or, for an act of <paramref name="type"/> strike, of a border.
    /// </summary>
    public static bool IsNonParty(Document document, Sentence sentence, ActorMention mention, string type)
    {
        if (NamesMaker(document, sentence, mention))
        {
            return true;
        }

        int next = mention.LastToken + 1;
        if (next >= sentence.EndToken || mention.Form is ActorForm.Organization or ActorForm.Person or ActorForm.Pair
            || document.Tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        return document.Is(next, EventWords.TalksNameWords) || (type == EventTaxonomy.Strike && document.Is(next, EventWords.BorderNouns));
    }

    /// <summary>
    /// Removes from the candidate's actors and targets every code whose mentions in [<paramref name="first"/>, <paramref name="end"/>) are
    /// all non-party uses, and lists those codes in <paramref name="removed"/> (the builder must not bring them back as default parties).
    /// </summary>
    public static void Remove(MentionContext context, Sentence sentence, EventCandidate candidate, int first, int end, List<string> removed)
    {
        removed.Clear();
        for (int m = first; m < end; m++)
        {
            ActorMention mention = context.Mentions[m];
            if (IsNonParty(context.Document, sentence, mention, candidate.Type) && !HasPartyUse(context, sentence, mention.Code, candidate.Type, first, end))
            {
                candidate.Actors.Remove(mention.Code);
                candidate.Targets.Remove(mention.Code);
                if (!removed.Contains(mention.Code))
                {
                    removed.Add(mention.Code);
                }
            }
        }
    }

    // "Chinese-made" is one token whose first half the gazetteer reads as the country; "U.S.-made" may be cut after the
    // abbreviation, leaving "-made" as the next token.
    private static bool NamesMaker(Document document, Sentence sentence, ActorMention mention)
    {
        if (mention.Form is ActorForm.Organization or ActorForm.Person or ActorForm.Pair)
        {
            return false;
        }

        ReadOnlySpan<char> last = document.Span(document.Tokens[mention.LastToken]);
        int hyphen = last.LastIndexOfAny('-', '\u2010', '\u2011');
        if (hyphen > 0 && hyphen < last.Length - 1)
        {
            return MakerSuffixes.Contains(last[(hyphen + 1)..]);
        }

        int next = mention.LastToken + 1;
        if (next >= sentence.EndToken)
        {
            return false;
        }

        ReadOnlySpan<char> following = document.Span(document.Tokens[next]);
        return following.Length > 1 && following[0] is '-' or '\u2010' or '\u2011' && MakerSuffixes.Contains(following[1..]);
    }

    private static bool HasPartyUse(MentionContext context, Sentence sentence, string code, string type, int first, int end)
    {
        for (int m = first; m < end; m++)
        {
            ActorMention mention = context.Mentions[m];
            if (mention.Code == code && mention.Form != ActorForm.Pair && !IsNonParty(context.Document, sentence, mention, type))
            {
                return true;
            }
        }

        return false;
    }
}
