using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>Victim noun phrases after a count, and the groups they name.</summary>
internal static class VictimPhrase
{
    /// <summary>Most content words in a victim noun phrase ("five Armed Forces personnel").</summary>
    private const int MaxPhraseWords = 7;

    /// <summary>The longest two-word group key, in characters.</summary>
    private const int MaxPairChars = 64;

    /// <summary>Most tokens inside a bracketed gloss of a victim phrase, brackets excluded.</summary>
    private const int MaxGlossTokens = 14;

    private static readonly WordClass Dangling = Lexicon.Default.Class("casualties/dangling-words");
    private static readonly WordClass Prepositions = Lexicon.Default.Class("casualties/phrase-prepositions");
    private static readonly WordClass Participles = Lexicon.Default.Class("casualties/phrase-participles");
    private static readonly WordClass GroupStops = Lexicon.Default.Class("casualties/unit-scan-stops");

    /// <summary>
    /// Reads the noun phrase after a count ("people", "other civilians", "Iraqi troops", "people on board",
    /// "member of the Coast Guard") and returns the index after it. Stops at casualty words, auxiliaries,
    /// conjunctions, punctuation, numbers and past-tense verbs. <paramref name="eachAt"/> is the index of
    /// "each" ("two each from the Coast Guard and the National Police"), or -1.
    /// </summary>
    public static int Scan(in CasualtySentence s, int index, out int eachAt)
    {
        string text = s.Text;
        Token[] tokens = s.Tokens;
        int limit = s.Limit;
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

            if (token.Kind == TokenKind.Number && i > index && CasualtyLexicon.Is(Prepositions, tokens[i - 1].Slice(text)))
            {
                // "337 suspected users in 38 countries were arrested".
                i++;
                words++;
                continue;
            }

            if (i > index && IsBracketedShortName(s, i) is var close and > 0)
            {
                // "1,853 FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) GUERRILLAS": a name's short form.
                i = close + 1;
                continue;
            }

            if (i > index && IsBracketedGloss(s, i) is var glossClose and > 0)
            {
                // "six nuns (four Irish and two local) and three nurses", "three officials of Petrocorp (the state
                // oil company, Inc.) have been kidnapped": a gloss of the phrase, read past.
                i = glossClose + 1;
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

            if (i > index && CasualtyPhrases.TryPhrase(s, i, out _, out _))
            {
                // "a man bled to death": a casualty phrase's first word is its verb, not a word of the victims' phrase.
                break;
            }

            if (word.Equals("on", StringComparison.OrdinalIgnoreCase)
                && !(i + 1 < limit && (s.Word(i + 1).Equals("board", StringComparison.OrdinalIgnoreCase) || s.Word(i + 1).Equals("the", StringComparison.OrdinalIgnoreCase))))
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
        while (!beforeTrigger && i > index && tokens[i - 1].Kind == TokenKind.Word && CasualtyLexicon.Is(Dangling, tokens[i - 1].Slice(text)))
        {
            i--;
        }

        return i;
    }

    /// <summary>Adds the victim groups named in tokens [<paramref name="start"/>, <paramref name="end"/>), in order, once each.</summary>
    public static void CollectGroups(in CasualtySentence s, int start, int end, List<string> groups)
    {
        Token[] tokens = s.Tokens;
        Span<char> pair = stackalloc char[MaxPairChars];
        for (int i = start; i < end; i++)
        {
            if (i > start && IsBracketedGloss(s, i) is var close and > 0)
            {
                // "three civilians (two women and a child)": the gloss names parts, not the group.
                i = close;
                continue;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (i > start && s.Is(i, GroupStops))
            {
                // "78 protesters in police custody": what follows a place preposition is where, not who.
                break;
            }

            ReadOnlySpan<char> word = s.Word(i);
            if (i + 1 < end && tokens[i + 1].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> next = s.Word(i + 1);
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

    /// <summary>The groups named in tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static List<string> Groups(in CasualtySentence s, int start, int end)
    {
        var groups = new List<string>();
        CollectGroups(s, start, end, groups);
        return groups;
    }

    /// <summary>
    /// The index of the ")" closing a bracketed short name that opens at <paramref name="open"/> ("(FMLN)",
    /// "(M-19)": one word or abbreviation written in capitals or with digits), or -1.
    /// </summary>
    private static int IsBracketedShortName(in CasualtySentence s, int open)
    {
        int close = open + 2;
        if (!s.IsPunctuation(open, '(') || close >= s.Limit || !s.IsPunctuation(close, ')')
            || s.Tokens[open + 1].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return -1;
        }

        ReadOnlySpan<char> name = s.Tokens[open + 1].Slice(s.Text);
        foreach (char c in name)
        {
            if (char.IsLower(c))
            {
                return -1;
            }
        }

        return close;
    }

    /// <summary>
    /// The index of the ")" closing a bracketed gloss that opens at <paramref name="open"/>: at most
    /// <see cref="MaxGlossTokens"/> tokens, no casualty word, no other bracket and no sentence punctuation inside; or -1.
    /// </summary>
    private static int IsBracketedGloss(in CasualtySentence s, int open)
    {
        if (!s.IsPunctuation(open, '('))
        {
            return -1;
        }

        for (int k = open + 1; k < s.Limit && k - open <= MaxGlossTokens; k++)
        {
            if (s.IsPunctuation(k, ')'))
            {
                return k > open + 1 ? k : -1;
            }

            if (s.IsPunctuation(k, '(') || s.IsPunctuation(k, ';') || s.IsPunctuation(k, ':') || (s.IsPunctuation(k, '.') && !s.IsPunctuation(k + 1, ')'))
                || (s.IsWord(k) && CasualtyLexicon.TryTrigger(s.Word(k), out _, out _)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsPairSkip(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        (word.Equals("of", StringComparison.OrdinalIgnoreCase) && next.Equals("whom", StringComparison.OrdinalIgnoreCase))
        || (word.Equals("or", StringComparison.OrdinalIgnoreCase) && next.Equals("more", StringComparison.OrdinalIgnoreCase));

    private static bool IsPastVerb(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && !CasualtyLexicon.Is(Participles, word)
        && !CasualtyLexicon.TryGroup(word, out _);

    private static void AddGroup(List<string> groups, string group)
    {
        if (!groups.Contains(group))
        {
            groups.Add(group);
        }
    }
}
