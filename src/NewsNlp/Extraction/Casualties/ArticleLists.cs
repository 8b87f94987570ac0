namespace NewsNlp.Extraction.Casualties;

/// <summary>Lists of single people, each opened by an article ("a professor, a policeman, and a pedestrian").</summary>
internal static class ArticleLists
{
    /// <summary>
    /// True when the indefinite item at <paramref name="article"/> is followed, item by item (commas and articles only), by
    /// an "and" before an article: a list of single people ("a professor, a policeman, and a pedestrian"), not an
    /// appositive ("a man, a farmer from the village,").
    /// </summary>
    public static bool ClosesWithArticle(in CasualtySentence s, int article)
    {
        for (int items = 0; items < CountList.MaxItems && SingleVictims.IsArticle(s, article); items++)
        {
            int end = VictimPhrase.Scan(s, article + 1, out _);
            int next = end + (s.IsPunctuation(end, ',') ? 1 : 0);
            if (s.Is(next, "and"))
            {
                return SingleVictims.IsArticle(s, next + 1);
            }

            if (next == end)
            {
                return false;
            }

            article = next;
        }

        return false;
    }
}
