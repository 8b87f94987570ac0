namespace NewsNlp.Text;

/// <summary>
/// Marks sentences whose facts add nothing new: a headline repeated as the first body line,
/// "Also read:" and similar link lines. Later stages keep them out of salience and event counts.
/// </summary>
internal static class Boilerplate
{
    private static readonly string[] LinkPrefixes =
    [
        "also read", "read more", "read also", "see also", "related", "more:", "watch:", "listen:", "click here", "subscribe",
    ];

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
        int first = sentence.FirstToken;
        while (first < sentence.EndToken && tokens[first].Kind is TokenKind.Bullet or TokenKind.Dash or TokenKind.Symbol)
        {
            first++;
        }

        if (first >= sentence.EndToken)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan(tokens[first].Start, sentence.End - tokens[first].Start);
        foreach (string prefix in LinkPrefixes)
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && rest.Length > prefix.Length
                && (rest[prefix.Length] is ':' || prefix[^1] == ':' || (rest.Length > prefix.Length + 1 && rest[prefix.Length] == ' ' && rest[prefix.Length + 1] != ' ' && prefix != "related")))
            {
                return rest.IndexOf(':') >= 0 || prefix is "read more" or "see also" or "click here" or "subscribe";
            }
        }

        return false;
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
