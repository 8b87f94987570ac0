using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The country where a count's harm happened: a country, capital, city or region named in its sentence after "in",
/// "near", "at" (the nearest to the count; "Florida" gives US through the place gazetteer), else another place named
/// in the sentence, else the country of an armed group it names ("FMLN guerrillas": SV), else the dateline, else a
/// nationality in it, else where the last few sentences say things happened, the nearest earlier sentence naming a
/// place, the headline, or a later sentence. Null when the article names none. A nationality yields only after places
/// because harm abroad belongs to where it happened ("three Americans in Gaza": PS); foreign civilians' own nationality
/// ("16 Soviet sailors", in a story mostly about another country) yields even to the other sentences' places. A
/// possessive country is an owner, not a place ("Iran's offensive"), and a region two countries share takes the one
/// the article names (<see cref="PlaceMentions.ResolveShared"/>).
/// </summary>
internal sealed class CasualtyPlaces
{
    /// <summary>A dateline's place stands within the article's first eight tokens ("KINSHASA, Congo (AP) -").</summary>
    internal static readonly TokenWindow Dateline = new(0, 7);

    /// <summary>An earlier sentence's locative place still places a count up to three sentences later.</summary>
    private const int EarlierPlaceReach = 3;

    /// <summary>A comma or semicolon between a count and a place costs as much as this many tokens of distance.</summary>
    private const int ClauseCost = 12;

    private readonly List<PlaceMention> mentions;
    private readonly string? headline;
    private readonly HashSet<string> headlineCodes;
    private readonly Token[] tokens;
    private readonly string text;
    private readonly Sentence[] sentences;
    private readonly DateOnly? published;

    /// <summary>The country the article names most often (names, demonyms and places), or null.</summary>
    private readonly string? mainCountry;

    private CasualtyPlaces(List<PlaceMention> mentions, string? headline, HashSet<string> headlineCodes, Document document)
    {
        this.headlineCodes = headlineCodes;
        published = document.Published;
        this.mentions = mentions;
        this.headline = headline;
        tokens = document.Tokens;
        text = document.Text;
        sentences = document.Sentences;
        mainCountry = mentions.CountBy(static m => m.Code).OrderByDescending(static c => c.Value).Select(static c => c.Key).FirstOrDefault();
    }

    /// <summary>Every country, capital and place mention of <paramref name="document"/>.</summary>
    public static CasualtyPlaces Find(Document document)
    {
        var mentions = new List<PlaceMention>();
        PlaceMentions.Collect(document.Text, document.Tokens, mentions, document);
        PlaceMentions.ResolveShared(document.Text, mentions);
        if (!mentions.Exists(static m => Dateline.Contains(0, m.Token)) && PlaceMentions.DatelineRegion(document, Dateline) is { } region)
        {
            mentions.Insert(0, region);
        }

        string? headline = null;
        var headlineCodes = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            var inTitle = new List<PlaceMention>();
            PlaceMentions.Collect(document.Title, Tokenizer.Tokenize(document.Title), inTitle, null);
            headline = inTitle.FirstOrDefault(m => !m.Demonym).Code ?? inTitle.FirstOrDefault().Code;
            headlineCodes.UnionWith(inTitle.Select(static m => m.Code));
        }

        return new CasualtyPlaces(mentions, headline, headlineCodes, document);
    }

    /// <summary>
    /// The alpha-2 code for a count in sentence <paramref name="sentence"/> with evidence
    /// [<paramref name="start"/>, <paramref name="end"/>) and of scope <paramref name="scope"/>, or null.
    /// A past or worldwide total, and a toll of an incident ten or more years old, is placed only by its own
    /// sentence: the dateline and the rest of the article say where the news is, not where a 1945
    /// shipwreck or a global toll happened.
    /// </summary>
    public string? CountryOf(int sentence, int start, int end, string scope)
    {
        if (PlaceWaters.BorderOf(text, tokens, sentences[sentence]) is var (first, second, border)
            && Nearest(sentence, start, end, demonym: false, locative: true, skipToken: border) is null)
        {
            // "killed on the Saudi-Yemeni border": a border of two states gives neither, unless the
            // victims are one side's own ("three Egyptian soldiers ... along the Gaza-Egypt border").
            return mentions.Find(m => m.Sentence == sentence && m.Demonym && m.Token != border && (m.Code == first || m.Code == second)).Code;
        }

        if (PlaceWaters.BorderWith(text, tokens, sentences[sentence]) is var other and >= 0 && mentions.Find(m => m.Token == other).Code is { } across
            && mentions.Find(m => m.Sentence == sentence && m.Demonym && m.Code != across && m.Start >= start && m.End <= end).Code is { } own)
        {
            // "five Venezuelan soldiers were killed at the border with Colombia": the victims' own side of it.
            return own;
        }

        if (PlaceRoles.PlaceBeforeWhere(text, tokens, mentions, sentences[sentence], start) is { } where)
        {
            // "hits China after hitting Taiwan, where it caused two deaths": the relative clause's place.
            return where;
        }

        if (Nearest(sentence, start, end, demonym: false, locative: true) is { } located)
        {
            return located;
        }

        if (PlaceWaters.IsAtSea(text, tokens, sentences[sentence], IsLocative))
        {
            // "a freighter in the Black Sea", "the frigate Stark in the Gulf": no country's ground.
            return null;
        }

        // A place the sentence names beats the dateline ("NEW YORK - An earthquake struck Peru, killing 120"),
        // unless the sentence names the dateline's country too ("ZEEBRUGGE, Belgium - ... as it left Belgium for Britain").
        bool past = scope is CasualtyScope.Historical or CasualtyScope.Global
            || (published is { } date && CasualtyScopes.IsLongPast(text, tokens, sentences[sentence].FirstToken, sentences[sentence].EndToken, date.Year));
        string? dateline = DatelineCode();
        if (Nearest(sentence, start, end, demonym: false, locative: false, skipDateline: true) is { } named)
        {
            return dateline is not null && !past && NamesOutsideDateline(sentence, dateline) ? dateline : named;
        }

        if (past)
        {
            return null;
        }

        if (ArmedGroupPlaces.In(text, tokens, sentences[sentence]) is { } front)
        {
            // "FMLN guerrillas attacked ...": the group's own country, before where the story was filed.
            return front;
        }

        if (dateline is not null && !IsFilingPlace(dateline))
        {
            return dateline;
        }

        // Foreign civilians' nationality ("16 Soviet sailors were injured" in a story about Peru) says who, not
        // where: a war the sentence names ("victims of the Salvadoran war"), then where the article has told things
        // happened, come first. The article's own people ("massacred 70,000 Salvadorans") are where they live.
        string? victims = Nearest(sentence, start, end, demonym: true, locative: false, inside: true);
        bool civilians = victims is not null && !PlaceRoles.NamesArmedVictims(text, tokens, start, end);
        if (civilians && mentions.Find(m => m.Sentence == sentence && m.Demonym && !(m.Start >= start && m.End <= end)
            && PlaceRoles.ModifiesConflict(text, tokens, m)).Code is { } theatre)
        {
            return theatre;
        }

        if (!(civilians && victims != mainCountry) && Nearest(sentence, start, end, demonym: true, locative: false) is { } nationality)
        {
            return nationality;
        }

        // Where one of the last few sentences says things happened ("troops engaged insurgents in Chalatenango", then
        // "U.S. aid" just before "18 were wounded"); else the nearest earlier sentence's last place.
        for (int i = mentions.Count - 1; i >= 0 && mentions[i].Sentence >= sentence - EarlierPlaceReach; i--)
        {
            if (mentions[i].Sentence < sentence && !mentions[i].Demonym && IsLocative(mentions[i].Token))
            {
                return mentions[i].Code;
            }
        }

        if (mentions.FindLast(m => m.Sentence < sentence && !m.Demonym) is { Code: { } last } earlier)
        {
            return LocativeIn(earlier.Sentence) ?? last;
        }

        if (headline is not null)
        {
            return headline;
        }

        foreach (PlaceMention mention in mentions)
        {
            if (mention.Sentence > sentence && !mention.Demonym)
            {
                return mention.Code;
            }
        }

        if (victims is not null)
        {
            return victims;
        }

        // Last, a nationality elsewhere in the article ("the ruling Guatemalan party" before "two people were injured").
        for (int i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Sentence < sentence)
            {
                return mentions[i].Code;
            }
        }

        return mentions.Count > 0 ? mentions[0].Code : null;
    }

    /// <summary>True for a token in the article's first eight, where a dateline stands ("KINSHASA, Congo (AP) -").</summary>
    private static bool InDateline(int token) => Dateline.Contains(0, token);

    /// <summary>The last place sentence <paramref name="sentence"/> names after a locative preposition, or null.</summary>
    private string? LocativeIn(int sentence) =>
        mentions.FindLast(m => m.Sentence == sentence && !m.Demonym && IsLocative(m.Token)).Code;

    /// <summary>The country of the article's dateline ("KINSHASA, Congo (AP) -"), or null.</summary>
    private string? DatelineCode()
    {
        foreach (PlaceMention mention in mentions)
        {
            if (!InDateline(mention.Token))
            {
                return null;
            }

            if (!mention.Demonym)
            {
                // An opening "Iran said ..." names a speaker, "TWO U.S. CITIZENS" or "THE U.S. INVASION" a nationality.
                return PlaceRoles.IsSpeakerOrDirection(text, tokens, mention) || PlaceRoles.OpensWithNationality(text, tokens, mention) ? null : mention.Code;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the dateline only says where the story was filed: the headline names another country, which
    /// the article names too, and neither the headline nor the article names the dateline's own, nor its
    /// people, outside the dateline ("LONDON - Iran said over
    /// 2,600 Iraqis had been killed", from a radio report monitored there).
    /// </summary>
    private bool IsFilingPlace(string dateline) =>
        headline is not null && !headlineCodes.Contains(dateline) && mentions.Exists(m => m.Code == headline && !m.Demonym)
        && !mentions.Exists(m => m.Code == dateline && !InDateline(m.Token) && !(m.Demonym && PlaceRoles.StartsName(text, tokens, m)));

    /// <summary>True when sentence <paramref name="sentence"/> names country <paramref name="code"/> after the dateline's words.</summary>
    private bool NamesOutsideDateline(int sentence, string code)
    {
        foreach (PlaceMention mention in mentions)
        {
            if (mention.Sentence == sentence && !mention.Demonym && mention.Code == code && !InDateline(mention.Token))
            {
                return true;
            }
        }

        return false;
    }

    private string? Nearest(int sentence, int start, int end, bool demonym, bool locative, bool skipDateline = false, int skipToken = -1, bool? inside = null)
    {
        int first = LowerBound.Of(tokens, start, static t => t.Start);
        int last = LowerBound.Of(tokens, end, static t => t.Start);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (PlaceMention mention in mentions)
        {
            bool isLocative = IsLocative(mention.Token);
            bool nationality = mention.Demonym || (!mention.City && PlaceRoles.IsOwner(text, tokens, mention))
                || (!isLocative && !mention.City && PlaceRoles.IsModifier(text, tokens, mention));
            if (mention.Sentence != sentence || nationality != demonym || (locative && !isLocative)
                || (skipDateline && InDateline(mention.Token)) || mention.Token == skipToken
                || (inside is { } within && within != (mention.Start >= start && mention.End <= end))
                || (!demonym && !isLocative && PlaceRoles.IsSpeakerOrDirection(text, tokens, mention)))
            {
                continue;
            }

            // Ties go to the later mention: "killed in Gaza" names the place after the count.
            int distance = mention.Token >= last ? Distance(last, mention.Token) : mention.Token < first ? Distance(mention.Token, first) + 1 : 0;
            if (distance < bestDistance)
            {
                best = mention.Code;
                bestDistance = distance;
            }
        }

        return best;
    }

    private bool IsLocative(int token) => PlaceRoles.IsLocative(text, tokens, token);

    /// <summary>Tokens from <paramref name="from"/> to <paramref name="to"/>, each comma or semicolon between them costing a clause.</summary>
    private int Distance(int from, int to)
    {
        int distance = to - from;
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Slice(text) is [',' or ';'])
            {
                distance += ClauseCost;
            }
        }

        return distance;
    }
}
