using System.Buffers;
using NewsNlp.Extraction.Entities;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// The country an official most likely acts for when the title does not say: a country or national
/// body in the same phrase ("The US State Department said John Kerry", "Soviet leader Mikhail
/// Gorbachev and Foreign Minister Eduard Shevardnadze"), never one that belongs to another phrase
/// (another person's title, "to Iran", "in London", a clause after "said"). Built once per
/// document from the country stage's mentions; every scan is bounded by one sentence.
/// </summary>
internal sealed class CountryContext : IDisposable
{
    private static readonly WordClass ClauseBreaks = Lexicon.Default.Class("people/clause-breaks");

    private static readonly WordClass Prepositions = Lexicon.Default.Class("people/place-prepositions");

    private readonly Document document;
    private readonly EntityGazetteer gazetteer;
    private readonly string?[] countryAt;
    private readonly bool[] nameAt;
    private readonly int[] personAt;

    /// <summary>Returns the rented per-token arrays to the shared pool; the context must not be used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<string?>.Shared.Return(countryAt, clearArray: true);
        ArrayPool<bool>.Shared.Return(nameAt);
        ArrayPool<int>.Shared.Return(personAt);
    }

    /// <summary>Wraps the indexes <see cref="CountryContextBuilder"/> made; the arrays are rented and returned on dispose.</summary>
    internal static CountryContext Create(Document document, EntityGazetteer gazetteer, string?[] countryAt, bool[] nameAt, int[] personAt, Dictionary<string, int> named, string? dateline) =>
        new(document, gazetteer, countryAt, nameAt, personAt, named, dateline);

    private CountryContext(Document document, EntityGazetteer gazetteer, string?[] countryAt, bool[] nameAt, int[] personAt, Dictionary<string, int> named, string? dateline)
    {
        this.document = document;
        this.gazetteer = gazetteer;
        this.countryAt = countryAt;
        this.nameAt = nameAt;
        this.personAt = personAt;
        Named = named.Keys.ToHashSet(StringComparer.Ordinal);
        DatelineCountry = dateline;
        if (named.Count == 1)
        {
            foreach ((string code, int mentions) in named)
            {
                OnlyCountry = mentions >= 2 ? code : null;
                SoleSubject = mentions >= SoleSubjectMentions ? code : null;
            }
        }

        // "Yemen" four times and "Iran" once: the article is about Yemen and its officials.
        int most = 0;
        int second = 0;
        foreach ((string code, int mentions) in named)
        {
            if (mentions > most)
            {
                (second, most) = (most, mentions);
                MainCountry = code;
            }
            else
            {
                second = Math.Max(second, mentions);
            }
        }

        if (most < 2 || most < DominanceRatio * second)
        {
            MainCountry = null;
        }
    }

    // How many times more often than any other the main country must be named: an article on
    // US-Soviet talks that names the US three times and the Soviet Union once is about both.
    private const int DominanceRatio = 4;

    /// <summary>The country an article names at least twice and four times as often as any other (its only one included); else null.</summary>
    public string? MainCountry { get; }

    /// <summary>The countries the article names outside its dateline.</summary>
    public IReadOnlySet<string> Named { get; }

    // How often an article must name its only country to be about it throughout: a business story
    // that names the United States twice is not about the United States.
    private const int SoleSubjectMentions = 4;

    /// <summary>The one country an article names, at least four times, and no other: what every person in it belongs to; else null.</summary>
    public string? SoleSubject { get; }

    /// <summary>The one country an article names, at least twice, and no other; else null.</summary>
    public string? OnlyCountry { get; }

    /// <summary>The country of a Reuters-style dateline ("BONN, March 24 -") when the body names it too and it is the most salient country, else null.</summary>
    public string? DatelineCountry { get; }

    /// <summary>
    /// The country of the phrase around <paramref name="mention"/>: looking back from
    /// <paramref name="from"/> (the title's first token, or the name's) to the start of the clause,
    /// then forward through the capitalised words right after the name.
    /// </summary>
    public string? Nearest(PersonMention mention, int from, int self)
    {
        Token[] tokens = document.Tokens;
        Sentence sentence = document.Sentences[mention.Sentence];
        for (int t = from - 1; t >= sentence.FirstToken; t--)
        {
            int other = personAt[t];
            if (other >= 0 && other != self)
            {
                // "Soviet leader Mikhail Gorbachev and Foreign Minister X": the pair shares a country.
                if (t + 1 == from || document.Span(tokens[t + 1]) is "and" && t + 2 == from)
                {
                    while (t > sentence.FirstToken && personAt[t - 1] == other)
                    {
                        t--;
                    }

                    continue;
                }

                return null;
            }

            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if ((tokens[t].Kind == TokenKind.Quote && !IsPossessiveQuote(t)) || word is ";" || Lexicon.Default.Contains(ClauseBreaks, word))
            {
                return null;
            }

            // A body the article never ties to a country by name ("the SEC approved a request by
            // ... trader X") speaks for the person only as the title's own first words ("SEC chairman X").
            bool ownPhrase = t + 1 == from || (t + 2 == from && tokens[t + 1].Kind == TokenKind.Clitic);
            if (TryBodyEndingAt(t, sentence.FirstToken, ownPhrase, out string? body))
            {
                return body;
            }

            if (TryCountryAt(t, sentence.FirstToken, out string code, out int start) && !IsObject(start, sentence.FirstToken, t))
            {
                return code;
            }
        }

        for (int t = mention.EndToken; t < sentence.EndToken; t++)
        {
            if (personAt[t] >= 0 && personAt[t] != self)
            {
                return null;
            }

            Token token = tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            bool allowed = token.Kind == TokenKind.Clitic || word is "," or "of" or "the" or "for"
                || (token.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(word[0]));
            if (!allowed)
            {
                return null;
            }

            if (TryBodyEndingAt(t, mention.EndToken, true, out string? body))
            {
                return body;
            }

            if (countryAt[t] is { } found)
            {
                return found;
            }

            if (char.IsUpper(word[0]) && PersonAttributes.TryCountryEndingAt(document, t, t, gazetteer, out string code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The document the context indexes.</summary>
    public Document Document => document;

    /// <summary>The country the country stage found at token <paramref name="t"/> (a name, demonym or place), or null.</summary>
    public string? CountryAt(int t) => countryAt[t];

    /// <summary>"Papandreou said Greece was ready": the country a speaker names as the subject of what they said.</summary>
    public string? SaidCountry(PersonMention mention)
    {
        Token[] tokens = document.Tokens;
        int t = mention.EndToken;
        int end = document.Sentences[mention.Sentence].EndToken;
        if (t + 2 >= end || document.Span(tokens[t]) is not ("said" or "says"))
        {
            return null;
        }

        int k = t + 1;
        if (countryAt[k] is not { } code || !nameAt[k])
        {
            return null;
        }

        while (k < end && countryAt[k] == code)
        {
            k++;
        }

        return k < end && document.Span(tokens[k]) is "was" or "is" or "would" or "will" or "had" or "has" or "could" or "must" or "should" ? code : null;
    }

    private bool TryCountryAt(int t, int first, out string code, out int start)
    {
        if (countryAt[t] is { } found)
        {
            start = t;
            while (start > first && countryAt[start - 1] == found)
            {
                start--;
            }

            code = found;
            return true;
        }

        start = t;
        if (char.IsUpper(document.Span(document.Tokens[t])[0]) && PersonAttributes.TryCountryEndingAt(document, t, first, gazetteer, out code))
        {
            return true;
        }

        code = "";
        return false;
    }

    /// <summary>"Ecuador"s deputy minister": a wire text's double quote standing for an apostrophe.</summary>
    private bool IsPossessiveQuote(int t)
    {
        Token[] tokens = document.Tokens;
        return t > 0 && t + 1 < tokens.Length && tokens[t + 1].Start == tokens[t].End && tokens[t - 1].End == tokens[t].Start
            && document.Span(tokens[t + 1]) is "s";
    }

    /// <summary>"arms to Iran", "in London": a country name that is the object of a preposition is a place, not a side ("by Nicaragua's governor" is not).</summary>
    private bool IsObject(int start, int first, int t)
    {
        Token[] tokens = document.Tokens;
        if ((countryAt[t] is not null && !nameAt[t])
            || (t + 1 < tokens.Length && (tokens[t + 1].Kind == TokenKind.Clitic || (tokens[t + 1].Kind == TokenKind.Quote && IsPossessiveQuote(t + 1)))))
        {
            return false;
        }

        int k = start - 1;
        if (k >= first && document.Span(document.Tokens[k]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return k >= first && Lexicon.Default.Contains(Prepositions, document.Span(document.Tokens[k]));
    }

    private bool TryBodyEndingAt(int t, int first, bool byDefault, out string? code)
    {
        Token[] tokens = document.Tokens;
        AffiliationLexicon lexicon = AffiliationLexicon.Default;
        for (int n = Math.Min(lexicon.LongestPhraseWords, t - first + 1); n >= 1; n--)
        {
            int s = t - n + 1;
            if (char.IsUpper(document.Span(tokens[s])[0])
                && lexicon.TryGet(document.Text.AsSpan(tokens[s].Start, tokens[t].End - tokens[s].Start), out Affiliation body) && body.Kind == AffiliationKind.Body)
            {
                code = body.Pick(Named);
                if (code is not null && !byDefault && !Named.Contains(code))
                {
                    code = null;
                }

                return code is not null;
            }
        }

        code = null;
        return false;
    }
}
