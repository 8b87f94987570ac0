using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The country where a count's harm happened, by an ordered policy (<see cref="PlaceStep"/>, tried in that order):
/// first what the count's sentence ties to the harm (a border, a "where" clause, a where-word's place: "killed in
/// Gaza", a city or region giving its country through the place gazetteer, "Florida": US; then another place the
/// sentence names); then the event as the article tells it (an armed group the sentence names, the dateline, the
/// war the sentence names, where the last sentences, the headline or an earlier sentence say things happened);
/// then armed victims' own country, an armed group named earlier, and last the article's main country. Each
/// mention's <see cref="PlaceRole"/> decides what it may say: a nationality says who ("16 Soviet sailors were
/// injured" in a story set in a Peruvian port is PE), a speaker, a destination, an origin or the venue of another act
/// ("travelling to Houston", "signed an agreement in Mexico City") say nothing of where harm happened. A possessive
/// country is an owner, not a place ("Iran's offensive"), a region two countries share takes the one the article
/// names (<see cref="PlaceMentions.ResolveShared"/>), and a city followed by its region takes the region's country
/// (<see cref="PlaceMentions.ResolveRegions"/>). Null when nothing says where.
/// </summary>
internal sealed class CasualtyPlaces
{
    /// <summary>An earlier sentence's locative place still places a count up to three sentences later.</summary>
    private const int EarlierPlaceReach = 3;

    private static readonly WordClass Coordinators = Lexicon.Default.Class("casualties/count-coordinators");

    /// <summary>A comma or semicolon between a count and a place costs as much as this many tokens of distance.</summary>
    private const int ClauseCost = 12;

    private readonly List<PlaceMention> mentions;
    private readonly PlaceRole[] roles;
    private readonly ArticleHeadline headline;
    private readonly Token[] tokens;
    private readonly string text;
    private readonly Sentence[] sentences;
    private readonly DateOnly? published;

    /// <summary>The article's dateline ("KINSHASA, Congo (AP) -"), if it has one.</summary>
    private readonly ArticleDateline dateline;

    /// <summary>Where the article says its events happened, for counts whose sentence does not say.</summary>
    private readonly ArticleContextPlaces context;

    private CasualtyPlaces(List<PlaceMention> mentions, ArticleHeadline headline, Document document)
    {
        published = document.Published;
        this.mentions = mentions;
        this.headline = headline;
        tokens = document.Tokens;
        text = document.Text;
        sentences = document.Sentences;
        roles = MentionRoles.Assign(text, tokens, mentions);
        dateline = ArticleDateline.Find(text, tokens, mentions);
        context = new ArticleContextPlaces(mentions, roles, headline, dateline, document);
    }

    /// <summary>Every country, capital and place mention of <paramref name="document"/>.</summary>
    public static CasualtyPlaces Find(Document document)
    {
        var mentions = new List<PlaceMention>();
        PlaceMentions.Collect(document.Text, document.Tokens, mentions, document);
        PlaceMentions.DropNonPlaces(document.Text, document.Tokens, mentions);
        PlaceMentions.ResolveShared(document.Text, mentions);
        PlaceMentions.ResolveRegions(document.Text, document.Tokens, mentions);
        if (!mentions.Exists(static m => ArticleDateline.Window.Contains(0, m.Token)) && PlaceMentions.DatelineRegion(document, ArticleDateline.Window) is { } region)
        {
            mentions.Insert(0, region);
        }

        return new CasualtyPlaces(mentions, ArticleHeadline.Of(document.Title), document);
    }

    /// <summary>
    /// The alpha-2 code for a count in sentence <paramref name="sentence"/> with evidence
    /// [<paramref name="start"/>, <paramref name="end"/>) and of scope <paramref name="scope"/>, or null; <paramref name="kind"/> (None
    /// when unknown) keeps arrests and kidnappings, one act in one place, from being spread over a region.
    /// </summary>
    public string? CountryOf(int sentence, int start, int end, string scope, CasualtyKinds kind = CasualtyKinds.None) => Decide(sentence, start, end, scope, kind).Code;

    /// <summary>The country of a count and the <see cref="PlaceStep"/> that decided it; the steps are tried in order.</summary>
    internal (string? Code, PlaceStep Step) Decide(int sentence, int start, int end, string scope, CasualtyKinds kind = CasualtyKinds.None)
    {
        Sentence span = sentences[sentence];
        if (PlaceWaters.BorderOf(text, tokens, span) is var (first, second, border)
            && Nearest(sentence, start, end, static r => r == PlaceRole.Locative, skipToken: border) is null)
        {
            // A border of two states gives neither, unless the victims are one side's own ("three Egyptian soldiers
            // ... along the Gaza-Egypt border").
            return (mentions.Find(m => m.Sentence == sentence && m.Demonym && m.Token != border && (m.Code == first || m.Code == second)).Code, PlaceStep.Border);
        }

        if (PlaceWaters.BorderWith(text, tokens, span) is var other and >= 0 && mentions.Find(m => m.Token == other).Code is { } across
            && mentions.Find(m => m.Sentence == sentence && m.Demonym && m.Code != across && m.Start >= start && m.End <= end).Code is { } own)
        {
            // "five Venezuelan soldiers were killed at the border with Colombia": the victims' own side of it.
            return (own, PlaceStep.Border);
        }

        if (PlaceWaters.NamesBorder(text, tokens, span) && PlaceRoles.NamesArmedVictims(text, tokens, start, end)
            && Nearest(sentence, start, end, static r => r == PlaceRole.Nationality, inside: true) is { } guards)
        {
            // "killed three Egyptian troops on the border between the two countries": a state's own troops near
            // its border fall on its side of it.
            return (guards, PlaceStep.Border);
        }

        if (PlaceRoles.PlaceBeforeWhere(text, tokens, mentions, span, start) is { } where)
        {
            // A "where" clause is about the place just before it, even after a where-word of another country.
            return (where, PlaceStep.WhereClause);
        }

        if (SpreadTolls.IsSpread(text, tokens, start, end))
        {
            // "after killing 23 people in five countries": the toll is several countries' together, none of them alone.
            return (null, PlaceStep.Spread);
        }

        if ((kind & (CasualtyKinds.Arrested | CasualtyKinds.Kidnapped)) == 0 && RegionDistance(sentence, start, end) is int region && region < ClauseCost
            && region < NearestDistance(sentence, start, end, static r => r == PlaceRole.Locative))
        {
            // "after killing three people and causing damage in the Caribbean": a region of several countries at the
            // count's own clause, nearer than any country, spreads the toll over them, as "in five countries" does. Not
            // an arrest or a kidnapping, one act of one state or group ("the arrest of a man accused of threatening
            // attacks in Southeast Asia" is where he was arrested).
            return (null, PlaceStep.Spread);
        }

        if (kind == CasualtyKinds.Displaced && DisplacedPlaces.FledFrom(text, tokens, mentions, sentence, start, end) is { } left)
        {
            return (left, PlaceStep.FledFrom);
        }

        if (Nearest(sentence, start, end, static r => r == PlaceRole.Locative) is { } located)
        {
            // A where-word's place is the most direct statement of where harm happened; the nearest to the count is
            // the one its clause is about (a comma costs a clause).
            return (located, PlaceStep.HarmLocative);
        }

        if (PlaceWaters.IsAtSea(text, tokens, span, i => PlaceRoles.IsLocative(text, tokens, i)))
        {
            // "a freighter in the Black Sea", "the frigate Stark in the Gulf": no country's ground.
            return (null, PlaceStep.AtSea);
        }

        // A place the sentence names is where its events are ("NEW YORK - An earthquake struck Peru, killing 120"),
        // unless the sentence names the dateline's country too ("ZEEBRUGGE, Belgium - ... as it left Belgium").
        bool past = scope is CasualtyScope.Historical or CasualtyScope.Global
            || (published is { } date && CasualtyScopes.IsLongPast(text, tokens, span.FirstToken, span.EndToken, date.Year));
        string? filed = dateline.Code;
        if (Nearest(sentence, start, end, static r => r is PlaceRole.Locative or PlaceRole.Name, skipDateline: true) is { } named)
        {
            return (filed is not null && !past && NamesOutsideDateline(sentence, filed) ? filed : named, PlaceStep.SentencePlace);
        }

        if (past)
        {
            // The rest of the article says where the news is, not where a past or worldwide total happened.
            return (null, PlaceStep.PastTotal);
        }

        if ((ArmedGroupPlaces.In(text, tokens, span) ?? ArmedGroupPlaces.ByPeople(text, tokens, mentions, roles, sentence, start, end)) is { } front)
        {
            // "FMLN guerrillas attacked ...": the group fights at home, which beats where the story was filed.
            return (front, PlaceStep.ArmedGroup);
        }

        if (filed is not null && !dateline.IsFilingPlace(headline, mentions, text, tokens))
        {
            // The dateline is where the reporter saw the story happen.
            return (filed, PlaceStep.Dateline);
        }

        if (Nearest(sentence, start, end, static r => r == PlaceRole.Nationality, inside: false, where: m => PlaceModifiers.ModifiesStateOrgan(text, tokens, m)) is { } state
            && !TravelsAbroad(sentence, state))
        {
            // "the Mexican narcotics police have arrested 10,000", "as Guatemalan president after regimes that left
            // 100,000 dead": a government, president or police acts in its own country.
            return (state, PlaceStep.StateOrgan);
        }

        string? victims = Nearest(sentence, start, end, static r => r == PlaceRole.Nationality, inside: true);
        if (victims is not null && !PlaceRoles.NamesArmedVictims(text, tokens, start, end)
            && mentions.Find(m => m.Sentence == sentence && m.Demonym && !(m.Start >= start && m.End <= end)
                && PlaceRoles.ModifiesConflict(text, tokens, m)).Code is { } theatre)
        {
            // "two U.S. citizens, victims of the Salvadoran war": foreign civilians die where the war is.
            return (theatre, PlaceStep.Theatre);
        }

        if (context.Find(sentence, armedVictims: victims is not null && PlaceRoles.NamesArmedVictims(text, tokens, start, end) ? victims : null) is { } place)
        {
            return place;
        }

        // The article's own country, the one it names most as a place or a people: a story is mostly about where
        // its events happen. Only here does a nationality count, so the victims' own ("an enemy tank killed three
        // Egyptian soldiers") places a count only when nothing else is known; last, the headline's nationality.
        string? main = context.MainCountry ?? headline.First;
        return (main, main is null ? PlaceStep.Unknown : PlaceStep.MainCountry);
    }

    /// <summary>The distance (as <see cref="Nearest"/> measures it) from the evidence to the nearest region of several countries, or null.</summary>
    private int? RegionDistance(int sentence, int start, int end)
    {
        int first = LowerBound.Of(tokens, start, static t => t.Start);
        int last = LowerBound.Of(tokens, end, static t => t.Start);
        int? best = null;
        foreach (int i in SpreadTolls.Regions(text, tokens, sentences[sentence]))
        {
            best = Math.Min(best ?? int.MaxValue, i >= last ? Distance(last, i) : i < first ? Distance(i, first) + 1 + JoinCost(first) : 0);
        }

        return best;
    }

    /// <summary>
    /// True when sentence <paramref name="sentence"/> sends someone to a country other than <paramref name="state"/>
    /// ("South African President Thabo Mbeki flew to Ivory Coast ... violence that has killed 20"): the state organ then
    /// acts abroad, and its own country says nothing of where the harm is.
    /// </summary>
    private bool TravelsAbroad(int sentence, string state)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Sentence == sentence && roles[i] == PlaceRole.Destination && mentions[i].Code != state)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a token of the article's dateline, up to its place ("KINSHASA, Congo (AP) -").</summary>
    private bool InDateline(int token) => dateline.Contains(token);

    /// <summary>True when sentence <paramref name="sentence"/> names country <paramref name="code"/> after the dateline's words.</summary>
    private bool NamesOutsideDateline(int sentence, string code) =>
        mentions.Exists(m => m.Sentence == sentence && !m.Demonym && m.Code == code && !InDateline(m.Token));

    /// <summary>The nearest mention to the evidence in sentence <paramref name="sentence"/> whose role <paramref name="accept"/> takes, or null.</summary>
    private string? Nearest(int sentence, int start, int end, Func<PlaceRole, bool> accept, bool skipDateline = false, int skipToken = -1, bool? inside = null,
        Func<PlaceMention, bool>? where = null) => NearestWithDistance(sentence, start, end, accept, skipDateline, skipToken, inside, where).Code;

    /// <summary>The distance of <see cref="Nearest"/>'s mention from the evidence, or <see cref="int.MaxValue"/> when there is none.</summary>
    private int NearestDistance(int sentence, int start, int end, Func<PlaceRole, bool> accept) =>
        NearestWithDistance(sentence, start, end, accept, false, -1, null, null).Distance;

    private (string? Code, int Distance) NearestWithDistance(int sentence, int start, int end, Func<PlaceRole, bool> accept, bool skipDateline, int skipToken, bool? inside,
        Func<PlaceMention, bool>? where)
    {
        int first = LowerBound.Of(tokens, start, static t => t.Start);
        int last = LowerBound.Of(tokens, end, static t => t.Start);
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int i = 0; i < mentions.Count; i++)
        {
            PlaceMention mention = mentions[i];
            if (mention.Sentence != sentence || !accept(roles[i]) || (skipDateline && InDateline(mention.Token)) || mention.Token == skipToken
                || (inside is { } within && within != (mention.Start >= start && mention.End <= end)) || (where is not null && !where(mention)))
            {
                continue;
            }

            // Ties go to the later mention: "killed in Gaza" names the place after the count.
            int distance = mention.Token >= last ? Distance(last, mention.Token) : mention.Token < first ? Distance(mention.Token, first) + 1 + JoinCost(first) : 0;
            if (distance < bestDistance)
            {
                best = mention.Code;
                bestDistance = distance;
            }
        }

        return (best, bestDistance);
    }

    /// <summary>
    /// A clause, when the evidence starting at token <paramref name="first"/> opens a clause joined by "and", "while" ...
    /// (<c>count-coordinators.txt</c>: "... capsized in China and 147 died when a launch sank off Sabah"): a place before
    /// the joining word is the earlier clause's.
    /// </summary>
    private int JoinCost(int first) => first > 0 && Lexicon.Default.Contains(Coordinators, tokens[first - 1].Slice(text)) ? ClauseCost : 0;

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
