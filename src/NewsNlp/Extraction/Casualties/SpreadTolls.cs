using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Tolls spread over several countries, which <see cref="CasualtyPlaces"/> places in none of them (<see cref="PlaceStep.Spread"/>):
/// a count of countries after a where-word ("killing 23 people in five countries") or a region of several countries ("damage in
/// the Caribbean").
/// </summary>
internal static class SpreadTolls
{
    /// <summary>A where-word of a spread toll stands in the evidence or within two tokens after it, and its noun within three after it ("in | the five | countries").</summary>
    private const int SpreadReach = 2;

    private static readonly WordClass Locatives = Lexicon.Default.Class("casualties/place-prepositions");
    private static readonly WordClass SpreadNouns = Lexicon.Default.Class("casualties/spread-nouns");
    private static readonly WordClass RegionPlaceHeads = Lexicon.Default.Class("casualties/region-place-heads");

    /// <summary>Regions of several countries (<c>supranational-regions.txt</c>: "the Caribbean", "West Africa").</summary>
    private static readonly Lazy<PhraseTable<bool>> RegionNames = new(static () =>
        PhraseTable<bool>.Build(ResourceFile.ReadLines("NewsNlp.Lexicon/casualties/supranational-regions.txt").Select(static l => (l, true))));

    /// <summary>
    /// True when a where-word in the evidence [<paramref name="start"/>, <paramref name="end"/>) or right after it takes a
    /// count of countries ("killing 23 people in five countries", "across several nations"; <c>spread-nouns.txt</c>).
    /// </summary>
    public static bool IsSpread(string text, Token[] tokens, int start, int end)
    {
        int first = LowerBound.Of(tokens, start, static t => t.Start);
        int next = LowerBound.Of(tokens, end, static t => t.Start);
        for (int k = first; k < tokens.Length && k <= next + SpreadReach; k++)
        {
            if (!Lexicon.Default.Contains(Locatives, tokens[k].Slice(text)))
            {
                continue;
            }

            for (int j = k + 1; j < tokens.Length && j <= k + SpreadReach + 1; j++)
            {
                if (Lexicon.Default.Contains(SpreadNouns, tokens[j].Slice(text)))
                {
                    return true;
                }

                if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Number))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first tokens of the regions of several countries that sentence <paramref name="sentence"/> names after a where-word
    /// ("in the Caribbean"); not a region before a noun of one place ("in the Caribbean port of Cartagena",
    /// <c>region-place-heads.txt</c>), which names that place's coast.
    /// </summary>
    public static IEnumerable<int> Regions(string text, Token[] tokens, Sentence sentence)
    {
        PhraseTable<bool> regions = RegionNames.Value;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!regions.MayStartWith(tokens[i].Slice(text)) || !regions.TryMatch(text, tokens, i, sentence.EndToken, out _, out int count))
            {
                continue;
            }

            int after = i + count;
            if (PlaceRoles.IsLocative(text, tokens, i) && !(after < sentence.EndToken && Lexicon.Default.Contains(RegionPlaceHeads, tokens[after].Slice(text))))
            {
                yield return i;
            }

            i += count - 1;
        }
    }
}
