using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Where an article says its events happened, for a count whose own sentence names no place of harm
/// (<see cref="CasualtyPlaces"/>, the steps from <see cref="PlaceStep.RecentPlace"/> to <see cref="PlaceStep.MainCountry"/>).
/// </summary>
internal sealed class ArticleContextPlaces
{
    /// <summary>An earlier sentence's place still places a count up to three sentences later.</summary>
    private const int RecentReach = 3;

    private readonly List<PlaceMention> mentions;
    private readonly PlaceRole[] roles;
    private readonly ArticleHeadline headline;
    private readonly string text;
    private readonly Token[] tokens;
    private readonly Sentence[] sentences;

    /// <summary>Per sentence, the home of the first armed group it names ("" for none), filled as asked.</summary>
    private string?[]? groupHomes;

    /// <summary>The article's dateline, which the dateline step has judged already: its city is no context.</summary>
    private readonly ArticleDateline dateline;

    public ArticleContextPlaces(List<PlaceMention> mentions, PlaceRole[] roles, ArticleHeadline headline, ArticleDateline dateline, Document document)
    {
        this.dateline = dateline;
        this.mentions = mentions;
        this.roles = roles;
        this.headline = headline;
        text = document.Text;
        tokens = document.Tokens;
        sentences = document.Sentences;

        // Destinations, speakers, venues and foreign missions say nothing of where the story is.
        MainCountry = mentions.Where((m, i) => roles[i] is PlaceRole.Locative or PlaceRole.Name or PlaceRole.Nationality)
            .CountBy(static m => m.Code).OrderByDescending(static c => c.Value).Select(static c => c.Key).FirstOrDefault();
    }

    /// <summary>The country the article names most often as a place or a people, or null.</summary>
    public string? MainCountry { get; }

    /// <summary>
    /// Where the article around sentence <paramref name="sentence"/> says its event happened, or null; before an armed group
    /// named earlier, the nationality of the count's armed victims (<paramref name="armedVictims"/>), who mostly fall at home.
    /// </summary>
    public (string? Code, PlaceStep Step)? Find(int sentence, string? armedVictims)
    {
        // Where one of the last few sentences says things happened ("troops engaged insurgents in Chalatenango", then
        // "U.S. aid" just before "18 were wounded"), else a city or region one of them names ("near San Cristobal,
        // San Vicente Department", not "an Abu Dhabi TV photojournalist"): a story tells its incident before its toll. A
        // bare country name is often an actor.
        if ((Last(sentence - RecentReach, sentence, static (m, r) => r == PlaceRole.Locative)
            ?? Last(sentence - RecentReach, sentence, (m, r) => r == PlaceRole.Name && m.City && !PlaceModifiers.StartsOrganizationName(text, tokens, m))) is { } recent)
        {
            return (recent, PlaceStep.RecentPlace);
        }

        // The headline names the story's place ("Two U.S. Soldiers Killed in Iraq Bombings").
        if (headline.Place is { } title)
        {
            return (title, PlaceStep.Headline);
        }

        // The nearest earlier where-word place, however far: the article told its incident there ("a cargo plane
        // crashed in northern Guatemala City", then a spokesman's toll seven sentences on). A bare country name is not
        // enough ("the United States, and not the Honduran government, sets the policy"): it counts for the main country.
        if (Last(0, sentence, static (m, r) => r == PlaceRole.Locative) is { } earlier)
        {
            return (earlier, PlaceStep.EarlierPlace);
        }

        if (armedVictims is not null)
        {
            // "THE U.S. INVASION RESULTED IN THE DEATHS OF 300 PANAMANIAN SOLDIERS": a state's soldiers or police fall
            // at home unless the article has said where else they fought, which the steps above read first.
            return (armedVictims, PlaceStep.ArmedVictims);
        }

        if (ArticleGroupHome(sentence) is { } home)
        {
            // The armed group the article names most before the count ("FMLN" two paragraphs before a colonel's tally
            // of "37 guerrillas and 12 soldiers killed"): the group fights at home.
            return (home, PlaceStep.ArticleArmedGroup);
        }

        return null;
    }

    /// <summary>The code of the last mention of sentences [<paramref name="from"/>, <paramref name="before"/>) that <paramref name="accept"/> takes, or null.</summary>
    private string? Last(int from, int before, Func<PlaceMention, PlaceRole, bool> accept)
    {
        for (int i = mentions.Count - 1; i >= 0 && mentions[i].Sentence >= from; i--)
        {
            if (mentions[i].Sentence < before && !dateline.Contains(mentions[i].Token) && accept(mentions[i], roles[i]))
            {
                return mentions[i].Code;
            }
        }

        return null;
    }

    /// <summary>The home the armed groups of sentences before <paramref name="sentence"/> name most (ties: the nearest), or null.</summary>
    private string? ArticleGroupHome(int sentence)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        for (int i = sentence - 1; i >= 0; i--)
        {
            if (GroupHome(i) is { } home)
            {
                counts[home] = counts.GetValueOrDefault(home) + 1;
                best = best is null || counts[home] > counts[best] ? home : best;
            }
        }

        return best;
    }

    /// <summary>The home of the first armed group sentence <paramref name="sentence"/> names, or null (looked up once per sentence).</summary>
    private string? GroupHome(int sentence)
    {
        groupHomes ??= new string?[sentences.Length];
        groupHomes[sentence] ??= ArmedGroupPlaces.In(text, tokens, sentences[sentence]) ?? "";
        return groupHomes[sentence] is { Length: > 0 } home ? home : null;
    }
}
