using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>The <see cref="PlaceRole"/> of each place mention of a text, for <see cref="CasualtyPlaces"/>.</summary>
internal static class MentionRoles
{
    /// <summary>A venue noun stands at most eight tokens before the preposition of its place, in its clause ("the meeting slated to start on 20 November in").</summary>
    private static readonly TokenWindow VenueReach = new(8, 0);

    /// <summary>A locative preposition stands at most two tokens before its place ("in the Mexican capital").</summary>
    private static readonly TokenWindow PrepositionReach = new(2, 0);

    /// <summary>A place chained to a destination follows it within four tokens ("Tegucigalpa and Houston in the United States").</summary>
    private const int ChainReach = 4;

    private static readonly WordClass VenueNouns = Lexicon.Default.Class("casualties/venue-nouns");
    private static readonly WordClass Locatives = Lexicon.Default.Class("casualties/place-prepositions");
    private static readonly WordClass WhereActorNouns = Lexicon.Default.Class("casualties/where-actor-nouns");
    private static readonly WordClass ChainWords = Lexicon.Default.Class("casualties/place-chain-words");
    private static readonly WordClass NeighbourWords = Lexicon.Default.Class("casualties/neighbour-words");

    /// <summary>The role of every mention of <paramref name="mentions"/>, which are in text order.</summary>
    public static PlaceRole[] Assign(string text, Token[] tokens, List<PlaceMention> mentions)
    {
        var roles = new PlaceRole[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            roles[i] = RoleOf(text, tokens, mentions, roles, i);
        }

        return roles;
    }

    private static PlaceRole RoleOf(string text, Token[] tokens, List<PlaceMention> mentions, PlaceRole[] roles, int index)
    {
        PlaceMention mention = mentions[index];

        // "in the mountainous region bordering Cameroon", "near the Cameroon border": the country after such a word, or
        // before a border noun, is the neighbour of the place of harm, even within reach of a where-word.
        if ((mention.Token > 0 && Lexicon.Default.Contains(NeighbourWords, tokens[mention.Token - 1].Slice(text)))
            || (!mention.Demonym && PlaceModifiers.ModifiesBorder(text, tokens, mention)))
        {
            return PlaceRole.Neighbour;
        }

        bool locative = PlaceRoles.IsLocative(text, tokens, mention.Token);

        // "in the Peruvian port of Callao", "in the Salvadoran capital": a people's name before a place noun after a
        // where-word names where.
        if (mention.Demonym && locative && PlaceModifiers.ModifiesPlace(text, tokens, mention))
        {
            return PlaceRole.Locative;
        }

        // "Saudi-led airstrikes", "Iranian-backed militias": a country that leads or backs a force is no place and no people of the victims.
        if (PlaceModifiers.LeadsForce(text, mention))
        {
            return PlaceRole.Sponsor;
        }

        // "the Peruvian embassy", "the Soviet ambassador to Peru": a country's mission stands in another country.
        if (PlaceModifiers.ModifiesMission(text, tokens, mention))
        {
            return PlaceRole.Mission;
        }

        // A people's name, an owner that acts or a country name before a noun says who (the existing reading). After a
        // where-word only before a noun of a state's forces or aid: "near a U.S. military patrol", "a cut in the U.S.
        // military assistance" say whose patrol or aid, not where; "in Iraq bombings", "in Iraq would" still say where.
        if (mention.Demonym || (!mention.City && PlaceRoles.IsOwner(text, tokens, mention))
            || (!mention.City && (locative ? ModifiesForce(text, tokens, mention) : PlaceRoles.IsModifier(text, tokens, mention))))
        {
            return PlaceRole.Nationality;
        }

        // A place after "to", "from", "via" is where people went or came from, and so is a place chained to it
        // ("to Tegucigalpa and Houston in the United States"): the journey's end says nothing of where harm was.
        if (ChainedToDestination(text, tokens, mentions, roles, index))
        {
            return PlaceRole.Destination;
        }

        if (!locative && PlaceRoles.IsDirection(text, tokens, mention))
        {
            return PlaceRole.Destination;
        }

        if (!locative && PlaceRoles.IsSpeaker(text, tokens, mention))
        {
            return PlaceRole.Speaker;
        }

        // "the Caracas meeting", "talks in Madrid", "signed an agreement recently in Mexico City": the place of a
        // meeting or a journey, an act that is no harm.
        if (IsVenue(text, tokens, mention, locative))
        {
            return PlaceRole.Venue;
        }

        return locative ? PlaceRole.Locative : PlaceRole.Name;
    }

    /// <summary>True when a country's name modifies a noun of a state's forces, custody or aid (<c>where-actor-nouns.txt</c>: "a U.S. military patrol").</summary>
    private static bool ModifiesForce(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && Lexicon.Default.Contains(WhereActorNouns, tokens[next].Slice(text));
    }

    private static bool ChainedToDestination(string text, Token[] tokens, List<PlaceMention> mentions, PlaceRole[] roles, int index)
    {
        if (index == 0 || roles[index - 1] != PlaceRole.Destination || mentions[index - 1].Sentence != mentions[index].Sentence)
        {
            return false;
        }

        int from = LowerBound.Of(tokens, mentions[index - 1].End, static t => t.Start);
        if (mentions[index].Token - from > ChainReach)
        {
            return false;
        }

        for (int k = from; k < mentions[index].Token; k++)
        {
            if (!Lexicon.Default.Contains(ChainWords, tokens[k].Slice(text)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVenue(string text, Token[] tokens, in PlaceMention mention, bool locative)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        if (next < tokens.Length && Lexicon.Default.Contains(VenueNouns, tokens[next].Slice(text)))
        {
            return true;
        }

        if (!locative)
        {
            return false;
        }

        // The preposition before the place, then a venue noun just before it.
        for (int k = mention.Token - 1; k >= 0 && PrepositionReach.Contains(mention.Token, k); k--)
        {
            if (!Lexicon.Default.Contains(Locatives, tokens[k].Slice(text)))
            {
                continue;
            }

            for (int j = k - 1; j >= 0 && VenueReach.Contains(k, j); j--)
            {
                // A clause break or a harm word between them ("a meeting where gunmen killed 12 in") ties the place to other words.
                if (tokens[j].Slice(text) is ['.' or ';' or ','] || CasualtyLexicon.KindsOf(tokens[j].Slice(text)) != CasualtyKinds.None)
                {
                    break;
                }

                if (Lexicon.Default.Contains(VenueNouns, tokens[j].Slice(text)))
                {
                    return true;
                }
            }

            break;
        }

        return false;
    }
}
