using NewsNlp.Extraction.Numbers;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Tolls, lists after a casualty noun, and negations: "the death toll rose to 40", "death tolls ...
/// exceeded 100", "the confirmed deaths are fourteen civilians, five ...", "no casualties", "no one was hurt".
/// </summary>
internal readonly partial struct CasualtyScan
{
    /// <summary>Most tokens between "toll" and its number.</summary>
    private const int MaxTollReach = 20;

    /// <summary>Matches "death toll ... N" at "toll".</summary>
    public void MatchToll(int toll)
    {
        CasualtyKinds kinds = CasualtyKinds.Killed;
        int start = toll;
        if (Is(toll - 1, "injury") || Is(toll - 1, "injuries"))
        {
            kinds = CasualtyKinds.Injured;
            start = toll - 1;
        }
        else if (Is(toll - 1, "death") || Is(toll - 1, "casualty") || Is(toll - 1, "fatality"))
        {
            start = toll - 1;
        }

        for (int j = toll + 1; j < limit && j <= toll + MaxTollReach; j++)
        {
            if (IsPunctuation(j, '.') || IsPunctuation(j, ';') || IsPunctuation(j, '?'))
            {
                return;
            }

            if (IsWord(j) && (CasualtyLexicon.IsModal(Word(j)) && !Is(j, "to")))
            {
                // "the death toll could have been more than a thousand".
                return;
            }

            if (!QuantityParser.TryParse(text, tokens, j, limit, out Quantity quantity))
            {
                if (tokens[j].Kind is Text.TokenKind.Number or Text.TokenKind.Percent)
                {
                    // "18.9 deaths per 100,000 people": a rate, not a toll.
                    return;
                }

                continue;
            }

            if (quantity.LooksLikeYear || quantity.IsVague || !IsTollLink(j - 1, toll))
            {
                // "toll from the disaster that hit a dozen countries", "rose from a previously reported 85 to 120":
                // the number must follow "to", "at", a verb or the toll itself.
                continue;
            }

            int phraseEnd = ScanNounPhrase(quantity.EndToken, out _);
            var groups = new List<string>();
            CollectGroups(quantity.EndToken, phraseEnd, groups);
            Add(kinds, quantity, groups, start, Math.Max(quantity.EndToken, phraseEnd));
            return;
        }
    }

    private bool IsTollLink(int index, int toll) =>
        index == toll || IsPunctuation(index, ',') || IsPunctuation(index, ':')
        || Is(index, "to") || Is(index, "at") || (Is(index, "of") && index == toll + 1) || Is(index, "is") || Is(index, "was") || Is(index, "reached")
        || Is(index, "hit") || Is(index, "reaching") || Is(index, "hits") || Is(index, "reaches") || Is(index, "past")
        || Is(index, "now") || Is(index, "been") || Is(index, "stands") || Is(index, "stood") || Is(index, "climbed")
        || Is(index, "rose") || Is(index, "risen") || Is(index, "jumped") || Is(index, "reportedly") || Is(index, "officially");

    /// <summary>Matches "the confirmed deaths are Q phrase, Q phrase, and Q phrase", "among the dead were Q phrase".</summary>
    public void MatchCopulaList(int noun, CasualtyKinds kinds)
    {
        int j = noun + 1;
        if ((Is(noun, "deaths") || Is(noun, "killed")) && Is(j, "of") && !Is(noun - 1, "number"))
        {
            // "the deaths of 29 miners".
            j++;
            if (j < limit && QuantityParser.TryParse(text, tokens, j, limit, out Quantity of) && !of.LooksLikeYear)
            {
                int phraseEnd = ScanNounPhrase(of.EndToken, out _);
                var groups = new List<string>();
                CollectGroups(of.EndToken, phraseEnd, groups);
                Add(kinds, of, groups, noun, Math.Max(of.EndToken, phraseEnd));
            }

            return;
        }

        if (!(Is(j, "are") || Is(j, "were") || Is(j, "include") || Is(j, "included") || Is(j, "including") || IsPunctuation(j, ':')))
        {
            return;
        }

        if (noun > first && tokens[noun - 1].Kind == Text.TokenKind.Number)
        {
            return;
        }

        j++;
        if (j >= limit || !QuantityParser.TryParse(text, tokens, j, limit, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        Span<ListItem> items = stackalloc ListItem[MaxListItems];
        ReadList(quantity, items, out int count);
        foreach (ListItem item in items[..count])
        {
            Emit(kinds, item, -1, -1, Math.Max(item.PhraseEnd, item.Quantity.EndToken));
        }
    }

    /// <summary>Matches "no casualties", "no deaths", "no one was hurt", "nobody was killed": a count of zero.</summary>
    public void MatchNegation(int no)
    {
        int j = no + 1;
        if (Is(no, "no") && IsTrigger(j, TriggerRole.Noun | TriggerRole.AfterCount, out CasualtyKinds direct)
            && (Is(j, "casualties") || Is(j, "deaths") || Is(j, "fatalities") || Is(j, "injuries") || Is(j, "dead")))
        {
            Add(direct, Zero(no, j + 1), [], no, j + 1);
            return;
        }

        if (Is(no, "no") && Is(j, "one"))
        {
            j++;
        }
        else if (!Is(no, "nobody"))
        {
            return;
        }

        if (TryTail(j, out CasualtyKinds kinds, out int end, out bool hypothetical) && !hypothetical)
        {
            Add(kinds, Zero(no, end), [], no, end);
        }
    }

    private static Quantity Zero(int first, int end) => new(0, 0, 0, false, first, end, false);
}
