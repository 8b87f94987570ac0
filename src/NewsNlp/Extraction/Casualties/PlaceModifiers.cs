using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// What the word after a place mention makes of it, for <see cref="MentionRoles"/> and <see cref="CasualtyPlaces"/>: a
/// mission abroad ("the Peruvian embassy"), a state organ at home ("the Mexican police"), a place ("the Peruvian
/// port", not "the Afghan border") or the start of a firm's or station's name ("Abu Dhabi TV").
/// </summary>
internal static class PlaceModifiers
{
    /// <summary>A state organ's noun stands at most two words after its people's name ("Mexican narcotics police").</summary>
    private static readonly TokenWindow OrganReach = new(0, 1);

    private static readonly WordClass PossessivePlaces = Lexicon.Default.Class("casualties/possessive-place-nouns");
    private static readonly WordClass AdministrativeNouns = Lexicon.Default.Class("casualties/administrative-nouns");
    private static readonly WordClass BorderNouns = Lexicon.Default.Class("casualties/border-nouns");
    private static readonly WordClass MissionNouns = Lexicon.Default.Class("casualties/mission-nouns");
    private static readonly WordClass StateOrgans = Lexicon.Default.Class("casualties/state-organ-nouns");
    private static readonly WordClass SponsorParticiples = Lexicon.Default.Class("casualties/sponsor-participles");

    /// <summary>
    /// True when a country's or people's name leads or backs a force ("Saudi-led airstrikes", "Saudi led airstrikes", "Iranian-backed
    /// militias", <c>sponsor-participles.txt</c>): the country acts through others; it says neither where harm was nor who fell.
    /// </summary>
    public static bool LeadsForce(string text, in PlaceMention mention)
    {
        int k = mention.End;
        if (k < text.Length && text[k] is '-' or '\u2010' or '\u2011' or ' ')
        {
            k++;
        }

        int start = k;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return k > start && start > mention.End && Lexicon.Default.Contains(SponsorParticiples, text.AsSpan(start, k - start));
    }

    /// <summary>True when a country's name or people's name modifies a noun of a mission abroad ("the Peruvian embassy", "the Soviet ambassador").</summary>
    public static bool ModifiesMission(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && Lexicon.Default.Contains(MissionNouns, tokens[next].Slice(text));
    }

    /// <summary>True when a people's name modifies a government, president or police within two words ("the Mexican narcotics police").</summary>
    public static bool ModifiesStateOrgan(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        for (int k = next; k < tokens.Length && OrganReach.Contains(next, k) && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (Lexicon.Default.Contains(StateOrgans, tokens[k].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a demonym modifies a place noun ("the Peruvian port", "the Salvadoran capital"); not a border, which
    /// names the neighbour ("a Pakistani village near the Afghan border").
    /// </summary>
    public static bool ModifiesPlace(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && Lexicon.Default.Contains(PossessivePlaces, tokens[next].Slice(text)) && !Lexicon.Default.Contains(BorderNouns, tokens[next].Slice(text));
    }

    /// <summary>
    /// True when a country's name modifies a border noun ("near the Cameroon border", "at the Afghanistan frontier"): as a
    /// people's name before one does ("near the Afghan border"), it names the neighbour of the place, not the place.
    /// </summary>
    public static bool ModifiesBorder(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return !mention.City && next < tokens.Length && Lexicon.Default.Contains(BorderNouns, tokens[next].Slice(text));
    }

    /// <summary>
    /// In mixed-case text, a city before a capitalised word that is no region's noun starts the name of a firm or a
    /// station ("an Abu Dhabi TV photojournalist", "the Kabul Times"), not a place ("Usulutan Department").
    /// </summary>
    public static bool StartsOrganizationName(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens[next].Start])
            && text.AsSpan(mention.Start, mention.End - mention.Start).ContainsAnyInRange('a', 'z')
            && !Lexicon.Default.Contains(AdministrativeNouns, tokens[next].Slice(text));
    }
}
