using NewsNlp.Extraction.Numbers;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts before their casualty word: "eleven people were killed", "20 dead", "two missing",
/// "150 security forces, 95 civilians, and hundreds of Taliban killed", "a total of eleven people,
/// mostly women and children, were killed", "90 civilians were wounded, as were seventeen ...".
/// </summary>
internal readonly partial struct CasualtyScan
{
    /// <summary>Most items in a list of counts sharing one verb.</summary>
    private const int MaxListItems = 8;

    /// <summary>Matches a count that starts a subject, or a list of them, followed by its casualty word.</summary>
    public void MatchSubject(Quantity quantity)
    {
        if (quantity.LooksLikeYear && !IsTrigger(quantity.EndToken, TriggerRole.AfterCount, out _))
        {
            return;
        }

        if (Is(quantity.FirstToken - 1, "including"))
        {
            // "six persons, including three soldiers, were wounded": the part is inside the whole's record.
            return;
        }

        if (IsPartitiveWhole(quantity.FirstToken))
        {
            // "one of the sixteen on board died": sixteen is the whole, not the dead.
            return;
        }

        Span<ListItem> items = stackalloc ListItem[MaxListItems];
        int position = ReadList(quantity, items, out int count);
        int appositiveStart = -1;
        int appositiveEnd = -1;
        if (!TryTail(position, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical))
        {
            if (!IsPunctuation(position, ','))
            {
                return;
            }

            int close = FindAppositiveClose(position + 1);
            if (close >= 0 && TryTail(close + 1, out kinds, out tailEnd, out hypothetical))
            {
                appositiveStart = position + 1;
                appositiveEnd = close;
            }
            else if (!(IsWord(position + 1) && CasualtyLexicon.IsAuxiliary(Word(position + 1))
                && TryTail(position + 1, out kinds, out tailEnd, out hypothetical)))
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
            Emit(kinds, item, appositiveStart, appositiveEnd, tailEnd);
        }

        MatchAsWere(tailEnd, kinds);
    }

    /// <summary>True for the whole of a partitive: "one of the sixteen", "most of the 45", "two of those 12".</summary>
    private bool IsPartitiveWhole(int index)
    {
        int k = index - 1;
        if (Is(k, "the") || Is(k, "those") || Is(k, "these"))
        {
            k--;
        }

        if (!Is(k, "of") || k - 1 < first)
        {
            return false;
        }

        int part = k - 1;
        return tokens[part].Kind == Text.TokenKind.Number
            || Is(part, "most") || Is(part, "all") || Is(part, "none") || Is(part, "half") || Is(part, "many")
            || Is(part, "some") || Is(part, "any") || Is(part, "each") || Is(part, "few") || Is(part, "several")
            || (IsWord(part) && NumberWords.TryCardinal(Word(part), out _));
    }

    /// <summary>Reads "Q phrase (, and Q phrase)*" into <paramref name="items"/> (room for <see cref="MaxListItems"/>) and returns the index after it.</summary>
    private int ReadList(Quantity quantity, Span<ListItem> items, out int count)
    {
        int phraseEnd = ScanNounPhrase(quantity.EndToken, out int each);
        items[0] = new ListItem(quantity, phraseEnd, each);
        count = 1;
        int position = phraseEnd;
        while (count < MaxListItems)
        {
            int j = position;
            if (IsPunctuation(j, ','))
            {
                j++;
            }

            if (Is(j, "and"))
            {
                j++;
            }

            if (j == position || j >= limit || !QuantityParser.TryParse(text, tokens, j, limit, out Quantity next) || next.LooksLikeYear)
            {
                break;
            }

            phraseEnd = ScanNounPhrase(next.EndToken, out each);
            items[count++] = new ListItem(next, phraseEnd, each);
            position = phraseEnd;
        }

        return position;
    }

    /// <summary>Reads auxiliaries and the casualty word: "were all killed", "reportedly also died", "killed or wounded".</summary>
    private bool TryTail(int index, out CasualtyKinds kinds, out int end, out bool hypothetical)
    {
        hypothetical = false;
        end = index;
        int i = index;
        int seen = 0;
        while (i < limit && seen < MaxAuxiliaries && !IsTrigger(i, TriggerRole.AfterCount, out _))
        {
            if (!IsWord(i) && tokens[i].Kind != Text.TokenKind.Clitic)
            {
                break;
            }

            ReadOnlySpan<char> word = Word(i);
            if (CasualtyLexicon.IsModal(word) && !word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                hypothetical = true;
            }
            else if (!CasualtyLexicon.IsAuxiliary(word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            i++;
            seen++;
        }

        if (!IsTrigger(i, TriggerRole.AfterCount, out kinds))
        {
            return false;
        }

        if (Is(i, "lives") && !Is(i - 1, "their") && !Is(i - 1, "lost"))
        {
            return false;
        }

        end = ReadCombined(i + 1, TriggerRole.AfterCount, ref kinds);
        return true;
    }

    /// <summary>Extends a casualty word with "or wounded", ", wounded or captured": one record per kind.</summary>
    private int ReadCombined(int end, TriggerRole role, ref CasualtyKinds kinds)
    {
        while (true)
        {
            int j = end;
            if (IsPunctuation(j, ','))
            {
                j++;
            }

            bool and = Is(j, "and");
            if (Is(j, "or") || and)
            {
                j++;
            }

            if (j == end)
            {
                return end;
            }

            if (Is(j, "captured"))
            {
                end = j + 1;
                continue;
            }

            if (!IsTrigger(j, role, out CasualtyKinds more)
                || (and && j + 1 < limit && QuantityParser.TryParse(text, tokens, j + 1, limit, out _)))
            {
                return end;
            }

            kinds |= more;
            end = j + 1;
        }
    }

    /// <summary>The comma that closes an appositive starting at <paramref name="start"/>: the first one followed by a casualty tail.</summary>
    private int FindAppositiveClose(int start)
    {
        for (int k = start; k < limit && k < start + MaxAppositive; k++)
        {
            if (IsPunctuation(k, '.') || IsPunctuation(k, ';') || IsPunctuation(k, ':'))
            {
                return -1;
            }

            if (IsPunctuation(k, ',') && TryTail(k + 1, out _, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>", as were seventeen from the Armed Forces, and two each from ...": more counts of the same kinds.</summary>
    private void MatchAsWere(int end, CasualtyKinds kinds)
    {
        if (!IsPunctuation(end, ',') || !Is(end + 1, "as")
            || !(Is(end + 2, "were") || Is(end + 2, "was") || Is(end + 2, "did") || Is(end + 2, "had") || Is(end + 2, "have")))
        {
            return;
        }

        if (end + 3 >= limit || !QuantityParser.TryParse(text, tokens, end + 3, limit, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        Span<ListItem> items = stackalloc ListItem[MaxListItems];
        ReadList(quantity, items, out int count);
        foreach (ListItem item in items[..count])
        {
            Emit(kinds, item, -1, -1, item.PhraseEnd);
        }
    }

    private void Emit(CasualtyKinds kinds, ListItem item, int appositiveStart, int appositiveEnd, int evidenceEnd)
    {
        if (item.Each < 0)
        {
            var groups = new List<string>();
            CollectGroups(item.Quantity.EndToken, item.PhraseEnd, groups);
            if (appositiveStart >= 0)
            {
                CollectGroups(appositiveStart, appositiveEnd, groups);
            }

            Add(kinds, item.Quantity, groups, item.Quantity.FirstToken, evidenceEnd);
            return;
        }

        // "two each from the Coast Guard and the National Police": one count per conjunct.
        int start = item.Each + 1;
        for (int k = start; k <= item.PhraseEnd; k++)
        {
            if (k == item.PhraseEnd || Is(k, "and"))
            {
                if (k > start)
                {
                    var groups = new List<string>();
                    CollectGroups(item.Quantity.EndToken, item.Each, groups);
                    CollectGroups(start, k, groups);
                    Add(kinds, item.Quantity, groups, item.Quantity.FirstToken, evidenceEnd);
                }

                start = k + 1;
            }
        }
    }

    /// <summary>One count of a list and the end of its noun phrase.</summary>
    private readonly record struct ListItem(Quantity Quantity, int PhraseEnd, int Each);
}
