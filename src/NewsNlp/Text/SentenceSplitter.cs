using NewsNlp.Lexicons;

namespace NewsNlp.Text;

/// <summary>
/// Groups tokens into sentences. Full stops after abbreviations and initials do not end a
/// sentence; closing quotes after a full stop stay with it; a line without final punctuation
/// (a headline, a heading, a bullet line) is a sentence of its own; blank lines are hard
/// boundaries and start a new paragraph.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Capitalized words that, after an acronym such as "U.S.", show that a new sentence began.</summary>
    private static readonly WordClass SentenceStarters = Lexicon.Default.Class("text/sentence-starters");

    /// <summary>Per-thread scratch list, so a split allocates only its result array.</summary>
    [ThreadStatic]
    private static List<Sentence>? scratch;

    /// <summary>
    /// The most tokens one sentence may hold. No real sentence comes near it; cutting debris (a
    /// page without full stops, a list of thousands of numbers) keeps every per-sentence scan of
    /// the later stages bounded, so work stays linear in the text (docs/reliability.md).
    /// </summary>
    public const int MaxSentenceTokens = 300;

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences.</summary>
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        List<Sentence> sentences = scratch ??= new List<Sentence>(256);
        sentences.Clear();
        int first = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (k - first >= MaxSentenceTokens)
            {
                Add(sentences, text, tokens, first, k, endedByPunctuation: true);
                first = k;
            }

            if (k > first)
            {
                int newlines = CountNewlines(text, tokens[k - 1].End, tokens[k].Start);
                if (newlines >= 2 || (newlines == 1 && !ContinuesLine(text, tokens[k - 1], tokens[k])))
                {
                    Add(sentences, text, tokens, first, k, endedByPunctuation: false);
                    first = k;
                }
            }

            if (!IsTerminal(text, tokens, k))
            {
                continue;
            }

            int end = k + 1;
            while (end < tokens.Length && IsClosing(text, tokens[end]) && tokens[end].Start == tokens[end - 1].End)
            {
                end++;
            }

            if (end < tokens.Length && (!StartsSentence(text, tokens[end]) || IsGluedStop(text, tokens[k], tokens[end])))
            {
                continue;
            }

            Add(sentences, text, tokens, first, end, endedByPunctuation: true);
            first = end;
            k = end - 1;
        }

        if (first < tokens.Length)
        {
            Add(sentences, text, tokens, first, tokens.Length, endedByPunctuation: false);
        }

        Sentence[] result = [.. sentences];
        if (sentences.Capacity > 1 << 16)
        {
            // Do not pin the memory of one huge article.
            scratch = null;
        }

        return result;
    }

    private static void Add(List<Sentence> sentences, string text, ReadOnlySpan<Token> tokens, int first, int end, bool endedByPunctuation)
    {
        if (end <= first)
        {
            return;
        }

        // A blank line between the previous sentence and this one starts a new paragraph.
        int paragraph = 0;
        if (sentences.Count > 0)
        {
            paragraph = sentences[^1].Paragraph + (CountNewlines(text, tokens[first - 1].End, tokens[first].Start) >= 2 ? 1 : 0);
        }

        var kind = SentenceKind.Prose;
        if (!endedByPunctuation && !EndsWithTerminal(text, tokens[end - 1]))
        {
            kind = sentences.Count == 0 ? SentenceKind.Headline : (end - first <= 12 ? SentenceKind.Heading : SentenceKind.Prose);
        }

        sentences.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end - first, paragraph, kind));
    }

    private static bool EndsWithTerminal(string text, Token token) =>
        (token.Kind is TokenKind.Punctuation or TokenKind.Ellipsis or TokenKind.Quote && text[token.Start] is '.' or '!' or '?' or '\u2026' or '"' or '\u201D')
        || (token.Kind == TokenKind.Abbreviation && text[token.End - 1] == '.');

    private static int CountNewlines(string text, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= to || text[i + 1] != '\n')) || text[i] is '\u2028' or '\u2029')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>True when a single line break is only a wrapped line inside one sentence.</summary>
    private static bool ContinuesLine(string text, Token previous, Token next)
    {
        if (next.Kind == TokenKind.Bullet)
        {
            return false;
        }

        char first = text[next.Start];
        if (char.IsLower(first))
        {
            return true;
        }

        return previous.Kind is TokenKind.Dash || (previous.Kind == TokenKind.Punctuation && text[previous.Start] is ',' or ';');
    }

    private static bool IsTerminal(string text, ReadOnlySpan<Token> tokens, int k)
    {
        Token t = tokens[k];
        switch (t.Kind)
        {
            case TokenKind.Punctuation:
                return text[t.Start] is '.' or '!' or '?';
            case TokenKind.Ellipsis:
                return k + 1 < tokens.Length && char.IsUpper(text[tokens[k + 1].Start]);
            case TokenKind.Abbreviation:
                // "in the U.S. The talks ..." ends a sentence; "Mr. Jilani" and "John F. Kennedy" do not.
                ReadOnlySpan<char> span = t.Slice(text);
                if (k + 1 >= tokens.Length)
                {
                    return true;
                }

                if (Abbreviations.IsTitle(span))
                {
                    // "Mr." and "Gen." never end a sentence.
                    return false;
                }

                if (IsClosing(text, tokens[k + 1]) && tokens[k + 1].Start == t.End)
                {
                    // "... based in the U.S." He said: a closing quote after the stop ends the sentence.
                    return true;
                }

                // An acronym or initial ends a sentence only before a word that starts one ("Plan B. The").
                return Lexicon.Default.Contains(SentenceStarters, tokens[k + 1].Slice(text));
            default:
                return false;
        }
    }

    private static bool IsClosing(string text, Token t) =>
        (t.Kind == TokenKind.Quote && text[t.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB')
        || (t.Kind == TokenKind.Bracket && text[t.Start] is ')' or ']');

    /// <summary>A full stop with a word glued to it ("VOWG.F", "Yahoo.co"): a ticker or name, not a boundary.</summary>
    private static bool IsGluedStop(string text, Token stop, Token next) =>
        next.Start == stop.End && stop.Kind == TokenKind.Punctuation && text[stop.Start] == '.'
        && next.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation;

    private static bool StartsSentence(string text, Token t)
    {
        char c = text[t.Start];
        return !char.IsLower(c) && t.Kind is not (TokenKind.Punctuation or TokenKind.Clitic);
    }
}
