using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>
/// Finds temporal expressions in a document's tokens, sentence by sentence, longest match first.
/// One instance reads one document; it is not shared between threads.
/// </summary>
internal sealed partial class DateRecognizer
{
    private readonly Document doc;
    private readonly string text;
    private readonly Token[] tokens;
    private int sentenceIndex;
    private int sentenceStart;
    private int sentenceEnd;

    private DateRecognizer(Document document)
    {
        doc = document;
        text = document.Text;
        tokens = document.Tokens;
    }

    /// <summary>Appends every temporal expression of <paramref name="document"/> to <paramref name="output"/>, in text order.</summary>
    public static void Recognize(Document document, List<TemporalMention> output)
    {
        var recognizer = new DateRecognizer(document);
        recognizer.Run(output);
        MarkDateline(document, output);
    }

    private void Run(List<TemporalMention> output)
    {
        Sentence[] sentences = doc.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            Sentence sentence = sentences[s];
            if (sentence.IsBoilerplate)
            {
                continue;
            }

            sentenceIndex = s;
            sentenceStart = sentence.FirstToken;
            sentenceEnd = sentence.EndToken;
            int i = sentenceStart;
            while (i < sentenceEnd)
            {
                if (TryMatch(i, out TemporalMention m))
                {
                    m.Sentence = s;
                    m.Start = tokens[m.FirstToken].Start;
                    m.End = tokens[m.EndToken - 1].End;
                    output.Add(m);
                    i = m.EndToken;
                }
                else
                {
                    i++;
                }
            }
        }
    }

    private bool TryMatch(int i, out TemporalMention m)
    {
        Token t = tokens[i];
        switch (t.Kind)
        {
            case TokenKind.IsoDate:
                return TryIsoDate(i, out m);
            case TokenKind.Time:
                return TryClock(i, out m);
            case TokenKind.Number:
            case TokenKind.Ordinal:
                return TryNumberLed(i, out m);
            case TokenKind.Word:
            case TokenKind.Abbreviation:
                return TryWordLed(i, out m);
            default:
                m = default;
                return false;
        }
    }

    private bool TryWordLed(int i, out TemporalMention m)
    {
        if (TryModifierLed(i, out m) || TryAnchorPhrase(i, out m) || TryRelativeDay(i, out m) || TryWeekday(i, out m)
            || TryMonthLed(i, out m) || TryAmountLed(i, out m) || TryHyphenated(i, out m) || TryClockWord(i, out m)
            || TryHoliday(i, out m) || TryBarePlural(i, out m))
        {
            return true;
        }

        m = default;
        return false;
    }

    private bool TryNumberLed(int i, out TemporalMention m)
    {
        if (TryDayMonth(i, out m) || TryClock(i, out m) || TryAmountLed(i, out m) || TryYear(i, out m))
        {
            return true;
        }

        m = default;
        return false;
    }

    /// <summary>A new mention covering tokens [first, end).</summary>
    private TemporalMention New(TemporalKind kind, int first, int end) => new()
    {
        Kind = kind,
        FirstToken = first,
        EndToken = end,
        Sentence = sentenceIndex,
        Weekday = -1,
        Hour = -1,
    };

    private bool InSentence(int i) => i >= sentenceStart && i < sentenceEnd;

    private ReadOnlySpan<char> W(int i) => InSentence(i) ? tokens[i].Slice(text) : [];

    private bool Is(int i, string word) => InSentence(i) && tokens[i].Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsAny(int i, ReadOnlySpan<string> words)
    {
        if (!InSentence(i))
        {
            return false;
        }

        ReadOnlySpan<char> w = tokens[i].Slice(text);
        foreach (string candidate in words)
        {
            if (w.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private DateWord Lex(int i) => InSentence(i) && tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation ? DateLexicon.Find(tokens[i].Slice(text)) : DateWord.None;

    private bool KindAt(int i, TokenKind kind) => InSentence(i) && tokens[i].Kind == kind;

    private bool Capitalized(int i) => InSentence(i) && char.IsUpper(text[tokens[i].Start]);

    /// <summary>True when the token at <paramref name="i"/> is the punctuation character <paramref name="c"/>.</summary>
    private bool IsChar(int i, char c) => InSentence(i) && tokens[i].Length == 1 && text[tokens[i].Start] == c;

    /// <summary>The value of an all-digit number token, or -1.</summary>
    private int IntAt(int i)
    {
        if (!KindAt(i, TokenKind.Number))
        {
            return -1;
        }

        return ParseDigits(tokens[i].Slice(text));
    }

    /// <summary>The value of an ordinal token ("27th") or a plain day number, or -1.</summary>
    private int DayAt(int i)
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

    /// <summary>Parses a run of ASCII digits (at most nine), or returns -1.</summary>
    internal static int ParseDigits(ReadOnlySpan<char> s)
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
}
