using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>The places an article's headline names, for <see cref="CasualtyPlaces"/>.</summary>
/// <param name="First">Its first place that is no nationality, else its first mention: the country the headline is about.</param>
/// <param name="Place">Its where-word's place ("Killed in Iraq Bombings"), else the people of a war it names ("Syrian civil war"), else its first place named as no nationality, speaker, destination or venue.</param>
/// <param name="Codes">Every country it names.</param>
internal sealed record ArticleHeadline(string? First, string? Place, HashSet<string> Codes)
{
    /// <summary>The places of <paramref name="title"/>; none when it is null or blank.</summary>
    public static ArticleHeadline Of(string? title)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(title))
        {
            return new ArticleHeadline(null, null, codes);
        }

        var mentions = new List<PlaceMention>();
        Token[] tokens = Tokenizer.Tokenize(title);
        PlaceMentions.Collect(title, tokens, mentions, null);
        PlaceRole[] roles = MentionRoles.Assign(title, tokens, mentions);
        codes.UnionWith(mentions.Select(static m => m.Code));
        string? first = mentions.FirstOrDefault(static m => !m.Demonym).Code ?? mentions.FirstOrDefault().Code;
        int locative = Array.IndexOf(roles, PlaceRole.Locative);
        int named = Array.IndexOf(roles, PlaceRole.Name);
        // A people's war names its place ("Yemeni Civil War (2015)", "Iraq War": headlines that are the story's topic).
        int conflict = Enumerable.Range(0, mentions.Count).FirstOrDefault(i => roles[i] == PlaceRole.Nationality && PlaceRoles.ModifiesConflict(title, tokens, mentions[i]), -1);
        string? place = locative >= 0 ? mentions[locative].Code : conflict >= 0 ? mentions[conflict].Code : named >= 0 ? mentions[named].Code : null;
        return new ArticleHeadline(first, place, codes);
    }
}
