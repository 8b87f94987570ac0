using NewsNlp.Lexicons;

namespace NewsNlp.Text;

/// <summary>
/// Marks sentences whose facts add nothing new: a headline repeated as the first body line,
/// "Also read:" and similar link lines. Later stages keep them out of salience and event counts.
/// </summary>
internal static class Boilerplate
{
    /// <summary>Labels that, followed by a colon, introduce a link to another story ("Also read: ...").</summary>
    private static readonly string[] LinkLabels = [.. Lexicon.Default.Entries(Lexicon.Default.Class("text/link-labels"))];

    /// <summary>Openings of lines that are never article content: promotion, credits, copyright.</summary>
    private static readonly string[] DebrisOpenings = [.. Lexicon.Default.Entries(Lexicon.Default.Class("text/debris-openings"))];

    /// <summary>Returns <paramref name="sentences"/> with boilerplate ones re-marked.</summary>
    public static void Mark(string text, ReadOnlySpan<Token> tokens, Sentence[] sentences, string? title)
    {
        string? headline = title;
        for (int s = 0; s < sentences.Length; s++)
        {
            Sentence sentence = sentences[s];
            if (sentence.Kind == SentenceKind.Headline && headline is null)
            {
                headline = text[sentence.Start..sentence.End];
                continue;
            }

            if (IsLinkLine(text, tokens, sentence)
                || (headline is not null && sentence.Kind != SentenceKind.Headline && s < 4 && SameLetters(headline, text.AsSpan(sentence.Start, sentence.End - sentence.Start))))
            {
                sentences[s] = sentence with { Kind = SentenceKind.Boilerplate };
            }
        }
    }

    private static bool IsLinkLine(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        if (!StartsLine(text, sentence.Start))
        {
            // Link and credit lines stand on their own line; a sentence in running text is content.
            return false;
        }

        int first = sentence.FirstToken;
        if (text[tokens[first].Start] == '©')
        {
            return true;
        }

        while (first < sentence.EndToken && tokens[first].Kind is TokenKind.Bullet or TokenKind.Dash or TokenKind.Symbol or TokenKind.Bracket)
        {
            first++;
        }

        if (first >= sentence.EndToken)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan(tokens[first].Start, sentence.End - tokens[first].Start);
        char initial = char.ToLowerInvariant(rest[0]);
        foreach (string label in LinkLabels)
        {
            if (label[0] == initial && rest.StartsWith(label, StringComparison.OrdinalIgnoreCase) && rest[label.Length..].TrimStart(' ').StartsWith(':'))
            {
                return true;
            }
        }

        foreach (string opening in DebrisOpenings)
        {
            if (opening[0] == initial && rest.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsLine(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0')
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r' or '\u2028' or '\u2029';
    }

    /// <summary>Compares two strings by their letters and digits only, ignoring case.</summary>
    private static bool SameLetters(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
