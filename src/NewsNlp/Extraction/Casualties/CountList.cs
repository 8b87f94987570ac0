using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Lists of counts sharing one casualty word ("150 security forces, 95 civilians, and hundreds of
/// Taliban killed"), their "as were" continuations, and the mentions each item gives.
/// </summary>
internal static class CountList
{
    /// <summary>Most items in a list of counts sharing one verb.</summary>
    public const int MaxItems = 8;

    private static readonly WordClass AsWereVerbs = Lexicon.Default.Class("casualties/as-were-verbs");

    /// <summary>Reads "Q phrase (, and Q phrase)*" into <paramref name="items"/> (room for <see cref="MaxItems"/>) and returns the index after it.</summary>
    public static int Read(in CasualtySentence s, Quantity quantity, Span<ListItem> items, out int count)
    {
        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out int each);
        items[0] = new ListItem(quantity, phraseEnd, each);
        count = 1;
        int position = phraseEnd;
        while (count < MaxItems)
        {
            int j = position;
            if (s.IsPunctuation(j, ','))
            {
                j++;
            }

            if (s.Is(j, "and"))
            {
                j++;
            }

            if (s.Is(j - 1, "and") && SingleVictims.IsArticle(s, j) && SingleVictims.TryPersonPhrase(s, j, out int personEnd))
            {
                // "one army officer and a civilian died": the indefinite victim is one more item of one.
                items[count++] = new ListItem(SingleVictims.One(j), personEnd, -1);
                position = personEnd;
                break;
            }

            if (j == position || j >= s.Limit || !s.TryQuantity(j, out Quantity next) || next.LooksLikeYear)
            {
                break;
            }

            if (s.Is(next.EndToken, "of") && (s.Is(next.EndToken + 1, "whom") || s.Is(next.EndToken + 1, "them")))
            {
                // "20 terrorists, 4 of whom died": the second count is part of the first, not another item.
                count = -count;
                break;
            }

            phraseEnd = VictimPhrase.Scan(s, next.EndToken, out each);
            items[count++] = new ListItem(next, phraseEnd, each);
            position = phraseEnd;
        }

        if (count < 0)
        {
            // The list's verb belongs to the partitive alone: no item of this list is a casualty count.
            count = 0;
        }

        return position;
    }

    /// <summary>", as were seventeen from the Armed Forces, and two each from ...": more counts of the same kinds.</summary>
    public static void MatchAsWere(in CasualtySentence s, int end, CasualtyKinds kinds)
    {
        if (!s.IsPunctuation(end, ',') || !s.Is(end + 1, "as") || !s.Is(end + 2, AsWereVerbs))
        {
            return;
        }

        if (end + 3 >= s.Limit || !s.TryQuantity(end + 3, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        Span<ListItem> items = stackalloc ListItem[MaxItems];
        Read(s, quantity, items, out int count);
        foreach (ListItem item in items[..count])
        {
            Emit(s, kinds, item, -1, -1, item.PhraseEnd);
        }
    }

    /// <summary>The mentions of one list item; "two each from A and B" gives one per conjunct.</summary>
    public static void Emit(in CasualtySentence s, CasualtyKinds kinds, ListItem item, int appositiveStart, int appositiveEnd, int evidenceEnd)
    {
        if (item.Each < 0)
        {
            List<string> groups = VictimPhrase.Groups(s, item.Quantity.EndToken, item.PhraseEnd);
            if (appositiveStart >= 0)
            {
                VictimPhrase.CollectGroups(s, appositiveStart, appositiveEnd, groups);
            }

            s.Add(kinds, item.Quantity, groups, item.Quantity.FirstToken, evidenceEnd);
            return;
        }

        int start = item.Each + 1;
        for (int k = start; k <= item.PhraseEnd; k++)
        {
            if (k == item.PhraseEnd || s.Is(k, "and"))
            {
                if (k > start)
                {
                    List<string> groups = VictimPhrase.Groups(s, item.Quantity.EndToken, item.Each);
                    VictimPhrase.CollectGroups(s, start, k, groups);
                    s.Add(kinds, item.Quantity, groups, item.Quantity.FirstToken, evidenceEnd);
                }

                start = k + 1;
            }
        }
    }
}

/// <summary>One count of a list, the end of its noun phrase, and the index of its "each" (or -1).</summary>
internal readonly record struct ListItem(Quantity Quantity, int PhraseEnd, int Each);
