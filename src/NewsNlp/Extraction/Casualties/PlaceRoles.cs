using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// What a place mention does in its sentence, for <see cref="CasualtyPlaces"/>: it may speak ("Iran
/// said"), be where people or goods went ("exporting to the Soviet Union"), modify a noun ("U.S.
/// troops") or start a name ("the British Broadcasting Corporation"); none of these says where harm happened.
/// Also where a dateline ends, and the place a "where" clause refers back to.
/// </summary>
internal static class PlaceRoles
{
    /// <summary>A direction word stands at most two tokens before its place ("exporting equipment to the Soviet Union").</summary>
    private static readonly TokenWindow LocativeReach = new(2, 0);

    /// <summary>A place's speaking verb stands at most four tokens after it ("U.S. and Iraqi officials said").</summary>
    private static readonly TokenWindow SpeakerReach = new(0, 4);

    /// <summary>A "where" opens the count's clause at most twelve tokens before the count.</summary>
    private static readonly TokenWindow WhereReach = new(12, 0);

    private static readonly WordClass ModifierBreaks = Lexicon.Default.Class("casualties/place-modifier-breaks");
    private static readonly WordClass SourceVerbs = Lexicon.Default.Class("casualties/source-verbs");
    private static readonly WordClass Directions = Lexicon.Default.Class("casualties/place-directions");

    /// <summary>A demonym before a capitalised word starts a name ("the British Broadcasting Corporation"), not the country's people.</summary>
    public static bool StartsName(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start]) && !char.IsUpper(text[tokens[next].End - 1]);
    }

    /// <summary>
    /// A place that speaks ("Iran said", "Iraq reported", "U.S. officials said") or that people or goods went to or came from
    /// ("exporting equipment to the Soviet Union") is not where the harm happened.
    /// </summary>
    public static bool IsSpeakerOrDirection(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        for (int k = next; k < tokens.Length && SpeakerReach.Contains(next, k) && tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation; k++)
        {
            // "Iran said", "U.S. and Iraqi officials said": a country whose people speak.
            if (Lexicon.Default.Contains(SourceVerbs, tokens[k].Slice(text)))
            {
                return true;
            }
        }

        for (int k = mention.Token - 1; k >= 0 && LocativeReach.Contains(mention.Token, k); k--)
        {
            if (Lexicon.Default.Contains(Directions, tokens[k].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A country name used as a modifier ("U.S. troops", "US ammunition dump") names a nationality, not a place; a city's does not (<see cref="PlaceMention.City"/>).</summary>
    public static bool IsModifier(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start])
            && !Lexicon.Default.Contains(ModifierBreaks, tokens[next].Slice(text));
    }

    /// <summary>The place named just before a "where" that opens the count's clause ("Taiwan, where it caused two deaths"), or null.</summary>
    public static string? PlaceBeforeWhere(string text, Token[] tokens, List<PlaceMention> mentions, in Sentence sentence, int start)
    {
        int first = sentence.FirstToken;
        int count = LowerBound.Of(tokens, start, static t => t.Start);
        for (int k = count - 1; k > first && WhereReach.Contains(count, k); k--)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(text);
            if (word is [';' or '.' or ':'])
            {
                return null;
            }

            if (word.Equals("where", StringComparison.OrdinalIgnoreCase))
            {
                int before = tokens[k - 1].Slice(text) is [','] ? k - 2 : k - 1;
                return before < first ? null : mentions.Find(m => m.Token >= first && !m.Demonym && m.End == tokens[before].End).Code;
            }
        }

        return null;
    }
}
