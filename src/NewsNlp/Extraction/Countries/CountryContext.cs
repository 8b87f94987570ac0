using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// Context rules for country phrases with another common reading. Each rule looks only at the
/// neighbouring tokens; when unsure it stays out (rejects) or marks the match tentative, so a
/// country is never reported on ambiguous evidence alone.
/// </summary>
internal static class CountryContext
{
    /// <summary>Verbs and auxiliaries after a capital that make it the government acting ("Tehran said").</summary>
    private static readonly WordClass GovernmentVerbs = Lexicon.Default.Class("countries/government-verbs");

    /// <summary>Words before a capital that make it the government ("ties between Washington and Beijing").</summary>
    private static readonly WordClass GovernmentPrecursors = Lexicon.Default.Class("countries/government-precursors");

    /// <summary>Capitalized words that may follow a country name that is also a first name ("Jordan's King", "Chad President").</summary>
    private static readonly WordClass NameFollowers = Lexicon.Default.Class("countries/name-followers");

    /// <summary>Capitalized words that may precede such a name without making it a person's ("In Jordan", "Neighbouring Chad").</summary>
    private static readonly WordClass NamePrecursors = Lexicon.Default.Class("countries/name-precursors");

    /// <summary>Given names: in a title-case headline only one of them before a place still makes a person ("Michael Jordan").</summary>
    private static readonly WordClass GivenNames = Lexicon.Default.Class("people/given-names");

    /// <summary>Words around "Turkey" that make it the bird.</summary>
    private static readonly WordClass FoodWords = Lexicon.Default.Class("countries/food-words");

    /// <summary>ALL-CAPS words before "US" that make it the pronoun ("LET US", "TOLD US").</summary>
    private static readonly WordClass PronounPrecursors = Lexicon.Default.Class("countries/pronoun-precursors");

    /// <summary>Second halves of a hyphenated capital that make it the government ("Tehran-backed").</summary>
    private static readonly WordClass GovernmentSuffixes = Lexicon.Default.Class("countries/government-suffixes");

    /// <summary>Prepositions that make a capital a location, whatever follows ("in London", "near Tehran").</summary>
    private static readonly WordClass Locatives = Lexicon.Default.Class("countries/locatives");

    /// <summary>Words after a demonym that make it a language ("Spanish speakers", "Japanese-language").</summary>
    private static readonly WordClass LanguageNouns = Lexicon.Default.Class("countries/language-nouns");

    /// <summary>Words before a demonym that, with nothing after it, make it a language ("in French.", "speaks Spanish").</summary>
    private static readonly WordClass LanguageVerbs = Lexicon.Default.Class("countries/language-verbs");


    /// <summary>Applies <paramref name="term"/>'s rule to the phrase of <paramref name="count"/> tokens at <paramref name="index"/>.</summary>
    /// <returns>False when the context says it is not the country; <paramref name="match"/> then covers the phrase with no code.</returns>
    public static bool Apply(string text, ReadOnlySpan<Token> tokens, int index, int count, CountryTerm term, out CountryMatch match)
    {
        int start = tokens[index].Start;
        int end = tokens[index + count - 1].End;
        string code = term.Code!;
        bool tentative = term.Form == CountryForm.Place;
        CountryForm form = term.Form;
        bool person = false;
        bool accepted = term.Rule switch
        {
            AmbiguityRule.PersonName => !(person = LooksLikePerson(text, tokens, index, count)),
            AmbiguityRule.Food => !IsFood(text, tokens, index, count),
            AmbiguityRule.ShoutedWord => !IsShoutedPronoun(text, tokens, index),
            AmbiguityRule.NeedsEvidence => tentative = true,
            AmbiguityRule.Capital => AcceptCapital(text, tokens, index, count, ref form, ref tentative, ref person),
            _ => term.Form != CountryForm.Demonym || !IsLanguage(text, tokens, index, count),
        };

        // A rejected reading covers the phrase with Form Blocked; a person's name keeps its code.
        match = accepted
            ? new CountryMatch(code, form, start, end, count, tentative)
            : new CountryMatch(person ? code : "", CountryForm.Blocked, start, end, count, false);
        return accepted;
    }

    /// <summary>
    /// True when the phrase reads as the actor of its sentence: it opens the sentence (after "The",
    /// "But" or similar) or a reporting or action verb follows it ("Pakistan recalled", "Iran's ... said").
    /// </summary>
    public static bool IsActor(string text, ReadOnlySpan<Token> tokens, int index, int count, int sentenceFirstToken)
    {
        int next = index + count;
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> word = tokens[next].Slice(text);
            if (Lexicon.Default.Contains(GovernmentVerbs, word) && !word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        int first = sentenceFirstToken;
        while (first < index && (tokens[first].Kind != TokenKind.Word || Lexicon.Default.Contains(NamePrecursors, tokens[first].Slice(text))))
        {
            first++;
        }

        return first == index;
    }

    /// <summary>True for "backed", "led" and similar after a hyphen: the capital acts as the government.</summary>
    public static bool IsGovernmentSuffix(ReadOnlySpan<char> rest) => rest.Length > 0 && Lexicon.Default.Contains(GovernmentSuffixes, rest);

    private static bool AcceptCapital(string text, ReadOnlySpan<Token> tokens, int index, int count, ref CountryForm form, ref bool tentative, ref bool person)
    {
        if (count == 1 && (person = LooksLikePerson(text, tokens, index, count)))
        {
            return false; // "George Washington", "Paris Hilton"
        }

        if (ActsAsGovernment(text, tokens, index, count))
        {
            form = CountryForm.Capital;
            tentative = false;
        }
        else
        {
            form = CountryForm.Place;
            tentative = true;
        }

        return true;
    }

    private static bool ActsAsGovernment(string text, ReadOnlySpan<Token> tokens, int index, int count)
    {
        if (index > 0 && tokens[index - 1].Kind == TokenKind.Word && Lexicon.Default.Contains(Locatives, tokens[index - 1].Slice(text)))
        {
            return false; // "monitored in London said": the verb belongs to someone else
        }

        if (index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].Slice(text).Equals("of", StringComparison.Ordinal))
        {
            return false; // "the Bank of Tokyo's adviser", "the mayor of Paris"
        }

        int next = index + count;
        if (next < tokens.Length)
        {
            Token after = tokens[next];
            if (after.Kind == TokenKind.Clitic)
            {
                return true;
            }

            if (after.Kind == TokenKind.Word && Lexicon.Default.Contains(GovernmentVerbs, after.Slice(text)))
            {
                // "Tehran and Islamabad said": "and" counts only when another capital or a verb follows.
                ReadOnlySpan<char> word = after.Slice(text);
                if (!word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                return next + 1 < tokens.Length && Table(text, tokens, next + 1, out CountryTerm other, out int otherCount)
                    && other.Form == CountryForm.Capital && ActsAsGovernment(text, tokens, next + 1, otherCount);
            }
        }

        if (index > 0 && tokens[index - 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> before = tokens[index - 1].Slice(text);
            if (before.Equals("and", StringComparison.OrdinalIgnoreCase) && index > 1 && Table(text, tokens, index - 2, out CountryTerm other, out _)
                && other.Form == CountryForm.Capital)
            {
                // "... Tehran and Islamabad": the pair shares the role of its first member.
                return index > 2 && tokens[index - 3].Kind == TokenKind.Word && Lexicon.Default.Contains(GovernmentPrecursors, tokens[index - 3].Slice(text))
                    && !IsPlacePreposition(tokens[index - 3].Slice(text));
            }

            return Lexicon.Default.Contains(GovernmentPrecursors, before) && !IsPlacePreposition(before);
        }

        return false;
    }

    // "to Moscow", "from Tehran", "on Beijing" are usually travel, not government; only the verbs count.
    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
        || word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase);

    private static bool Table(string text, ReadOnlySpan<Token> tokens, int index, out CountryTerm term, out int count) =>
        CountryGazetteer.Table.TryMatch(text, tokens, index, tokens.Length, out term, out count) && term.Code is not null;

    private static bool LooksLikePerson(string text, ReadOnlySpan<Token> tokens, int index, int count)
    {
        if (LetterCase.IsShouting(text, tokens, index))
        {
            return false;
        }

        // "Baghdad Car Bomb Kills 17": in a headline written in title case every word is capitalised, so a capitalised neighbour
        // says nothing; only a known given name before the place still makes a person ("Michael Jordan Retires"). The case of the
        // line is read last, only when a capitalised neighbour would otherwise decide.
        int next = index + count;
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> word = tokens[next].Slice(text);
            if (char.IsUpper(word[0]) && !Lexicon.Default.Contains(NameFollowers, word) && !CountryGazetteer.Table.MayStartWith(word)
                && !LetterCase.HasBreakBetween(text, tokens[index + count - 1].End, tokens[next].Start) && !LetterCase.IsTitleCase(text, tokens, index, count))
            {
                return true; // "Chad Smith", "Jordan Peterson"
            }
        }

        if (index > 0)
        {
            Token before = tokens[index - 1];
            ReadOnlySpan<char> word = before.Slice(text);
            if (before.Kind == TokenKind.Abbreviation && Abbreviations.IsTitle(word))
            {
                return true; // "Mr. Jordan"
            }

            if (before.Kind == TokenKind.Word && char.IsUpper(word[0]) && !Lexicon.Default.Contains(NamePrecursors, word)
                && !CountryGazetteer.Table.MayStartWith(word) && !LetterCase.HasBreakBetween(text, before.End, tokens[index].Start)
                && (Lexicon.Default.Contains(GivenNames, word) || !LetterCase.IsTitleCase(text, tokens, index, count)))
            {
                return true; // "Michael Jordan", "George Washington"
            }
        }

        return false;
    }

    // "written in French.", "speaks Spanish and English", "Japanese-language": a language, not the country.
    private static bool IsLanguage(string text, ReadOnlySpan<Token> tokens, int index, int count)
    {
        int next = index + count;
        if (next < tokens.Length && tokens[next].Kind == TokenKind.Word && Lexicon.Default.Contains(LanguageNouns, tokens[next].Slice(text)))
        {
            return true;
        }

        if (!EndsLanguageList(text, tokens, next) || index == 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = tokens[index - 1].Slice(text);
        if (index >= 2 && (before is "," or "and" or "or") && Table(text, tokens, index - 2, out CountryTerm previous, out int previousCount)
            && previousCount == 1 && previous.Form == CountryForm.Demonym)
        {
            return IsLanguage(text, tokens, index - 2, 1); // "in Norwegian, Polish and Finnish"
        }

        return tokens[index - 1].Kind == TokenKind.Word && Lexicon.Default.Contains(LanguageVerbs, before);
    }

    // Nothing noun-like follows: the end, punctuation, or "and"/"or" and another bare demonym ("Polish and Finnish.").
    private static bool EndsLanguageList(string text, ReadOnlySpan<Token> tokens, int next)
    {
        if (next >= tokens.Length || tokens[next].Kind is TokenKind.Quote or TokenKind.Bracket
            || (tokens[next].Kind == TokenKind.Punctuation && tokens[next].Slice(text) is not ","))
        {
            return true;
        }

        ReadOnlySpan<char> word = tokens[next].Slice(text);
        return (word is "and" or "or" or ",") && next + 1 < tokens.Length && Table(text, tokens, next + 1, out CountryTerm term, out int count)
            && count == 1 && term.Form == CountryForm.Demonym && EndsLanguageList(text, tokens, next + 2);
    }

    /// <summary>True when a hyphenated demonym names a language ("French-speaking", "Arabic-language").</summary>
    public static bool IsLanguageSuffix(ReadOnlySpan<char> rest) => rest.Length > 0 && Lexicon.Default.Contains(LanguageNouns, rest);

    private static bool IsFood(string text, ReadOnlySpan<Token> tokens, int index, int count)
    {
        int next = index + count;
        return (index > 0 && tokens[index - 1].Kind == TokenKind.Word && Lexicon.Default.Contains(FoodWords, tokens[index - 1].Slice(text)))
            || (next < tokens.Length && tokens[next].Kind == TokenKind.Word && Lexicon.Default.Contains(FoodWords, tokens[next].Slice(text)));
    }

    private static bool IsShoutedPronoun(string text, ReadOnlySpan<Token> tokens, int index) =>
        LetterCase.IsShouting(text, tokens, index) && index > 0 && tokens[index - 1].Kind == TokenKind.Word && Lexicon.Default.Contains(PronounPrecursors, tokens[index - 1].Slice(text));

}
