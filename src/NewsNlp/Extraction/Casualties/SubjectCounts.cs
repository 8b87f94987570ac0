using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts before their casualty word: "eleven people were killed", "20 dead", "two missing",
/// "150 security forces, 95 civilians, and hundreds of Taliban killed", "a total of eleven people,
/// mostly women and children, were killed", "90 civilians were wounded, as were seventeen ...".
/// </summary>
internal static class SubjectCounts
{
    /// <summary>An appositive between a count and its verb (", mostly women and children,") closes within 24 tokens of its start: positions 0..23.</summary>
    private static readonly TokenWindow AppositiveReach = new(0, 23);

    private static readonly WordClass PartitiveParts = Lexicon.Default.Class("casualties/partitive-parts");
    private static readonly WordClass Demonstratives = Lexicon.Default.Class("casualties/demonstratives");

    /// <summary>Matches a count that starts a subject, or a list of them, followed by its casualty word.</summary>
    public static void Match(in CasualtySentence s, Quantity quantity)
    {
        if (quantity.LooksLikeYear && !s.IsTrigger(quantity.EndToken, TriggerRole.AfterCount, out _))
        {
            return;
        }

        if (s.Is(quantity.FirstToken - 1, "including"))
        {
            // "six persons, including three soldiers, were wounded": the part is inside the whole's record.
            return;
        }

        if (IsPartitiveWhole(s, quantity.FirstToken))
        {
            // "one of the sixteen on board died": sixteen is the whole, not the dead.
            return;
        }

        Span<ListItem> items = stackalloc ListItem[CountList.MaxItems];
        int position = CountList.Read(s, quantity, items, out int count);
        int appositiveStart = -1;
        int appositiveEnd = -1;
        if (!CasualtyTail.TryRead(s, position, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical))
        {
            if (!s.IsPunctuation(position, ','))
            {
                return;
            }

            int close = FindAppositiveClose(s, position + 1);
            if (close >= 0 && CasualtyTail.TryRead(s, close + 1, out kinds, out tailEnd, out hypothetical))
            {
                appositiveStart = position + 1;
                appositiveEnd = close;
            }
            else if (!(s.IsWord(position + 1) && CasualtyLexicon.IsAuxiliary(s.Word(position + 1))
                && CasualtyTail.TryRead(s, position + 1, out kinds, out tailEnd, out hypothetical)))
            {
                // Not "those infected, over 1800 people, have died" either.
                return;
            }
        }

        if (hypothetical)
        {
            return;
        }

        foreach (ListItem item in items[..count])
        {
            CountList.Emit(s, kinds, item, appositiveStart, appositiveEnd, tailEnd);
        }

        CountList.MatchAsWere(s, tailEnd, kinds);
    }

    /// <summary>True for the whole of a partitive: "one of the sixteen", "most of the 45", "two of those 12".</summary>
    private static bool IsPartitiveWhole(in CasualtySentence s, int index)
    {
        int k = index - 1;
        if (s.Is(k, Demonstratives))
        {
            k--;
        }

        if (!s.Is(k, "of") || k - 1 < s.First)
        {
            return false;
        }

        int part = k - 1;
        return s.Tokens[part].Kind == TokenKind.Number
            || s.Is(part, PartitiveParts)
            || (s.IsWord(part) && NumberWords.TryCardinal(s.Word(part), out _));
    }

    /// <summary>The comma that closes an appositive starting at <paramref name="start"/>: the first one followed by a casualty tail.</summary>
    private static int FindAppositiveClose(in CasualtySentence s, int start)
    {
        for (int k = start; k < s.Limit && AppositiveReach.Contains(start, k); k++)
        {
            if (s.IsPunctuation(k, '.') || s.IsPunctuation(k, ';') || s.IsPunctuation(k, ':'))
            {
                return -1;
            }

            if (s.IsPunctuation(k, ',') && CasualtyTail.TryRead(s, k + 1, out _, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }
}
