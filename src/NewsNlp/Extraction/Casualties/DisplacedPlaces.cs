using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Where displaced people are placed: in the country they were driven from, not where they went (the casualty set's
/// decision: Mozambicans who fled to Malawi are MZ), when the count's own words name it after "from".
/// </summary>
internal static class DisplacedPlaces
{
    /// <summary>
    /// The country named right after "from" in the evidence [<paramref name="start"/>, <paramref name="end"/>) of a displaced
    /// count in sentence <paramref name="sentence"/>, or just after it ("the exodus of 1.4 million refugees from Sudan",
    /// "5,000 people fled from Burundi"), or null. A people's name ("Sudanese") says who, not from where.
    /// </summary>
    public static string? FledFrom(string text, Token[] tokens, List<PlaceMention> mentions, int sentence, int start, int end)
    {
        foreach (PlaceMention m in mentions)
        {
            if (m.Sentence != sentence || m.Demonym || m.Token == 0)
            {
                continue;
            }

            Token from = tokens[m.Token - 1];
            if (from.Start >= start && from.Start <= end + 1 && from.Slice(text).Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return m.Code;
            }
        }

        return null;
    }
}
