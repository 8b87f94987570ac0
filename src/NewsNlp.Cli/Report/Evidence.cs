namespace NewsNlp.Cli.Report;

/// <summary>A sentence that supports a number in the report: the article, and the text around the matched span.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Title">The article's headline, if any.</param>
/// <param name="Before">Text before the span.</param>
/// <param name="Hit">The span itself.</param>
/// <param name="After">Text after the span.</param>
internal sealed record Evidence(string ArticleId, string? Title, string Before, string Hit, string After)
{
    /// <summary>Cuts the sentence around <c>[start, end)</c> out of <paramref name="text"/> (at most about 240 characters of context).</summary>
    public static Evidence From(string articleId, string? title, string? text, string fallback, int start, int end)
    {
        if (text is null || start < 0 || end > text.Length || start > end)
        {
            return new Evidence(articleId, title, "", fallback, "");
        }

        int from = start;
        while (from > 0 && start - from < 240 && !IsBoundary(text, from - 1))
        {
            from--;
        }

        int to = end;
        while (to < text.Length && to - end < 240 && !IsBoundary(text, to - 1))
        {
            to++;
        }

        return new Evidence(articleId, title, text[from..start].TrimStart(), text[start..end], text[end..to].TrimEnd());
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' || ((text[i] is '.' or '!' or '?') && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
}
