using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>The dateline of an article for <see cref="CasualtyPlaces"/> ("KINSHASA, Congo (AP) -"): its country and the token after its place.</summary>
/// <param name="Code">The dateline's country, or null when the article has no dateline.</param>
/// <param name="End">The token after the dateline's place; 0 when there is none.</param>
internal readonly record struct ArticleDateline(string? Code, int End)
{
    /// <summary>A dateline's place stands within the article's first eight tokens ("KINSHASA, Congo (AP) -").</summary>
    internal static readonly TokenWindow Window = new(0, 7);

    /// <summary>True for a token of the dateline, up to its place.</summary>
    public bool Contains(int token) => token < End;

    /// <summary>The dateline among an article's <paramref name="mentions"/> (in text order), or none.</summary>
    public static ArticleDateline Find(string text, Token[] tokens, List<PlaceMention> mentions)
    {
        foreach (PlaceMention mention in mentions)
        {
            if (!Window.Contains(0, mention.Token))
            {
                break;
            }

            if (!mention.Demonym)
            {
                // An opening "Iran said ..." names a speaker, "TWO U.S. CITIZENS" or "THE U.S. INVASION" a nationality, and
                // "A NEW RIFT HAS ARISEN BETWEEN COLOMBIA AND VENEZUELA" is prose: a dateline's place opens the article or
                // is set off by a comma, a dash or a bracket ("JEBALIYA REFUGEE CAMP, Gaza Strip -", "PARIS (Reuters) -").
                bool dateline = !PlaceRoles.IsSpeakerOrDirection(text, tokens, mention) && !PlaceRoles.OpensWithNationality(text, tokens, mention)
                    && ((mention.Token == 0 && !OpensProse(text, tokens, mention)) || PlaceRoles.IsSetOff(text, tokens, mention));
                return dateline ? new ArticleDateline(mention.Code, mention.Token + 1) : default;
            }
        }

        return default;
    }

    /// <summary>
    /// True when a country's name opening the article unmarked is the first sentence's subject or modifier, not a dateline: before
    /// a noun of its state ("U.S. PRESIDENT GEORGE BUSH WILL GO TO ...", "U.S. officials"), or opening a wire bulletin in
    /// capitals ("NICARAGUA PRESENTED A DRAFT ..."), whose dateline, when it has one, is set off ("SAN SALVADOR, 12 JAN 89 --").
    /// A city still opens a bulletin as its place unmarked ("SAN SALVADOR DOMESTIC SERVICE ...", "SAO PAULO FEDERAL POLICE ...").
    /// </summary>
    private static bool OpensProse(string text, Token[] tokens, in PlaceMention mention)
    {
        if (mention.City)
        {
            return false;
        }

        if (PlaceModifiers.ModifiesStateOrgan(text, tokens, mention))
        {
            return true;
        }

        for (int i = 0; i < tokens.Length && Window.Contains(0, i); i++)
        {
            foreach (char c in tokens[i].Slice(text))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// True when the dateline only says where the story was filed: the headline names another country, which
    /// the article names too, and neither the headline nor the article names the dateline's own, nor its
    /// people, outside the dateline ("LONDON - Iran said over 2,600 Iraqis had been killed", from a radio report
    /// monitored there).
    /// </summary>
    public bool IsFilingPlace(ArticleHeadline headline, List<PlaceMention> mentions, string text, Token[] tokens)
    {
        string? code = Code;
        int end = End;
        return headline.First is { } first && code is not null && !headline.Codes.Contains(code) && mentions.Exists(m => m.Code == first && !m.Demonym)
            && !mentions.Exists(m => m.Code == code && m.Token >= end && !(m.Demonym && PlaceRoles.StartsName(text, tokens, m)));
    }
}
