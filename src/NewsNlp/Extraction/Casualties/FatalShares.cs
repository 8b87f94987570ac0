using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The fatal share of a count of harmed people, told with its verb left out: "11 people have been shot, 5 fatally", "nine were
/// stabbed, two of them fatally". The share is a killed count; the whole stays whatever the harm verb makes it.
/// </summary>
internal static class FatalShares
{
    private static readonly WordClass Verbs = Lexicon.Default.Class("casualties/fatal-share-verbs");

    // The harm verb stands in the same sentence, at most this many tokens before the share ("shot over the weekend, 5 fatally").
    private const int VerbReach = 12;

    /// <summary>Matches "M fatally" (or "M of them fatally") at <paramref name="count"/>, after a comma.</summary>
    public static void Match(in CasualtySentence s, Quantity count)
    {
        int after = count.EndToken;
        if (s.Is(after, "of") && s.Is(after + 1, "them"))
        {
            after += 2;
        }

        if (count.LooksLikeYear || count.IsVague || !s.Is(after, "fatally") || !s.IsPunctuation(count.FirstToken - 1, ',')
            || (after + 1 < s.Limit && s.Tokens[after + 1].Kind is not (TokenKind.Punctuation or TokenKind.Dash)))
        {
            return;
        }

        for (int k = count.FirstToken - 2; k >= s.First && count.FirstToken - k <= VerbReach; k--)
        {
            if (s.IsPunctuation(k, '.') || s.IsPunctuation(k, ';'))
            {
                return;
            }

            if (s.Is(k, Verbs))
            {
                s.Add(CasualtyKinds.Killed, count, [], count.FirstToken, after + 1);
                return;
            }
        }
    }
}
