using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Which side of the article's war an owner-less force phrase names (<see cref="UnnamedForces"/>).</summary>
internal enum ForceSide : byte
{
    /// <summary>No force phrase, or one whose owner is named ("FMLN troops", "Honduran troops": the finders read those).</summary>
    None,

    /// <summary>"the rebels", "guerrilla commandos", "rebel troops": the article's armed group.</summary>
    Fighters,

    /// <summary>"troops", "3rd brigade troops", "the security forces": the state the group fights.</summary>
    State,
}

/// <summary>
/// Reads owner-less force phrases ("3RD INFANTRY BRIGADE TROOPS", "THE REBELS", "URBAN GUERRILLA COMMANDOS") for
/// <see cref="UnnamedForces"/>: which side a head names, where its phrase starts, and which words may stand inside it.
/// </summary>
internal sealed class ForcePhrases
{
    // Heads of a state's force phrase ("troops", "brigade", "forces").
    private static readonly WordClass StateTroopNouns = Lexicon.Default.Class("events/state-troop-nouns");

    // Fighters of an armed group without its name ("guerrillas", "rebels").
    private static readonly WordClass RebelNouns = Lexicon.Default.Class("events/rebel-nouns");

    // Words inside a force phrase before its head ("army troops", "the security forces", "enemy troops").
    private static readonly WordClass ForceModifiers = Lexicon.Default.Class("events/force-modifiers");

    // Words that make a force phrase a part or count of the side ("the five other rebel groups"), not the side itself.
    private static readonly WordClass PartQuantifiers = Lexicon.Default.Class("events/part-quantifiers");

    // "3RD INFANTRY BRIGADE TROOPS", "THE SALVADORAN AIR FORCE": modifiers stand at most four words before the head.
    internal const int ModifierWords = 4;

    private readonly Document document;

    private readonly ActorIndex index;

    /// <summary>Creates the reader over one document and its participant mentions.</summary>
    public ForcePhrases(Document document, ActorIndex index)
    {
        this.document = document;
        this.index = index;
    }

    /// <summary>True when token <paramref name="t"/> is a fighters' noun ("rebel", "guerrillas").</summary>
    internal bool IsRebelNoun(int t) => document.IsWordOf(t, RebelNouns);

    /// <summary>The side of the force phrase whose head is token <paramref name="t"/>, or none (also for a part or count of the side when <paramref name="wholeSide"/>).</summary>
    internal ForceSide SideOfHead(int t, bool wholeSide = false)
    {
        bool rebel = document.IsWordOf(t, RebelNouns);
        if ((!rebel && !document.IsWordOf(t, StateTroopNouns)) || index.Covers(t))
        {
            return ForceSide.None;
        }

        // A rebel noun that modifies another force word ("rebel troops", "guerrilla commandos") is read at that word.
        if (rebel && t + 1 < document.Tokens.Length && (document.IsWordOf(t + 1, StateTroopNouns) || document.IsWordOf(t + 1, RebelNouns)))
        {
            return ForceSide.None;
        }

        for (int m = t - 1; m >= 0 && m >= t - ModifierWords; m--)
        {
            if (index.Covers(m) || Word(m) is "our" or "my" or "we" or "your")
            {
                // "FMLN TROOPS", "VIDES CASANOVA'S TROOPS", "HONDURAN TROOPS": the owner is named, the finders read it; "OUR FORCES"
                // is the voice's (VoiceReader).
                return ForceSide.None;
            }

            if (!IsForceModifier(m))
            {
                break;
            }

            if (wholeSide && (document.IsWordOf(m, PartQuantifiers) || document.Tokens[m].Kind == TokenKind.Number))
            {
                return ForceSide.None;
            }

            rebel |= document.IsWordOf(m, RebelNouns);
        }

        // "TROOPS OF THE FMLN", "FORCES OF IRAQ": the owner follows.
        if (t + 1 < document.Tokens.Length && Word(t + 1) is "of")
        {
            for (int o = t + 2; o < Math.Min(document.Tokens.Length, t + 5); o++)
            {
                if (index.Covers(o))
                {
                    return ForceSide.None;
                }
            }
        }

        return rebel ? ForceSide.Fighters : ForceSide.State;
    }

    /// <summary>The first token of the force phrase whose head is <paramref name="t"/>.</summary>
    internal int PhraseStart(int t)
    {
        int start = t;
        for (int m = t - 1; m >= 0 && m >= t - ModifierWords && IsForceModifier(m); m--)
        {
            start = m;
        }

        return start;
    }

    /// <summary>
    /// A word that stands inside a force phrase before its head: a determiner, number, quantifier ("five other"), ordinal ("3RD",
    /// "4TH", "3D"), possessive ending, force noun or force modifier ("army", "infantry", "enemy"). Any other word ends the phrase ("AT NOON TODAY TROOPS").
    /// </summary>
    private bool IsForceModifier(int t)
    {
        Token token = document.Tokens[t];
        if (token.Kind is TokenKind.Number or TokenKind.Clitic)
        {
            return true;
        }

        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(token);
        return document.IsWordOf(t, EventWords.Determiners) || document.IsWordOf(t, ForceModifiers) || document.IsWordOf(t, StateTroopNouns)
            || document.IsWordOf(t, RebelNouns) || document.IsWordOf(t, PartQuantifiers) || IsOrdinal(word);
    }

    /// <summary>"3RD", "4th", "3D", "1ST": a digit-led ordinal.</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits > 0 && word.Length - digits is 1 or 2 && char.IsAsciiLetter(word[^1]);
    }

    /// <summary>A word that may stand inside a force phrase before its head: a determiner, number, ordinal or adjective, not a preposition, verb of saying or clause opener.</summary>
    internal bool IsModifierWord(int t)
    {
        Token token = document.Tokens[t];
        if (token.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation or TokenKind.Clitic))
        {
            return false;
        }

        // Lowercased first, as the bulletins are upper case and "have" forms are a case-sensitive class; no string is made.
        ReadOnlySpan<char> text = document.Span(token);
        Span<char> word = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(word);
        return !EventWords.Prepositions.Contains(word) && !EventWords.ClauseOpeners.Contains(word) && !EventWords.Coordinators.Contains(word)
            && !EventWords.BeForms.Contains(word) && !EventWords.HaveForms.Contains(word)
            && (word is "armed" or "united" || (!word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)));
    }

    internal string Word(int t) => document.Span(document.Tokens[t]).ToString().ToLowerInvariant();
}
