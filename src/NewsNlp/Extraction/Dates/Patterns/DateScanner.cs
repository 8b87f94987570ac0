using System.Buffers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The patterns' view of one document: its tokens, the sentence being scanned (no pattern reads
/// across a sentence end), and the small token tests every pattern shares. One instance reads one
/// document; it is not shared between threads.
/// </summary>
internal sealed class DateScanner : IDisposable
{
    /// <summary>The longest modifier phrase read backwards ("no more than").</summary>
    private const int MaxModifierTokens = 3;

    /// <summary>
    /// Every class under <c>dates/</c> but the tense words, which only the tense guess reads, and the context words, which
    /// patterns read only around an expression: a word in none of them starts no word-led pattern unless
    /// <see cref="MayStartWordLed"/> says otherwise.
    /// </summary>
    private static readonly WordClassSet DateClasses = Lexicon.Default.ClassNames
        .Where(static n => n.StartsWith("dates/", StringComparison.Ordinal) && !n.StartsWith(TenseClassPrefix, StringComparison.Ordinal)
            && !n.StartsWith(ContextClassPrefix, StringComparison.Ordinal))
        .Aggregate(WordClassSet.Empty, static (set, name) => set.With(Lexicon.Default.Class(name).Id));

    /// <summary>The tense classes (<c>dates/tense-past</c>, ...): no pattern may read them, which the gate test checks.</summary>
    internal const string TenseClassPrefix = "dates/tense-";

    /// <summary>Classes read only before or after an expression ("over the summer", "two more weeks"), never at its first word: frequent words that need not open the patterns.</summary>
    internal const string ContextClassPrefix = "dates/context-";

    private readonly string text;
    private readonly Token[] tokens;
    private readonly WordClassLayer wordClasses;

    // Every token's date word, looked up once: the patterns ask for the same tokens many times.
    private DateWord[]? dateWords;
    private int sentenceIndex;
    private int sentenceStart;
    private int sentenceEnd;

    /// <summary>Creates a scanner over <paramref name="document"/>.</summary>
    public DateScanner(Document document)
    {
        text = document.Text;
        tokens = document.Tokens;
        wordClasses = WordClassLayer.Of(document);
        dateWords = ArrayPool<DateWord>.Shared.Rent(Math.Max(tokens.Length, 1));
        for (int i = 0; i < tokens.Length; i++)
        {
            dateWords[i] = tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && DateLexicon.MayBeDateWord(wordClasses[i], tokens[i].Slice(text))
                ? DateLexicon.Find(tokens[i].Slice(text))
                : DateWord.None;
        }
    }

    /// <summary>Restricts every test to tokens [<paramref name="first"/>, <paramref name="end"/>) of sentence <paramref name="index"/>.</summary>
    public void EnterSentence(int index, int first, int end)
    {
        sentenceIndex = index;
        sentenceStart = first;
        sentenceEnd = end;
    }

    /// <summary>The token at <paramref name="i"/> (the caller checks <see cref="InSentence"/>).</summary>
    public Token Token(int i) => tokens[i];

    /// <summary>The character at <paramref name="offset"/> of the document text.</summary>
    public char CharAt(int offset) => text[offset];

    /// <summary>A new mention covering tokens [first, end).</summary>
    public TemporalMention New(TemporalKind kind, int first, int end) => new()
    {
        Kind = kind,
        FirstToken = first,
        EndToken = end,
        Sentence = sentenceIndex,
        Weekday = -1,
        Hour = -1,
    };

    /// <summary>True when token <paramref name="i"/> is in the current sentence.</summary>
    public bool InSentence(int i) => i >= sentenceStart && i < sentenceEnd;

    /// <summary>The text of token <paramref name="i"/>, or empty outside the sentence.</summary>
    public ReadOnlySpan<char> W(int i) => InSentence(i) ? tokens[i].Slice(text) : [];

    /// <summary>True when token <paramref name="i"/> is <paramref name="word"/>, in any case.</summary>
    public bool Is(int i, string word) => InSentence(i) && tokens[i].Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> is a word of <paramref name="words"/>.</summary>
    public bool IsAny(int i, WordClass words)
    {
        if (!InSentence(i))
        {
            return false;
        }

        // Words are tagged once per document; one-character symbols ("$", "%") are looked up as they
        // come; longer tokens of other kinds (numbers, times) are in no class.
        Token t = tokens[i];
        return t.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic ? wordClasses[i].Has(words)
            : t.Length == 1 && Lexicon.Default.Contains(words, t.Slice(text));
    }

    /// <summary>How many tokens a word or phrase of <paramref name="words"/> starting at <paramref name="i"/> covers (the longest), or 0.</summary>
    public int PhraseLength(int i, WordClass words)
    {
        if (!InSentence(i))
        {
            return 0;
        }

        if (Lexicon.Default.TryMatchPhrase(words, text, tokens, i, sentenceEnd, out int count))
        {
            return count;
        }

        return IsAny(i, words) ? 1 : 0;
    }

    /// <summary>
    /// The first token of a word or phrase of <paramref name="words"/> that ends just before token
    /// <paramref name="end"/> and starts at or after <paramref name="floor"/>, or -1.
    /// </summary>
    public int PhraseEndingAt(int end, int floor, WordClass words)
    {
        for (int start = end - 1; start >= Math.Max(floor, end - MaxModifierTokens); start--)
        {
            if (PhraseLength(start, words) == end - start)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// False when no word-led pattern can start at token <paramref name="i"/>: each one first tests its first word as a
    /// calendar word, a word of a dates/ class (<c>dates/pattern-words</c> lists those the patterns spell out), a
    /// hyphenated word ("mid-March", "two-year"), "Eid...", a quarter ("Q3") or a clock word ("9am"). One check here
    /// instead of fourteen pattern calls at every word.
    /// </summary>
    public bool MayStartWordLed(int i)
    {
        if (dateWords![i].Kind != DateWordKind.None || wordClasses[i].Overlaps(DateClasses))
        {
            return true;
        }

        ReadOnlySpan<char> w = tokens[i].Slice(text);
        return w.Contains('-') || w.StartsWith("Eid", StringComparison.OrdinalIgnoreCase) || (w.Length == 2 && w[0] == 'Q')
            || (w.Length is 3 or 4 && (w.EndsWith("am", StringComparison.OrdinalIgnoreCase) || w.EndsWith("pm", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The word classes of token <paramref name="i"/> (a word, an abbreviation or a clitic of the current sentence; the caller checks).</summary>
    public WordClassSet ClassesAt(int i) => wordClasses[i];

    /// <summary>What token <paramref name="i"/> means as a calendar word.</summary>
    public DateWord Lex(int i) => InSentence(i) ? dateWords![i] : DateWord.None;

    /// <summary>True when token <paramref name="i"/> is in the sentence and of <paramref name="kind"/>.</summary>
    public bool KindAt(int i, TokenKind kind) => InSentence(i) && tokens[i].Kind == kind;

    /// <summary>True when token <paramref name="i"/> starts with a capital letter.</summary>
    public bool Capitalized(int i) => InSentence(i) && char.IsUpper(text[tokens[i].Start]);

    /// <summary>True when the token at <paramref name="i"/> is the punctuation character <paramref name="c"/>.</summary>
    public bool IsChar(int i, char c) => InSentence(i) && tokens[i].Length == 1 && text[tokens[i].Start] == c;

    /// <summary>The value of an all-digit number token, or -1.</summary>
    public int IntAt(int i) => KindAt(i, TokenKind.Number) ? ParseDigits(tokens[i].Slice(text)) : -1;

    /// <summary>The value of an ordinal token ("27th") or a plain day number, or -1.</summary>
    public int DayAt(int i)
    {
        if (!InSentence(i))
        {
            return -1;
        }

        Token t = tokens[i];
        int value = t.Kind switch
        {
            TokenKind.Number => t.Length <= 2 ? ParseDigits(t.Slice(text)) : -1,
            TokenKind.Ordinal => t.Length <= 4 ? ParseDigits(t.Slice(text)[..^2]) : -1,
            _ => -1,
        };
        return value is >= 1 and <= 31 ? value : -1;
    }

    /// <summary>
    /// The calendar date of tokens [<paramref name="first"/>, <paramref name="end"/>) on <paramref name="day"/> of
    /// <paramref name="month"/>, extended over the year written right after it; false when the month is none (0) or has no
    /// such day in any year (February 29 fits: the year is read later).
    /// </summary>
    public bool TryCalendarDay(int first, int end, int month, int day, out TemporalMention m)
    {
        m = New(TemporalKind.CalendarDate, first, end);
        m.Month = month;
        m.Day = day;
        TakeYearAfter(ref m);
        return month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(2024, month);
    }

    /// <summary>
    /// Extends a calendar date over the year written right after it, with or without a comma
    /// ("February 8, 2024", "8 February 2024").
    /// </summary>
    public void TakeYearAfter(ref TemporalMention m)
    {
        int k = IsChar(m.EndToken, ',') ? m.EndToken + 1 : m.EndToken;
        int year = YearAt(k);
        if (year > 0)
        {
            m.Year = year;
            m.EndToken = k + 1;
        }
    }

    /// <summary>A four-digit year token at <paramref name="i"/> (1800..2199), or 0.</summary>
    public int YearAt(int i)
    {
        if (!KindAt(i, TokenKind.Number) || tokens[i].Length != 4)
        {
            return 0;
        }

        int y = IntAt(i);
        return y is >= 1800 and <= 2199 ? y : 0;
    }

    /// <summary>
    /// A year said in words at <paramref name="i"/>, as broadcast transcripts write it: "nineteen ninety-six",
    /// "nineteen seventy-nine", "twenty twelve" (two number words, the first 18..20); 0 when none.
    /// </summary>
    public int SpokenYearAt(int i)
    {
        if (Lex(i) is not { Kind: DateWordKind.Number, Value: >= 18 and <= 20 } century || Lex(i + 1) is not { Kind: DateWordKind.Number, Value: >= 10 and <= 99 } rest)
        {
            return 0;
        }

        return (century.Value * 100) + rest.Value;
    }

    /// <summary>True at the end of a phrase: punctuation, a quote, the sentence end, or a conjunction.</summary>
    public bool EndsPhrase(int i) =>
        !InSentence(i) || tokens[i].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Bracket
        || IsAny(i, DateWords.PhraseEnders);

    /// <summary>Parses a run of ASCII digits (at most nine), or returns -1.</summary>
    public static int ParseDigits(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 9)
        {
            return -1;
        }

        int n = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }

    /// <summary>Returns the pooled per-token storage.</summary>
    public void Dispose()
    {
        if (dateWords is not null)
        {
            ArrayPool<DateWord>.Shared.Return(dateWords);
            dateWords = null;
        }
    }
}
