using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Where a name stands as a firm rather than a person: inside a firm's full name ("Alex. Brown and
/// Sons Inc", "Smith Barney, Harris Upham and Co", "Salomon Brothers"), after a firm's legal form
/// ("NV Philips"), as the employer of an analyst ("an analyst at Kidder"), or modifying a noun that
/// a firm or a thing, never a person, takes ("a Smith Barney analyst", "the Reuter survey",
/// "the Richter scale"). Brokers and agencies named after their founders are the commonest false
/// people of business news; one such use in the article makes every bare use of the name the firm.
/// </summary>
internal static class FirmEvidence
{
    private static readonly WordClass CompanySuffixes = Lexicon.Default.Class("people/company-suffixes");

    private static readonly WordClass Connectors = Lexicon.Default.Class("people/firm-connectors");

    private static readonly WordClass EmployeeNouns = Lexicon.Default.Class("people/firm-employee-nouns");

    private static readonly WordClass EmployerPrepositions = Lexicon.Default.Class("people/firm-employer-prepositions");

    private static readonly WordClass NonPersonHeads = Lexicon.Default.Class("people/non-person-heads");

    private static readonly WordClass FirmRoles = Lexicon.Default.Class("people/firm-roles");

    private static readonly WordClass FirmKinds = Lexicon.Default.Class("people/firm-kinds");

    // Learned from unlabelled news by `NewsNlp.Training learn-firm-names`.
    private static readonly WordClass LearnedFirmNames = Lexicon.Default.Class("people/firm-names");

    // Where to look for the firm's full name ("Damon Corp") around its short form before a title:
    // a long wire story's worth of tokens either side.
    private static readonly TokenWindow FirmNameSearch = new(2000, 2000);

    // How far after a name its firm's legal form may stand: "Smith Barney , Harris Upham and Co" (6 tokens).
    private static readonly TokenWindow TailWindow = new(0, 7);

    /// <summary>True when the name spanning tokens [<paramref name="start"/>, <paramref name="end"/>) is used as a firm here.</summary>
    public static bool IsFirmUse(Document document, int start, int end)
    {
        int sentence = document.SentenceOfToken(start);
        int last = document.Sentences[sentence].EndToken;
        int first = document.Sentences[sentence].FirstToken;
        return IsFirmName(document, start, end) || EmployerOfAnalyst(document, start, first) || ModifiesFirmNoun(document, end, last)
            || UsStateTags.StateFollows(document, end);
    }

    /// <summary>
    /// True when the name spanning tokens [<paramref name="start"/>, <paramref name="end"/>) is the
    /// head of a firm's full name right here ("lead manager Smith Barney, Harris Upham and Co"):
    /// stronger than a title read before it.
    /// </summary>
    public static bool IsFirmName(Document document, int start, int end)
    {
        int first = document.Sentences[document.SentenceOfToken(start)].FirstToken;
        return FirmTailFollows(document, end) || AfterLegalForm(document, start, first) || AfterFirmRole(document, start, first) || TickerFollows(document, end);
    }

    /// <summary>
    /// True when the whole name of the mention spanning tokens [<paramref name="start"/>,
    /// <paramref name="end"/>) is one that news uses as a firm far more often than as a person
    /// ("Poor" of "Standard and Poor's", "Smith Barney"), learned from unlabelled articles.
    /// </summary>
    public static bool IsLearnedFirmName(Document document, int start, int end)
    {
        if (end - start == 1)
        {
            return Lexicon.Default.Contains(LearnedFirmNames, document.Span(document.Tokens[start]));
        }

        return Lexicon.Default.TryMatchPhrase(LearnedFirmNames, document.Text, document.Tokens, start, end, out int count) && count == end - start;
    }

    /// <summary>
    /// "Foo Inc chairman", "Damon president" (where the article has "Damon Corp"): the word at token
    /// <paramref name="t"/> is a legal form, a learned firm name, or a name the article gives a firm.
    /// </summary>
    public static bool IsFirmAt(Document document, int t)
    {
        Token[] tokens = document.Tokens;
        ReadOnlySpan<char> word = document.Span(tokens[t]);
        if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (IsUpperSuffix(document, t) || Lexicon.Default.Contains(LearnedFirmNames, word))
        {
            return true;
        }

        // Bounded, so that an article full of titles costs linear time.
        for (int k = Math.Max(0, t - FirmNameSearch.Before); k < tokens.Length && k <= t + FirmNameSearch.After; k++)
        {
            if (tokens[k].Length == word.Length && document.Span(tokens[k]).SequenceEqual(word) && IsFirmName(document, k, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"executive director of Libra Bank Plc": the capitalised run from token <paramref name="k"/> ends in a legal form.</summary>
    public static bool LegalFormEndsRun(Document document, int k, int last)
    {
        Token[] tokens = document.Tokens;
        for (int t = k; t < last && t < k + TailWindow.After; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if (IsUpperSuffix(document, t))
            {
                return true;
            }

            if (!(char.IsUpper(word[0]) || word is "&" || tokens[t].Kind is TokenKind.Bracket))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/>, the last word of a longer name, is a firm's legal form
    /// ("Montedison SPA", "Fiat Spa"); a short form only in capitals, as "Co" and "Sa" are also surnames.
    /// </summary>
    public static bool EndsInLegalForm(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && Lexicon.Default.Contains(CompanySuffixes, word) && (word.Length > 2 || IsCapitals(word));

    /// <summary>True when <paramref name="word"/>, the first word of a name, names a firm's kind ("Compagnie", "Banque", "Societe").</summary>
    public static bool IsFirmKind(ReadOnlySpan<char> word) => Lexicon.Default.Contains(FirmKinds, word);

    /// <summary>True when the one-word name is itself a firm's legal form ("Cie" of "Lazard Freres et Cie").</summary>
    public static bool IsLegalForm(ReadOnlySpan<char> word) => Lexicon.Default.Contains(CompanySuffixes, word);

    /// <summary>"Brown and Sons Inc", "Kidder , Peabody and Co", "Salomon Brothers", "Poor 's Corp": capitalised words up to a legal form.</summary>
    private static bool FirmTailFollows(Document document, int end)
    {
        Token[] tokens = document.Tokens;
        // Not bounded by the sentence: "Alex. Brown and Sons" is split after "Alex." by the sentence
        // splitter; a period is treated like a comma below.
        int limit = Math.Min(tokens.Length, end + TailWindow.After);
        int commas = 0;
        bool connector = false;
        for (int t = end; t < limit; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if (char.IsUpper(word[0]) && Lexicon.Default.Contains(CompanySuffixes, word))
            {
                // "John Smith, Foo Inc analyst", "said Volcker. Foo Inc": after a comma or a period only a
                // listed partnership ("X, Y and Co", "Alex. Brown and Sons", "X, Y, Z Inc") counts.
                return commas == 0 || connector || commas >= 2;
            }

            if (Lexicon.Default.Contains(Connectors, word))
            {
                // "and" only right before the legal form: "Icahn and Trans World Airlines Inc" is two parties.
                if (t + 1 >= limit || !IsUpperSuffix(document, t + 1))
                {
                    return false;
                }

                connector = true;
                continue;
            }

            commas += word is "," or "." ? 1 : 0;
            // "&" joins partners only in firms' names ("Procter & Gamble Co"), so it may stand anywhere.
            // A possessive only after a second partner ("Standard and Poor's Corp"): "Rupert Murdoch's
            // News Corp" is the man's firm, not his name.
            bool allowed = char.IsUpper(word[0]) || word is "," or "." or "&" || tokens[t].Kind is TokenKind.Bracket
                || (tokens[t].Kind is TokenKind.Clitic && t == end && SecondPartner(document, end - 1));
            if (!allowed)
            {
                return false;
            }
        }

        return false;
    }

    // The one-word name at token t follows "and" or "&" ("Standard and Poor").
    private static bool SecondPartner(Document document, int t) =>
        t > 0 && (Lexicon.Default.Contains(Connectors, document.Span(document.Tokens[t - 1])) || document.Span(document.Tokens[t - 1]) is "&");

    private static bool IsUpperSuffix(Document document, int t)
    {
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        return char.IsUpper(word[0]) && Lexicon.Default.Contains(CompanySuffixes, word);
    }

    /// <summary>"said lead manager Societe Generale", "sole underwriter X": a role only a firm takes, right before the name.</summary>
    private static bool AfterFirmRole(Document document, int start, int first)
    {
        for (int from = Math.Max(first, start - 3); from < start; from++)
        {
            if (Lexicon.Default.TryMatchPhrase(FirmRoles, document.Text, document.Tokens, from, start, out int count) && from + count == start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Societe Generale (STGN.PA)": a stock ticker in brackets right after the name.</summary>
    private static bool TickerFollows(Document document, int end)
    {
        Token[] tokens = document.Tokens;
        if (end + 2 >= tokens.Length || document.Span(tokens[end]) is not "(")
        {
            return false;
        }

        // Tokens may split at the dot: read the characters between the brackets.
        int close = end + 2;
        while (close < tokens.Length && close <= end + 4 && document.Span(tokens[close]) is not ")")
        {
            close++;
        }

        if (close >= tokens.Length || close > end + 4)
        {
            return false;
        }

        ReadOnlySpan<char> inside = document.Text.AsSpan(tokens[end].End, tokens[close].Start - tokens[end].End);
        int dot = inside.IndexOf('.');
        ReadOnlySpan<char> symbol = dot < 0 ? inside : inside[..dot];
        ReadOnlySpan<char> market = dot < 0 ? [] : inside[(dot + 1)..];
        return symbol.Length is >= 1 and <= 5 && IsCapitals(symbol) && market.Length <= 2 && (dot < 0 || (market.Length > 0 && IsCapitals(market)));
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"NV Philips Gloeilampenfabrieken": a legal form right before the name.</summary>
    private static bool AfterLegalForm(Document document, int start, int first) =>
        start > first && IsUpperSuffix(document, start - 1) && document.Span(document.Tokens[start - 1]).Length >= 2;

    /// <summary>"an analyst at Kidder", "economists with Phillips and Drew": the name employs an analyst.</summary>
    private static bool EmployerOfAnalyst(Document document, int start, int first)
    {
        Token[] tokens = document.Tokens;
        int t = start - 1;
        if (t > first && document.Span(tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            t--;
        }

        return t > first && Lexicon.Default.Contains(EmployerPrepositions, document.Span(tokens[t]))
            && Lexicon.Default.Contains(EmployeeNouns, document.Span(tokens[t - 1]));
    }

    /// <summary>"a Smith Barney analyst", "the Reuter survey", "the Richter scale": the name modifies a noun no person's name modifies.</summary>
    private static bool ModifiesFirmNoun(Document document, int end, int last)
    {
        Token[] tokens = document.Tokens;
        if (end >= last || tokens[end].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(tokens[end]);
        return char.IsLower(word[0]) && (Lexicon.Default.Contains(EmployeeNouns, word) || Lexicon.Default.Contains(NonPersonHeads, word));
    }
}
