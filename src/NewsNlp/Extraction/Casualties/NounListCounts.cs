using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts after a casualty noun: "the deaths of 29 miners", "the confirmed deaths are fourteen
/// civilians, five ...", "among the dead were ...".
/// </summary>
internal static class NounListCounts
{
    private static readonly WordClass Copulas = Lexicon.Default.Class("casualties/list-copulas");

    /// <summary>Matches "the confirmed deaths are Q phrase, Q phrase, and Q phrase", "the deaths of Q phrase".</summary>
    public static void Match(in CasualtySentence s, int noun, CasualtyKinds kinds)
    {
        int j = noun + 1;
        if ((s.Is(noun, "deaths") || s.Is(noun, "killed")) && s.Is(j, "of") && !s.Is(noun - 1, "number"))
        {
            // "the deaths of 29 miners".
            j++;
            if (j < s.Limit && s.TryQuantity(j, out Quantity of) && !of.LooksLikeYear)
            {
                int phraseEnd = VictimPhrase.Scan(s, of.EndToken, out _);
                s.Add(kinds, of, VictimPhrase.Groups(s, of.EndToken, phraseEnd), noun, Math.Max(of.EndToken, phraseEnd));
            }

            return;
        }

        if (!(s.Is(j, Copulas) || s.IsPunctuation(j, ':')))
        {
            return;
        }

        if (noun > s.First && s.Tokens[noun - 1].Kind == TokenKind.Number)
        {
            return;
        }

        j++;
        if (j >= s.Limit || !s.TryQuantity(j, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        Span<ListItem> items = stackalloc ListItem[CountList.MaxItems];
        CountList.Read(s, quantity, items, out int count);
        foreach (ListItem item in items[..count])
        {
            CountList.Emit(s, kinds, item, -1, -1, Math.Max(item.PhraseEnd, item.Quantity.EndToken));
        }
    }
}
