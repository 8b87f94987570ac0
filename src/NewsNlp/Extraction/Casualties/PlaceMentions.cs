using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
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

    /// <summary>
    /// States, provinces and towns that only the casualty stage reads (<c>harm-places.tsv</c>: "North Carolina", "Helmand"), so
    /// that a count placed by them gets a country while the countries stage and the event models keep their mentions.
    /// </summary>
    private static readonly Lazy<PhraseTable<string>> HarmPlaces = new(static () =>
        PhraseTable<string>.Build(ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/harm-places.tsv").Select(static r => (r[0], r[1]))));

    private static readonly WordClass PlaceNouns = Lexicon.Default.Class("casualties/possessive-place-nouns");
    private static readonly WordClass AdministrativeNouns = Lexicon.Default.Class("casualties/administrative-nouns");
    private static readonly WordClass LocalUnitNouns = Lexicon.Default.Class("casualties/local-unit-nouns");
    private static readonly WordClass NameTitles = Lexicon.Default.Class("casualties/name-titles");

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
            else if (!found && char.IsUpper(tokens[i].Slice(text)[0]) && HarmPlaces.Value.TryMatch(text, tokens, i, tokens.Length, out string code, out int count))
            {
                // No country term here (or one blocked as part of a longer name, "New Mexico"): a state or town of the casualty list.
                mentions.Add(new PlaceMention(code, false, true, i, document?.SentenceOfToken(i) ?? 0, tokens[i].Start, tokens[i + count - 1].End));
                i += count - 1;
                continue;
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

    /// <summary>
    /// A city followed by its region or country ("Santo Domingo, Cauca Department", "Paris, Texas") is in that
    /// region's country, whatever other country has a city of its name.
    /// </summary>
    public static void ResolveRegions(string text, Token[] tokens, List<PlaceMention> mentions)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            PlaceMention city = mentions[i];
            PlaceMention region = mentions[i + 1];
            if (!city.City || city.Demonym || region.Demonym || city.Code == region.Code)
            {
                continue;
            }

            // "in the Corinto area, Morazan Department": a place noun may stand between the city and the comma.
            int comma = LowerBound.Of(tokens, city.End, static t => t.Start);
            if (comma < tokens.Length && Lexicon.Default.Contains(PlaceNouns, tokens[comma].Slice(text)))
            {
                comma++;
            }

            int after = LowerBound.Of(tokens, region.End, static t => t.Start);
            if (comma + 1 != region.Token || comma >= tokens.Length || tokens[comma].Slice(text) is not [',']
                || (region.City && !(after < tokens.Length && Lexicon.Default.Contains(AdministrativeNouns, tokens[after].Slice(text)))
                    && !Lexicon.Default.Contains(AdministrativeNouns, tokens[after - 1].Slice(text))))
            {
                // "Paris, London and Rome" is a list of cities; a region says so by its noun ("Cauca Department").
                continue;
            }

            mentions[i] = city with { Code = region.Code };
        }
    }

    /// <summary>Drops the names that say no place here: foreign local units (<see cref="DropForeignLocalUnits"/>) and surnames (<see cref="DropNames"/>).</summary>
    public static void DropNonPlaces(string text, Token[] tokens, List<PlaceMention> mentions)
    {
        DropForeignLocalUnits(text, tokens, mentions);
        DropNames(text, tokens, mentions);
    }

    /// <summary>
    /// Drops a city's name that names a town's own unit ("San Francisco neighborhood", "San Juan Bautista municipality",
    /// "San Jose Guayabal jurisdiction": <c>local-unit-nouns.txt</c>, after the name or after one more word of it) when the
    /// article names the gazetteer's country nowhere else: saints' and cities' names recur across countries, and a
    /// neighbourhood of a Salvadoran town says nothing of the United States. Kept when the article names the country
    /// ("the Soyapango neighborhood" in a story that names El Salvador).
    /// </summary>
    public static void DropForeignLocalUnits(string text, Token[] tokens, List<PlaceMention> mentions)
    {
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            PlaceMention mention = mentions[i];
            if (!mention.City || mention.Demonym || !NamesLocalUnit(text, tokens, mention))
            {
                continue;
            }

            string code = mention.Code;
            if (!mentions.Exists(m => m.Code == code && m.Token != mention.Token && !(m.City && !m.Demonym && NamesLocalUnit(text, tokens, m))))
            {
                mentions.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Drops a place's name that is a person's surname: after a title or rank ("GEN MEDINA MENTIONS 12 KILLED", "Judge
    /// Valencia": <c>name-titles.txt</c>, an abbreviation's period between) or before a family name of the gazetteer
    /// ("VALENCIA MARTINEZ OWNS THE OFFICE"). Spanish family names are often towns' names.
    /// </summary>
    public static void DropNames(string text, Token[] tokens, List<PlaceMention> mentions) =>
        mentions.RemoveAll(m => !m.Demonym && (AfterTitle(text, tokens, m.Token) || BeforeSurname(text, tokens, m.End)));

    /// <summary>True when a capitalised title or rank (<c>name-titles.txt</c>) stands just before token <paramref name="token"/>.</summary>
    private static bool AfterTitle(string text, Token[] tokens, int token)
    {
        int before = token - 1;
        if (before >= 0 && tokens[before].Slice(text) is ['.'])
        {
            before--;
        }

        return before >= 0 && tokens[before].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(tokens[before].Slice(text)[0])
            && Lexicon.Default.Contains(NameTitles, tokens[before].Slice(text).TrimEnd('.'));
    }

    /// <summary>True when a capitalised family name of the gazetteer follows the place ending at <paramref name="end"/> after one space.</summary>
    private static bool BeforeSurname(string text, Token[] tokens, int end)
    {
        int next = LowerBound.Of(tokens, end, static t => t.Start);
        return next < tokens.Length && tokens[next].Start == end + 1 && tokens[next].Kind == TokenKind.Word && char.IsUpper(tokens[next].Slice(text)[0])
            && (EntityGazetteer.Default.Lookup(tokens[next].Slice(text)) & GazetteerFlags.Surname) != 0;
    }

    /// <summary>
    /// True when a local unit's noun follows <paramref name="mention"/>, at once or after one more capitalised word of its name;
    /// not when "of" follows the noun, where the city owns the unit ("the Santiago neighborhood of Quilicura").
    /// </summary>
    private static bool NamesLocalUnit(string text, Token[] tokens, PlaceMention mention)
    {
        int noun = LowerBound.Of(tokens, mention.End, static t => t.Start);
        if (noun + 1 < tokens.Length && !Lexicon.Default.Contains(LocalUnitNouns, tokens[noun].Slice(text)) && tokens[noun].Kind == TokenKind.Word
            && char.IsUpper(tokens[noun].Slice(text)[0]))
        {
            noun++;
        }

        return noun < tokens.Length && Lexicon.Default.Contains(LocalUnitNouns, tokens[noun].Slice(text))
            && !(noun + 1 < tokens.Length && tokens[noun + 1].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase));
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
