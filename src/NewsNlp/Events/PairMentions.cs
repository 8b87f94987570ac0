using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Phrases naming the article's two main parties at once ("the two countries", "both sides"), for <see cref="ActorIndex"/>.</summary>
internal static class PairMentions
{
    /// <summary>"the two countries", "both sides", "the two foreign ministers": a pair mention.</summary>
    public static void Find(Document document, List<ActorMention> output)
    {
        Token[] tokens = document.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            ReadOnlySpan<char> w = document.Span(tokens[i]);
            bool both = w.Equals("both", StringComparison.OrdinalIgnoreCase);
            bool two = w.Equals("two", StringComparison.OrdinalIgnoreCase) && i > 0 && document.Span(tokens[i - 1]).Equals("the", StringComparison.OrdinalIgnoreCase);
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) && EventWords.PartyNouns.Contains(document.Span(tokens[i + 1])))
            {
                // "consulting with the parties": the two sides of the dispute.
                output.Add(new ActorMention(i, i + 1, "", ActorForm.Pair));
                i++;
                continue;
            }

            if (!both && !two)
            {
                continue;
            }

            // Up to two modifiers ("the two foreign ministers").
            for (int j = i + 1; j < tokens.Length && j <= i + 3; j++)
            {
                if (tokens[j].Kind != TokenKind.Word)
                {
                    break;
                }

                if (EventWords.PairNouns.Contains(document.Span(tokens[j])))
                {
                    output.Add(new ActorMention(two ? i - 1 : i, j, "", ActorForm.Pair));
                    i = j;
                    break;
                }
            }
        }
    }
}
