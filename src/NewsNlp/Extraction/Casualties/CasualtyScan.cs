using NewsNlp.Extraction.Numbers;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The casualty patterns over one sentence. Each Match method reads forward from one token,
/// a bounded number of tokens, and appends what it finds; nothing here loops over the sentence twice.
/// </summary>
internal readonly partial struct CasualtyScan
{
    /// <summary>Most content words in a victim noun phrase ("five Armed Forces personnel").</summary>
    private const int MaxPhraseWords = 7;

    /// <summary>Most tokens in an appositive between a count and its verb (", mostly women and children,").</summary>
    private const int MaxAppositive = 14;

    /// <summary>Most auxiliaries and adverbs between a count and its verb ("were reportedly also").</summary>
    private const int MaxAuxiliaries = 6;

    private readonly Document document;
    private readonly string text;
    private readonly Token[] tokens;
    private readonly int sentence;
    private readonly int first;
    private readonly int limit;
    private readonly List<CasualtyMention> output;

    public CasualtyScan(Document document, int sentence, int first, int limit, List<CasualtyMention> output)
    {
        this.document = document;
        text = document.Text;
        tokens = document.Tokens;
        this.sentence = sentence;
        this.first = first;
        this.limit = limit;
        this.output = output;
    }

    private ReadOnlySpan<char> Word(int index) => tokens[index].Slice(text);

    private bool Is(int index, string word) => index >= first && index < limit && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunctuation(int index, char c) => index >= first && index < limit && Word(index) is [var only] && only == c;

    private bool IsWord(int index) => index >= first && index < limit && tokens[index].Kind is TokenKind.Word or TokenKind.Abbreviation;

    private bool IsTrigger(int index, TriggerRole role, out CasualtyKinds kinds)
    {
        kinds = CasualtyKinds.None;
        return IsWord(index) && CasualtyLexicon.TryTrigger(Word(index), out kinds, out TriggerRole found) && (found & role) != 0;
    }

    /// <summary>True when a modal, negation or intention word just before <paramref name="index"/> makes it hypothetical.</summary>
    private bool IsHypotheticalBefore(int index)
    {
        for (int k = index - 1, seen = 0; k >= first && seen < 3; k--, seen++)
        {
            if (!IsWord(k) && tokens[k].Kind != TokenKind.Clitic)
            {
                return false;
            }

            ReadOnlySpan<char> word = Word(k);
            if (CasualtyLexicon.IsModal(word))
            {
                return true;
            }

            if (!CasualtyLexicon.IsAuxiliary(word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    private void Add(CasualtyKinds kinds, Quantity quantity, List<string> groups, int startToken, int endToken)
    {
        int start = tokens[startToken].Start;
        int end = tokens[endToken - 1].End;
        foreach (CasualtyKinds kind in Kinds(kinds))
        {
            output.Add(new CasualtyMention(kind, quantity, groups, start, end, sentence));
        }
    }

    private static IEnumerable<CasualtyKinds> Kinds(CasualtyKinds kinds)
    {
        for (int bit = 1; bit <= (int)CasualtyKinds.Displaced; bit <<= 1)
        {
            if (((int)kinds & bit) != 0)
            {
                yield return (CasualtyKinds)bit;
            }
        }
    }
}
