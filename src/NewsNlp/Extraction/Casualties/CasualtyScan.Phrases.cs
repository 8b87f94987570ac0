using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>Victim noun phrases and the groups they name.</summary>
internal readonly partial struct CasualtyScan
{
    /// <summary>
    /// Reads the noun phrase after a count ("people", "other civilians", "Iraqi troops", "people on board",
    /// "member of the Coast Guard") and returns the index after it. Stops at casualty words, auxiliaries,
    /// conjunctions, punctuation, numbers and past-tense verbs. <paramref name="eachAt"/> is the index of
    /// "each" ("two each from the Coast Guard and the National Police"), or -1.
    /// </summary>
    private int ScanNounPhrase(int index, out int eachAt)
    {
        eachAt = -1;
        int words = 0;
        int i = index;
        while (i < limit && words < MaxPhraseWords)
        {
            Token token = tokens[i];
            if (token.Kind == TokenKind.Clitic)
            {
                i++;
                continue;
            }

            if (token.Kind == TokenKind.Quote && i > index)
            {
                // "three terrorists" were killed.
                i++;
                continue;
            }

            if (token.Kind == TokenKind.Number && i > index && IsPhrasePreposition(tokens[i - 1].Slice(text)))
            {
                // "337 suspected users in 38 countries were arrested".
                i++;
                words++;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                break;
            }

            ReadOnlySpan<char> word = token.Slice(text);
            if (word.Equals("each", StringComparison.OrdinalIgnoreCase) && eachAt < 0)
            {
                eachAt = i;
                i++;
                continue;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase)
                && (eachAt >= 0 || (i > index && i + 1 < limit && tokens[i + 1].Kind == TokenKind.Word && CasualtyLexicon.TryGroup(tokens[i + 1].Slice(text), out _))))
            {
                // "women and children", "passengers and crew".
                i++;
                continue;
            }

            if (i + 1 < limit && IsPairSkip(word, tokens[i + 1].Slice(text)))
            {
                // "four of whom were injured", "Sixty-six people or more were injured".
                i += 2;
                continue;
            }

            if (CasualtyLexicon.TryTrigger(word, out _, out TriggerRole role) && (role & (TriggerRole.AfterCount | TriggerRole.BeforeCount)) != 0)
            {
                break;
            }

            if (CasualtyLexicon.IsAuxiliary(word) || CasualtyLexicon.IsStop(word) || CasualtyLexicon.IsModal(word))
            {
                break;
            }

            if (word.Equals("on", StringComparison.OrdinalIgnoreCase)
                && !(i + 1 < limit && (Word(i + 1).Equals("board", StringComparison.OrdinalIgnoreCase) || Word(i + 1).Equals("the", StringComparison.OrdinalIgnoreCase))))
            {
                // "on Sunday" and "on suspicion" end the phrase; "on board" and "on the aircraft" do not.
                break;
            }


            if (IsPastVerb(word))
            {
                break;
            }

            i++;
            words++;
        }

        // "2,600 Iraqis in" ends before its dangling preposition, but "thousands of deaths" keeps its "of".
        bool beforeTrigger = i < limit && CasualtyLexicon.TryTrigger(tokens[i].Slice(text), out _, out _);
        while (!beforeTrigger && i > index && tokens[i - 1].Kind == TokenKind.Word && IsDangling(tokens[i - 1].Slice(text)))
        {
            i--;
        }

        return i;
    }

    private static bool IsPairSkip(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        (word.Equals("of", StringComparison.OrdinalIgnoreCase) && next.Equals("whom", StringComparison.OrdinalIgnoreCase))
        || (word.Equals("or", StringComparison.OrdinalIgnoreCase) && next.Equals("more", StringComparison.OrdinalIgnoreCase));

    private static bool IsDangling(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("across", StringComparison.OrdinalIgnoreCase)
        || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static bool IsPhrasePreposition(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
        || word.Equals("across", StringComparison.OrdinalIgnoreCase);

    private static bool IsPastVerb(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("armed", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("unidentified", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("unarmed", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("suspected", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("alleged", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("unnamed", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("retired", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("hundred", StringComparison.OrdinalIgnoreCase)
        && !CasualtyLexicon.TryGroup(word, out _);

    /// <summary>Adds the victim groups named in tokens [<paramref name="start"/>, <paramref name="end"/>), in order, once each.</summary>
    private void CollectGroups(int start, int end, List<string> groups)
    {
        Span<char> pair = stackalloc char[64];
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> word = tokens[i].Slice(text);
            if (i + 1 < end && tokens[i + 1].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> next = tokens[i + 1].Slice(text);
                if (word.Length + next.Length + 1 <= pair.Length)
                {
                    word.CopyTo(pair);
                    pair[word.Length] = ' ';
                    next.CopyTo(pair[(word.Length + 1)..]);
                    if (CasualtyLexicon.TryGroup(pair[..(word.Length + next.Length + 1)], out string two))
                    {
                        AddGroup(groups, two);
                        i++;
                        continue;
                    }
                }
            }

            if (CasualtyLexicon.TryGroup(word, out string one))
            {
                AddGroup(groups, one);
            }
        }
    }

    private static void AddGroup(List<string> groups, string group)
    {
        if (!groups.Contains(group))
        {
            groups.Add(group);
        }
    }
}
