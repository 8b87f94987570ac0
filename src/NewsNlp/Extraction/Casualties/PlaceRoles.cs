using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// What a place mention does in its sentence, for <see cref="CasualtyPlaces"/>: it may speak ("Iran
/// said"), be where people or goods went ("exporting to the Soviet Union"), modify a noun ("U.S.
/// troops") or start a name ("the British Broadcasting Corporation"); none of these says where harm happened.
/// Also where a dateline ends, and the place a "where" clause refers back to.
/// </summary>
internal static class PlaceRoles
{
    /// <summary>A locative preposition stands at most two tokens before its place ("in a Baghdad slum").</summary>
    private static readonly TokenWindow LocalReach = new(2, 0);

    /// <summary>A locative preposition stands at most five tokens before the "of" of its phrase ("in the north of", "in the Soviet Transcaucasian republic of").</summary>
    private static readonly TokenWindow OfPhraseReach = new(5, 0);

    /// <summary>A direction word stands at most two tokens before its place ("exporting equipment to the Soviet Union").</summary>
    private static readonly TokenWindow LocativeReach = new(2, 0);

    /// <summary>A place's speaking verb stands at most four tokens after it ("U.S. and Iraqi officials said").</summary>
    private static readonly TokenWindow SpeakerReach = new(0, 4);

    /// <summary>A "where" opens the count's clause at most twelve tokens before the count.</summary>
    private static readonly TokenWindow WhereReach = new(12, 0);

    /// <summary>The place noun after a possessive country stands within four words ("Yemen's | Red Sea border area").</summary>
    private const int OwnedPlaceReach = 4;

    private static readonly WordClass PersonNouns = Lexicon.Default.Class("casualties/person-nouns");
    private static readonly WordClass ArmedGroups = Lexicon.Default.Class("casualties/armed-victim-groups");
    private static readonly WordClass PeriodNouns = Lexicon.Default.Class("casualties/period-nouns");
    private static readonly WordClass Campaigns = Lexicon.Default.Class("casualties/campaign-nouns");
    private static readonly WordClass ConflictModifiers = Lexicon.Default.Class("casualties/conflict-modifiers");
    private static readonly WordClass Locatives = Lexicon.Default.Class("casualties/place-prepositions");
    private static readonly WordClass PossessivePlaces = Lexicon.Default.Class("casualties/possessive-place-nouns");
    private static readonly WordClass ModifierBreaks = Lexicon.Default.Class("casualties/place-modifier-breaks");
    private static readonly WordClass SourceVerbs = Lexicon.Default.Class("casualties/source-verbs");
    private static readonly WordClass Directions = Lexicon.Default.Class("casualties/place-directions");
    private static readonly WordClass CapitalModifierNouns = Lexicon.Default.Class("casualties/capital-modifier-nouns");

    /// <summary>True when the evidence [<paramref name="start"/>, <paramref name="end"/>) names armed victims ("three Egyptian troops"), who mostly fall at home.</summary>
    public static bool NamesArmedVictims(string text, Token[] tokens, int start, int end)
    {
        for (int k = LowerBound.Of(tokens, start, static t => t.Start); k < tokens.Length && tokens[k].Start < end; k++)
        {
            if (CasualtyLexicon.TryGroup(tokens[k].Slice(text), out string group) && Lexicon.Default.Contains(ArmedGroups, group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a country's name modifies a noun of people ("TWO U.S. CITIZENS"): their nationality.</summary>
    public static bool ModifiesPerson(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        if (next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        // The person nouns are singular ("citizen"); a plural names people too ("CITIZENS").
        ReadOnlySpan<char> noun = tokens[next].Slice(text);
        ReadOnlySpan<char> singular = noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? noun[..^1] : noun;
        return Lexicon.Default.Contains(PersonNouns, noun) || Lexicon.Default.Contains(PersonNouns, singular) || CasualtyLexicon.TryGroup(noun, out _);
    }

    /// <summary>
    /// True when a demonym modifies a war or fighting noun ("the Salvadoran war", "the Iraqi offensive"), also past a word that
    /// says what kind of war (<c>conflict-modifiers.txt</c>: "the Yemeni civil war"), which says where.
    /// </summary>
    public static bool ModifiesConflict(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        next += next + 1 < tokens.Length && Lexicon.Default.Contains(ConflictModifiers, tokens[next].Slice(text)) ? 1 : 0;
        return next < tokens.Length && (Lexicon.Default.Contains(PeriodNouns, tokens[next].Slice(text)) || Lexicon.Default.Contains(Campaigns, tokens[next].Slice(text)));
    }

    /// <summary>
    /// A country with a possessive names an owner ("Iran's week-old offensive", "Iran's forces"), who acts, not
    /// where harm happened; but "Iran's capital", "Iraq's northern provinces" name a place (<c>possessive-place-nouns.txt</c>).
    /// </summary>
    public static bool IsOwner(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        if (next >= tokens.Length || tokens[next].Kind != TokenKind.Clitic || !tokens[next].Slice(text).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int k = next + 1; k < tokens.Length && k <= next + OwnedPlaceReach && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (Lexicon.Default.Contains(PossessivePlaces, tokens[k].Slice(text)))
            {
                return false;
            }

            if (Lexicon.Default.Contains(Locatives, tokens[k].Slice(text)) || tokens[k].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                // "Iran's week-old offensive in northeast Iraq": the owned phrase ends at its preposition.
                break;
            }
        }

        return true;
    }

    /// <summary>True when punctuation sets a place off from the words after it, as in a dateline ("LONDON, March 7 -", "PARIS (Reuters) -").</summary>
    public static bool IsSetOff(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        // A period sets off only an abbreviation that a comma or a dash follows ("MURDOCHVILLE, Que., April 2 -").
        return next >= tokens.Length || tokens[next].Slice(text) is [',' or '-' or '(' or '\u2013' or '\u2014' or ':'] or "--"
            || (tokens[next].Slice(text) is ['.'] && next + 1 < tokens.Length && tokens[next + 1].Slice(text) is [',' or '-']);
    }

    /// <summary>A demonym before a capitalised word starts a name ("the British Broadcasting Corporation"), not the country's people.</summary>
    public static bool StartsName(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start]) && !char.IsUpper(text[tokens[next].End - 1]);
    }

    /// <summary>
    /// A place that speaks ("Iran said", "Iraq reported", "U.S. officials said") or that people or goods went to or came from
    /// ("exporting equipment to the Soviet Union") is not where the harm happened.
    /// </summary>
    public static bool IsSpeakerOrDirection(string text, Token[] tokens, in PlaceMention mention) =>
        IsSpeaker(text, tokens, mention) || IsDirection(text, tokens, mention);

    /// <summary>True for a country whose people speak ("Iran said", "U.S. and Iraqi officials said").</summary>
    public static bool IsSpeaker(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        for (int k = next; k < tokens.Length && SpeakerReach.Contains(next, k) && tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation; k++)
        {
            if (Lexicon.Default.Contains(SourceVerbs, tokens[k].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a place people or goods went to or came from ("exporting equipment to the Soviet Union", "via Guatemala").</summary>
    public static bool IsDirection(string text, Token[] tokens, in PlaceMention mention)
    {
        for (int k = mention.Token - 1; k >= 0 && LocativeReach.Contains(mention.Token, k); k--)
        {
            if (Lexicon.Default.Contains(Directions, tokens[k].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A country name used as a modifier ("U.S. troops", "US ammunition dump") names a nationality, not a place; a city's does not (<see cref="PlaceMention.City"/>).</summary>
    public static bool IsModifier(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word
            && ((char.IsLower(text[tokens[next].Start]) && !Lexicon.Default.Contains(ModifierBreaks, tokens[next].Slice(text)))
                || (IsCapitals(text.AsSpan(mention.Start, mention.End - mention.Start))
                    && (ModifiesPerson(text, tokens, mention) || ModifiesActor(text, tokens, mention))));
    }

    /// <summary>True when a country's name modifies a noun of people or, not a city's, of an actor: a nationality, not a dateline.</summary>
    public static bool OpensWithNationality(string text, Token[] tokens, in PlaceMention mention) =>
        ModifiesPerson(text, tokens, mention) || (!mention.City && ModifiesActor(text, tokens, mention));

    /// <summary>True when a country's name modifies a noun of an actor or its arm ("THE U.S. INVASION", "the U.S. embassy").</summary>
    public static bool ModifiesActor(string text, Token[] tokens, in PlaceMention mention)
    {
        int next = LowerBound.Of(tokens, mention.End, static t => t.Start);
        return next < tokens.Length && tokens[next].Kind == TokenKind.Word && Lexicon.Default.Contains(CapitalModifierNouns, tokens[next].Slice(text));
    }

    /// <summary>
    /// True for a word of two or more letters in capitals: in all-capitals text case cannot tell a modifier from a
    /// name, so only a noun of people after it ("TWO U.S. CITIZENS") or of an actor's arm does ("THE U.S. INVASION").
    /// </summary>
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    /// <summary>The place named just before a "where" that opens the count's clause ("Taiwan, where it caused two deaths"), or null.</summary>
    public static string? PlaceBeforeWhere(string text, Token[] tokens, List<PlaceMention> mentions, in Sentence sentence, int start)
    {
        int first = sentence.FirstToken;
        int count = LowerBound.Of(tokens, start, static t => t.Start);
        for (int k = count - 1; k > first && WhereReach.Contains(count, k); k--)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(text);
            if (word is [';' or '.' or ':'])
            {
                return null;
            }

            if (word.Equals("where", StringComparison.OrdinalIgnoreCase))
            {
                int before = tokens[k - 1].Slice(text) is [','] ? k - 2 : k - 1;
                return before < first ? null : mentions.Find(m => m.Token >= first && !m.Demonym && m.End == tokens[before].End).Code;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a locative preposition stands just before the place at <paramref name="token"/> ("in Gaza"), or
    /// before a part of a place whose "of" it ends ("in the mountains of northeast Iraq", "on the outskirts of Lima").
    /// </summary>
    public static bool IsLocative(string text, Token[] tokens, int token)
    {
        int of = token - 1 >= 0 && tokens[token - 1].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase) ? token - 1
            : token - 2 >= 0 && tokens[token - 2].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase) ? token - 2 : -1;
        if (of > 0 && !Lexicon.Default.Contains(PossessivePlaces, tokens[of - 1].Slice(text)))
        {
            // "in the deaths of one US soldier" names victims, not a part of a place.
            of = -1;
        }

        return HasLocativeBefore(text, tokens, token, LocalReach) || (of > 0 && HasLocativeBefore(text, tokens, of, OfPhraseReach));
    }

    private static bool HasLocativeBefore(string text, Token[] tokens, int token, TokenWindow reach)
    {
        for (int k = token - 1; k >= 0 && reach.Contains(token, k); k--)
        {
            if (Lexicon.Default.Contains(Locatives, tokens[k].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }
}
