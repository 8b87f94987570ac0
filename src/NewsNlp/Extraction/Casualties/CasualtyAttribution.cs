using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Who a sentence says reported its figures: "According to authorities, ..." gives "authorities";
/// "officials said" gives "officials"; "..., a police spokesman said" gives "a police spokesman".
/// </summary>
internal static class CasualtyAttribution
{
    /// <summary>Most words in a source's name.</summary>
    private const int MaxWords = 7;

    private static readonly WordClass ReportingVerbs = Lexicon.Default.Class("casualties/source-verbs");
    private static readonly WordClass Pronouns = Lexicon.Default.Class("casualties/source-pronouns");

    /// <summary>Articles dropped from the start of a name.</summary>
    private static readonly WordClass Articles = Lexicon.Default.Class("casualties/articles");

    /// <summary>Adverbs and auxiliaries between a source and its verb: "Iran earlier today said", "Mijares further claimed".</summary>
    private static readonly WordClass Intervening = Lexicon.Default.Class("casualties/source-intervening");

    /// <summary>The source named in sentence <paramref name="sentenceIndex"/>, or null.</summary>
    public static string? Find(Document document, int sentenceIndex)
    {
        Sentence sentence = document.Sentences[sentenceIndex];
        string text = document.Text;
        Token[] tokens = document.Tokens;
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            if (Is(text, tokens[i], "according") && Is(text, tokens[i + 1], "to"))
            {
                return Phrase(document, i + 2, sentence.EndToken, forward: true);
            }
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !Lexicon.Default.Contains(ReportingVerbs, tokens[i].Slice(text)))
            {
                continue;
            }

            int k = i - 1;
            while (k >= sentence.FirstToken && tokens[k].Kind == TokenKind.Word && Lexicon.Default.Contains(Intervening, tokens[k].Slice(text)))
            {
                k--;
            }

            if (k >= sentence.FirstToken && tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                // "officials said", "Iran earlier today said".
                return Phrase(document, k, sentence.FirstToken - 1, forward: false);
            }

            if (k - 1 >= sentence.FirstToken && tokens[k].Slice(text) is [','] && tokens[k - 1].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                // "Abdurrahman Mangal, spokesperson for the provincial governor, said": the appositive.
                return Phrase(document, k - 1, sentence.FirstToken - 1, forward: false);
            }

            if (k >= sentence.FirstToken && tokens[k].Kind is TokenKind.Quote or TokenKind.Punctuation)
            {
                // "..., said Chief Superintendent Graciano Mijares." or "...," a police spokesman said.
                return Phrase(document, i + 1, sentence.EndToken, forward: true, mustCloseSentence: true);
            }

            return null;
        }

        return null;
    }

    /// <summary>The run of words from <paramref name="from"/> towards <paramref name="stop"/> (exclusive), without a leading article.</summary>
    private static string? Phrase(Document document, int from, int stop, bool forward, bool mustCloseSentence = false)
    {
        string text = document.Text;
        Token[] tokens = document.Tokens;
        int step = forward ? 1 : -1;
        int last = -1;
        int count = 0;
        for (int i = from; i != stop && count < MaxWords; i += step)
        {
            Token token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic)
                || Lexicon.Default.Contains(ReportingVerbs, token.Slice(text)) || Lexicon.Default.Contains(Pronouns, token.Slice(text)) || Is(text, token, "on"))
            {
                break;
            }

            last = i;
            count++;
        }

        if (last < 0)
        {
            return null;
        }

        if (mustCloseSentence && last + 1 != stop && !(last + 1 < stop && tokens[last + 1].Kind == TokenKind.Punctuation))
        {
            return null;
        }

        int first = forward ? from : last;
        int end = forward ? last : from;
        while (first < end && Lexicon.Default.Contains(Articles, tokens[first].Slice(text)))
        {
            first++;
        }

        if (first == end && Lexicon.Default.Contains(Pronouns, tokens[first].Slice(text)))
        {
            return null;
        }

        return text[tokens[first].Start..tokens[end].End];
    }

    private static bool Is(string text, Token token, string word) => token.Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
