using NewsNlp.Extraction.Countries;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>Where harm has no country of its own: on open water, or on the border of two states.</summary>
internal static class PlaceWaters
{
    private static readonly WordClass SeaPlaces = Lexicon.Default.Class("casualties/sea-places");
    private static readonly WordClass ModifierBreaks = Lexicon.Default.Class("casualties/place-modifier-breaks");

    /// <summary>The two states of an "A-B border" named in a sentence ("the Saudi-Yemeni border") and its token, or null.</summary>
    public static (string First, string Second, int Token)? BorderOf(string text, Token[] tokens, in Sentence sentence)
    {
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            int cut = word.IndexOfAny('-', '\u2010', '\u2011');
            if (tokens[i].Kind != TokenKind.Word || cut <= 0 || !tokens[i + 1].Slice(text).Equals("border", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int start = tokens[i].Start;
            if (CountryGazetteer.MatchSegment(text, start, start + cut, tokens[i].End, out CountryMatch first)
                && CountryGazetteer.MatchSegment(text, start + cut + 1, tokens[i].End, tokens[i].End, out CountryMatch second)
                && first.Code != second.Code)
            {
                return (first.Code, second.Code, i);
            }
        }

        return null;
    }

    /// <summary>The token of X in "the border with X" in a sentence, or -1.</summary>
    public static int BorderWith(string text, Token[] tokens, in Sentence sentence)
    {
        for (int i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
        {
            if (tokens[i].Slice(text).Equals("border", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Slice(text).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return tokens[i + 2].Slice(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? i + 3 : i + 2;
            }
        }

        return -1;
    }

    /// <summary>True when a sentence names a border or frontier ("on the sensitive border between the two countries").</summary>
    public static bool NamesBorder(string text, Token[] tokens, in Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Slice(text).Equals("border", StringComparison.OrdinalIgnoreCase) || tokens[i].Slice(text).Equals("frontier", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a sentence puts its events on open water ("in the Black Sea").</summary>
    public static bool IsAtSea(string text, Token[] tokens, in Sentence sentence, Func<int, bool> isLocative)
    {
        int limit = sentence.EndToken;
        for (int i = sentence.FirstToken; i < limit; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start]) || !isLocative(i))
            {
                continue;
            }

            int length = Lexicon.Default.Contains(SeaPlaces, tokens[i].Slice(text)) ? 1 : 0;
            if (Lexicon.Default.TryMatchPhrase(SeaPlaces, text, tokens, i, limit, out int phrase))
            {
                length = Math.Max(length, phrase);
            }

            // "in the Gulf state of Bahrain", "in the Gulf war" use the water's name as a modifier.
            int next = i + length;
            bool modifier = next < limit && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start])
                && !Lexicon.Default.Contains(ModifierBreaks, tokens[next].Slice(text));
            if (length > 0 && !modifier)
            {
                return true;
            }
        }

        return false;
    }
}
