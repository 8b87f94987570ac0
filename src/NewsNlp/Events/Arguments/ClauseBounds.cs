using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>The clause around a trigger, where its participants are looked for.</summary>
internal static class ClauseBounds
{
    /// <summary>The clause around the trigger: bounded by semicolons, dashes, brackets and "while"/"but".</summary>
    public static (int Start, int End) Around(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int start = sentence.FirstToken;
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken; t--)
        {
            if (IsClauseBreak(document, t))
            {
                start = t + 1;
                break;
            }
        }

        int end = sentence.EndToken;
        for (int t = trigger.LastToken + 1; t < sentence.EndToken; t++)
        {
            if (IsClauseBreak(document, t))
            {
                end = t;
                break;
            }
        }

        return (start, end);
    }

    private static bool IsClauseBreak(Document document, int t)
    {
        Token token = document.Tokens[t];
        ReadOnlySpan<char> word = document.Span(token);
        return token.Kind == TokenKind.Dash && word is not "-"
            || word is ";" or "(" or ")"
            || (token.Kind == TokenKind.Word && EventWords.ClauseBreakers.Contains(word));
    }
}
