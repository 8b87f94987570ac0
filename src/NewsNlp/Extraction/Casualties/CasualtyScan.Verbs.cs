using NewsNlp.Extraction.Numbers;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts after an active verb: "killing at least 20", "killed twelve and injured twelve more",
/// "killed or wounded 15,000 Iranian Revolutionary Guards", "left 30 dead", "claimed 12 lives",
/// "cost 1,269 Libyan lives".
/// </summary>
internal readonly partial struct CasualtyScan
{
    /// <summary>Matches "verb [or verb] count [phrase]" at a casualty verb.</summary>
    public void MatchObject(int verb, CasualtyKinds kinds)
    {
        if (IsHypotheticalBefore(verb))
        {
            return;
        }

        int j = ReadCombined(verb + 1, TriggerRole.BeforeCount, ref kinds);
        if (Is(j, "all"))
        {
            j++;
        }

        if (j >= limit || !QuantityParser.TryParse(text, tokens, j, limit, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        int phraseEnd = ScanNounPhrase(quantity.EndToken, out _);
        var groups = new List<string>();
        CollectGroups(quantity.EndToken, phraseEnd, groups);
        Add(kinds, quantity, groups, verb, Math.Max(phraseEnd, quantity.EndToken));
    }

    /// <summary>Matches "left 30 dead", "leaving 200 homeless", "claimed 12 lives", "claimed the lives of 12 people".</summary>
    public void MatchFraming(int verb, CasualtyKinds kinds)
    {
        if (IsHypotheticalBefore(verb))
        {
            return;
        }

        bool lives = kinds != CasualtyKinds.None;
        int j = verb + 1;
        if (lives && Is(j, "the") && Is(j + 1, "lives") && Is(j + 2, "of"))
        {
            if (!QuantityParser.TryParse(text, tokens, j + 3, limit, out Quantity of) || of.LooksLikeYear)
            {
                return;
            }

            int ofEnd = ScanNounPhrase(of.EndToken, out _);
            var ofGroups = new List<string>();
            CollectGroups(of.EndToken, ofEnd, ofGroups);
            Add(kinds, of, ofGroups, verb, Math.Max(ofEnd, of.EndToken));
            return;
        }

        if (j >= limit || !QuantityParser.TryParse(text, tokens, j, limit, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        int phraseEnd = ScanNounPhrase(quantity.EndToken, out _);
        if (phraseEnd >= limit || !IsWord(phraseEnd))
        {
            return;
        }

        ReadOnlySpan<char> closing = Word(phraseEnd);
        if (lives)
        {
            if (!closing.Equals("lives", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        else if (!CasualtyLexicon.TryLeftClosing(closing, out kinds))
        {
            return;
        }

        int end = ReadCombined(phraseEnd + 1, TriggerRole.AfterCount, ref kinds);
        var groups = new List<string>();
        CollectGroups(quantity.EndToken, phraseEnd, groups);
        Add(kinds, quantity, groups, verb, end);
    }
}
