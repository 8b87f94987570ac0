using NewsNlp.Extraction.Numbers;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// The grammar around participant mentions that every argument finder reads: the preposition that
/// governs a mention, the phrase a mention heads, coordination ("Pakistan and Iran"), and the
/// collection of coordinated mentions into actor or target lists. One per document and finder call.
/// </summary>
internal sealed class MentionContext
{
    // Coordinated mentions with titles between ("Pakistan's foreign minister and Iran's") stay within eight tokens.
    private static readonly TokenWindow CoordinationReach = new(0, 8);

    // The most adjacent mentions one noun phrase stacks before its head (see PhraseStart).
    private const int PhraseMentions = 8;

    /// <summary>Creates the context over one document and its participant mentions.</summary>
    public MentionContext(Document document, ActorIndex index)
    {
        Document = document;
        Index = index;
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The document's participant mentions.</summary>
    public ActorIndex Index { get; }

    /// <summary>The mentions, in token order.</summary>
    public ActorMention[] Mentions => Index.Mentions;

    /// <summary>True once a pair mention ("both sides") was added since <see cref="ResetPairUsed"/>.</summary>
    public bool PairUsed { get; private set; }

    /// <summary>Forgets that a pair mention was added (at the start of each trigger).</summary>
    public void ResetPairUsed() => PairUsed = false;

    /// <summary>The text of token <paramref name="t"/>.</summary>
    public ReadOnlySpan<char> Word(int t) => Document.Span(Document.Tokens[t]);

    /// <summary>The lower-case word before token <paramref name="token"/>, skipping determiners; null when none or not a word.</summary>
    public string? WordBefore(int token, out int at)
    {
        for (int t = token - 1; t >= 0; t--)
        {
            Token previous = Document.Tokens[t];
            ReadOnlySpan<char> word = Document.Span(previous);
            if (previous.Kind == TokenKind.Quote || (previous.Kind == TokenKind.Word && EventWords.Determiners.Contains(word)))
            {
                continue;
            }

            // "killed 30 Iranians", "over 2,600 Iraqis had been killed": a count and its bound belong to the phrase as a determiner
            // does (a year does not: "in 1987 Iran attacked").
            if (previous.Kind == TokenKind.Number && !IsYear(t))
            {
                t = BoundStart(t);
                continue;
            }

            at = t;
            return previous.Kind == TokenKind.Word && EventWords.Prepositions.Contains(word) ? word.ToString().ToLowerInvariant() : null;
        }

        at = -1;
        return null;
    }

    // The first token of a bound ending right before the count at number ("at least", "over", "more than"), else the count itself.
    private int BoundStart(int number)
    {
        Token[] tokens = Document.Tokens;
        for (int start = number - 1; start >= Math.Max(0, number - 3); start--)
        {
            if (BoundModifiers.TryRead(Document.Text, tokens, start, number, out int length, out _) && start + length == number)
            {
                return start;
            }
        }

        return number;
    }

    // The number reader's own test of a year ("1987"), so a count and a year part where the casualty and date stages part them.
    private bool IsYear(int number) =>
        NumberReader.TryRead(Document.Text, Document.Tokens, number, number + 1, out _, out _, out bool year) && year;

    /// <summary>"to Nicaraguan Contra rebels": where the phrase of mention <paramref name="m"/> starts, over adjacent mentions before it.</summary>
    public int PhraseStart(int m)
    {
        // A phrase stacks a few names ("Nicaraguan Contra rebels"); the walk stops after PhraseMentions of them, or a text that is
        // one run of names ("Iran Iran Iran ...") makes every mention walk back to the start of the document.
        int start = Mentions[m].FirstToken;
        for (int k = m - 1; k >= 0 && m - k <= PhraseMentions && Mentions[k].LastToken == start - 1; k--)
        {
            start = Mentions[k].FirstToken;
        }

        return start;
    }

    /// <summary>"representatives from Iran", "officials of the UN", "a spokesman for the PMF": the group acts for the mention.</summary>
    public bool IsMemberOf(string preposition, ActorMention mention)
    {
        if (!EventWords.MemberPrepositions.Contains(preposition))
        {
            return false;
        }

        WordBefore(mention.FirstToken, out int at);
        return at > 0 && EventWords.Members.Contains(Word(at - 1));
    }

    /// <summary>True when the word at <paramref name="at"/> is a lower-case word that can only be a verb or adverb before an object ("left Bonn", "killed Soleimani").</summary>
    public bool IsObjectOfVerb(int at)
    {
        if (at < 0 || Document.Tokens[at].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = Word(at);
        return char.IsLower(word[0]) && !EventWords.ClauseOpeners.Contains(word) && !EventWords.SayVerbs.Contains(word) && !EventWords.Coordinators.Contains(word)
            && !EventWords.SubjectOpeners.Contains(word) && !EventWords.Determiners.Contains(word) && !EventWords.TitleWords.Contains(word);
    }

    /// <summary>True when a possessive clitic follows the mention ("Pakistan's").</summary>
    public bool IsPossessive(ActorMention mention) =>
        mention.LastToken + 1 < Document.Tokens.Length && Document.Tokens[mention.LastToken + 1].Kind == TokenKind.Clitic;

    /// <summary>True when an article stands right before the mention ("the US airstrike").</summary>
    public bool AfterDeterminer(ActorMention mention) =>
        mention.FirstToken > 0 && EventWords.Articles.Contains(Word(mention.FirstToken - 1));

    /// <summary>Adds the codes of mention <paramref name="m"/> and of every mention coordinated with it.</summary>
    public void AddGroup(List<string> codes, int m, int first, int end)
    {
        string? anchorPreposition = WordBefore(Mentions[m].FirstToken, out _);
        int hi = m;
        bool andSeen = false;
        while (hi + 1 < end && AreCoordinated(Mentions[hi], Mentions[hi + 1], out bool byAnd) && WordBefore(Mentions[hi + 1].FirstToken, out _) is null)
        {
            andSeen |= byAnd;
            hi++;
        }

        // "the foreign ministers of Peru and Ecuador held talks": the second name, read as the subject, has no preposition of its own,
        // but "of" governs the pair as a whole: both names are the owners, and both are taken. So does "from" ("ministers from Chile,
        // Peru and Bolivia met"): without it the list's first state fell out of a multilateral meeting (session 19, ev22a: "officials
        // from Italy, the Netherlands, Belgium and Switzerland" gave NL, BE, CH).
        int lo = m;
        while (lo > first && AreCoordinated(Mentions[lo - 1], Mentions[lo], out bool byAnd) && (byAnd || andSeen)
               && WordBefore(Mentions[lo - 1].FirstToken, out _) is var before
               && (before is null || before == anchorPreposition || (anchorPreposition is null && before is "of" or "from")))
        {
            andSeen |= byAnd;
            lo--;
        }

        if (!andSeen && !Document.IsHeadlineOnly)
        {
            // A comma alone does not coordinate ("in Yemen, Houthi spokesman"): keep the anchor only. A headline read alone writes
            // its "and" as a comma ("Russia, Georgia agree to ceasefire").
            lo = m;
            hi = m;
        }

        for (int k = lo; k <= hi; k++)
        {
            AddCodes(codes, Mentions[k]);
        }
    }

    /// <summary>Adds the code of one mention, or the main parties for a pair mention.</summary>
    public void AddCodes(List<string> codes, ActorMention mention)
    {
        if (mention.Form == ActorForm.Pair)
        {
            PairUsed = true;
            foreach (string code in Index.MainParties)
            {
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }
        else if (!codes.Contains(mention.Code))
        {
            codes.Add(mention.Code);
        }
    }

    /// <summary>True when the mention's code is already in <paramref name="codes"/> (never for a pair mention).</summary>
    public static bool Contains(List<string> codes, ActorMention mention) => mention.Form != ActorForm.Pair && codes.Contains(mention.Code);

    /// <summary>True when only coordinators, titles and names stand between the two mentions, among them "and" or a comma.</summary>
    private bool AreCoordinated(ActorMention left, ActorMention right, out bool byAnd)
    {
        byAnd = false;
        if (!CoordinationReach.Contains(left.LastToken, right.FirstToken))
        {
            return false;
        }

        bool joined = false;
        for (int t = left.LastToken + 1; t < right.FirstToken; t++)
        {
            Token token = Document.Tokens[t];
            ReadOnlySpan<char> word = Document.Span(token);
            if (word is "and" or "," or "&")
            {
                joined = true;
                byAnd |= word is not ",";
                continue;
            }

            if (EventWords.Coordinators.Contains(word) || token.Kind == TokenKind.Clitic || (token.Kind == TokenKind.Word && char.IsUpper(word[0])))
            {
                continue;
            }

            if (token.Kind == TokenKind.Word && EventWords.TitleWords.Contains(word))
            {
                continue;
            }

            return false;
        }

        return joined;
    }
}
