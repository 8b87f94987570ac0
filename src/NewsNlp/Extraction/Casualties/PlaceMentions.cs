using NewsNlp.Extraction.Countries;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>A place mention of an article; City is true for a capital, city or region, which names where even as a modifier ("a Kabul car bombing").</summary>
internal readonly record struct PlaceMention(string Code, bool Demonym, bool City, int Token, int Sentence, int Start, int End);

/// <summary>The country, capital and place mentions of an article, for <see cref="CasualtyPlaces"/>.</summary>
internal static class PlaceMentions
{
    private static readonly Lazy<Dictionary<string, string>> DatelineRegions = new(static () =>
        ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/dateline-regions.tsv").ToDictionary(static r => r[0], static r => r[1], StringComparer.Ordinal));

    private static readonly Lazy<Dictionary<string, string[]>> SharedRegions = new(static () =>
        ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/shared-regions.tsv").ToDictionary(static r => r[0], static r => ResourceFile.SplitList(r[1]), StringComparer.OrdinalIgnoreCase));

    /// <summary>Adds every country, capital and place mention of <paramref name="text"/> to <paramref name="mentions"/>.</summary>
    public static void Collect(string text, Token[] tokens, List<PlaceMention> mentions, Document? document)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }

            bool found = CountryGazetteer.TryMatch(text, tokens, i, out CountryMatch match);
            if (found && match.Code.Length == 2 && !(document is not null && IsCapsPronoun(document, i)))
            {
                int sentence = document?.SentenceOfToken(i) ?? 0;
                mentions.Add(new PlaceMention(match.Code, match.Form == CountryForm.Demonym, match.Form is CountryForm.Capital or CountryForm.Place, i, sentence, match.Start, match.End));
            }

            if (match.TokenCount > 1)
            {
                i += match.TokenCount - 1;
            }
        }
    }

    /// <summary>
    /// A region two countries share ("Punjab": India and Pakistan) belongs to the one of them the article
    /// names elsewhere, when it names only one; else it keeps the gazetteer's country.
    /// </summary>
    public static void ResolveShared(string text, List<PlaceMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (!SharedRegions.Value.TryGetValue(text[mentions[i].Start..mentions[i].End], out string[]? candidates))
            {
                continue;
            }

            string? named = null;
            foreach (string code in candidates)
            {
                if (mentions.Exists(m => m.Code == code && !SharedRegions.Value.ContainsKey(text[m.Start..m.End])))
                {
                    named = named is null ? code : "";
                }
            }

            if (named is { Length: > 0 })
            {
                mentions[i] = mentions[i] with { Code = named };
            }
        }
    }

    /// <summary>"US" in an all-capitals sentence is the pronoun as often as the country ("TOLD US").</summary>
    private static bool IsCapsPronoun(Document document, int token) =>
        document.Tokens[token].Slice(document.Text) is "US" && document.IsAllCaps(document.Sentences[document.SentenceOfToken(token)]);

    /// <summary>An abbreviated province or state in the dateline ("MURDOCHVILLE, Que., April 2 -"), or null.</summary>
    public static PlaceMention? DatelineRegion(Document document, TokenWindow dateline)
    {
        Token[] tokens = document.Tokens;
        for (int i = 0; i < tokens.Length && dateline.Contains(0, i); i++)
        {
            string word = tokens[i].Slice(document.Text).ToString();
            if (i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Slice(document.Text) is ['.'])
            {
                word += ".";
            }

            if (DatelineRegions.Value.TryGetValue(word, out string? code))
            {
                return new PlaceMention(code, Demonym: false, City: true, i, document.SentenceOfToken(i), tokens[i].Start, tokens[i].End);
            }
        }

        return null;
    }
}
