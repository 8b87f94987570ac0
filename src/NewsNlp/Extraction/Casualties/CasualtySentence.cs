using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// One sentence under the casualty patterns: token tests bounded to the sentence, and the list the
/// patterns append their mentions to. Each pattern reads forward from one token, a bounded number
/// of tokens; nothing loops over the sentence twice.
/// </summary>
internal readonly struct CasualtySentence
{
    /// <summary>A modal or intention word at most three words before a casualty verb makes it hypothetical ("could also kill").</summary>
    private static readonly TokenWindow HypotheticalReach = new(3, 0);


    /// <summary>Verbs whose "in" opens an outcome, not a date: "resulted in 127 dead", "ended in two deaths".</summary>
    private static readonly WordClass ResultVerbs = Lexicon.Default.Class("casualties/result-verbs");
    private static readonly WordClass ClockFollowers = Lexicon.Default.Class("casualties/clock-followers");
    private static readonly WordClass LossVerbs = Lexicon.Default.Class("casualties/loss-verbs");
    private static readonly WordClass AdjectiveWords = Lexicon.Default.Class("casualties/adjective-casualty-words");
    private static readonly WordClass ClaimVerbs = Lexicon.Default.Class("casualties/claim-verbs");

    /// <summary>The group of a loss verb's subject or of a partitive's whole stands within three tokens before it.</summary>
    private const int ImpliedGroupReach = 3;

    private readonly List<CasualtyMention> output;

    public CasualtySentence(Document document, int sentence, List<CasualtyMention> output)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Index = sentence;
        First = document.Sentences[sentence].FirstToken;
        Limit = document.Sentences[sentence].EndToken;
        this.output = output;
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The document's text.</summary>
    public string Text { get; }

    /// <summary>The document's tokens.</summary>
    public Token[] Tokens { get; }

    /// <summary>The sentence's index.</summary>
    public int Index { get; }

    /// <summary>The sentence's first token.</summary>
    public int First { get; }

    /// <summary>The sentence's exclusive end token.</summary>
    public int Limit { get; }

    /// <summary>The number of mentions the patterns have added so far (of the whole document): a pattern that adds to a list
    /// reads it before and after to learn whether the list's later items were taken.</summary>
    public int Count => output.Count;

    public ReadOnlySpan<char> Word(int index) => Tokens[index].Slice(Text);

    public bool Is(int index, string word) => index >= First && index < Limit && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="index"/> is inside the sentence and a word of <paramref name="wordClass"/>.</summary>
    public bool Is(int index, WordClass wordClass) => index >= First && index < Limit && Lexicon.Default.Contains(wordClass, Word(index));

    public bool IsPunctuation(int index, char c) => index >= First && index < Limit && Word(index) is [var only] && only == c;

    public bool IsWord(int index) => index >= First && index < Limit && Tokens[index].Kind is TokenKind.Word or TokenKind.Abbreviation;

    /// <summary>Parses the amount that starts at <paramref name="index"/>, inside the sentence.</summary>
    public bool TryQuantity(int index, out Quantity quantity)
    {
        if (IsClockTime(index))
        {
            quantity = default;
            return false;
        }

        return QuantityParser.TryParse(Text, Tokens, index, Limit, out quantity)
            || (Is(index - 1, "in") && Is(index - 2, ResultVerbs) && QuantityParser.TryParse(Text, Tokens, index, Limit, out quantity, labelIsWord: true));
    }

    /// <summary>
    /// True for four bare digits after "at" that read as a time of day and are followed by a comma or a day or time word
    /// (<c>clock-followers.txt</c>): "AT 1300, FOUR SOLDIERS WERE KILLED" gives four, not 1,300.
    /// </summary>
    private bool IsClockTime(int index)
    {
        if (index < First || index >= Limit || Tokens[index].Kind != TokenKind.Number || Word(index) is not { Length: 4 } digits
            || !int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int hhmm)
            || hhmm / 100 > 23 || hhmm % 100 > 59 || !Is(index - 1, "at"))
        {
            return false;
        }

        return index + 1 < Limit && Is(index + 1, ClockFollowers);
    }

    /// <summary>True when token <paramref name="index"/> is a casualty word in one of the <paramref name="role"/> positions.</summary>
    public bool IsTrigger(int index, TriggerRole role, out CasualtyKinds kinds)
    {
        kinds = CasualtyKinds.None;
        return IsWord(index) && CasualtyLexicon.TryTrigger(Document.Classes(index), out kinds, out TriggerRole found) && (found & role) != 0;
    }

    /// <summary>True when a modal, negation or intention word just before <paramref name="index"/> makes it hypothetical.</summary>
    public bool IsHypotheticalBefore(int index)
    {
        for (int k = index - 1; k >= First && HypotheticalReach.Contains(index, k); k--)
        {
            if (!IsWord(k) && Tokens[k].Kind != TokenKind.Clitic)
            {
                return false;
            }

            ReadOnlySpan<char> word = Word(k);
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && Is(k - 1, ClaimVerbs))
            {
                // "claimed to have kidnapped two journalists": the claim reports the deed; its "to" is no intention.
                return false;
            }

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

    /// <summary>
    /// The victims' group when the count's own phrase names none but its neighbours do: the side that
    /// "suffered 29 casualties", the whole of "20 terrorists, 4 of whom died", the noun of "120 of the 137 passengers".
    /// </summary>
    private List<string> ImpliedGroups(Quantity quantity)
    {
        var groups = new List<string>();
        int before = quantity.FirstToken - 1;
        if (Is(before, LossVerbs))
        {
            VictimPhrase.CollectGroups(this, Math.Max(First, before - ImpliedGroupReach), before, groups);
        }
        else if (Is(quantity.EndToken, "of") && (Is(quantity.EndToken + 1, "whom") || Is(quantity.EndToken + 1, "them")))
        {
            int comma = quantity.FirstToken - 1;
            VictimPhrase.CollectGroups(this, Math.Max(First, comma - ImpliedGroupReach), IsPunctuation(comma, ',') ? comma : quantity.FirstToken, groups);
        }
        else if (Is(quantity.EndToken, "of"))
        {
            int whole = Is(quantity.EndToken + 1, "the") ? quantity.EndToken + 2 : quantity.EndToken + 1;
            if (whole < Limit && TryQuantity(whole, out Quantity of))
            {
                VictimPhrase.CollectGroups(this, of.EndToken, VictimPhrase.Scan(this, of.EndToken, out _), groups);
            }
        }
        else if (IsAdjectiveBeforeNoun(quantity.EndToken))
        {
            // "the discovery of 22 dead guerrillas": the casualty word is an adjective of the victims' noun.
            VictimPhrase.CollectGroups(this, quantity.EndToken + 1, VictimPhrase.Scan(this, quantity.EndToken + 1, out _), groups);
        }

        return groups;
    }

    /// <summary>
    /// A bare count that goes on a list of counts with its own casualty word: ", 196 wounded", "one soldier
    /// was killed and seven were wounded", "840 terrorists have been killed and 558 have been wounded".
    /// </summary>
    private bool IsElliptical(Quantity quantity)
    {
        // Up to two auxiliaries: "558 have been wounded".
        int word = quantity.EndToken;
        for (int aux = 0; aux < 2 && IsWord(word) && CasualtyLexicon.IsAuxiliary(Word(word)); aux++)
        {
            word++;
        }

        if ((IsPunctuation(quantity.FirstToken - 1, ',') || Is(quantity.FirstToken - 1, "and"))
            && IsTrigger(word, TriggerRole.AfterCount, out _) && HasHarmBefore(quantity.FirstToken))
        {
            return true;
        }

        // "killed 25 soldiers, wounded 30": a bare count after a casualty verb that goes on a list.
        int verb = quantity.FirstToken - 1;
        bool bare = quantity.EndToken >= Limit || !IsWord(quantity.EndToken) || Is(quantity.EndToken, "and");
        return bare && IsTrigger(verb, TriggerRole.BeforeCount, out _)
            && (IsPunctuation(verb - 1, ',') || Is(verb - 1, "and")) && HasHarmBefore(verb);
    }

    /// <summary>
    /// True when the casualty word at <paramref name="index"/> stands before the noun it qualifies ("22 dead
    /// guerrillas", "the two dead officers"), not after a noun or alone ("22 dead", "22 people dead").
    /// </summary>
    public bool IsAdjectiveBeforeNoun(int index) =>
        Is(index, AdjectiveWords) && IsWord(index + 1) && SingleVictims.NamesPerson(this, index + 1, index + 2);

    /// <summary>True when this sentence already holds a killed or injured count before token <paramref name="token"/>.</summary>
    public bool HasHarmBefore(int token)
    {
        int start = Tokens[token].Start;
        for (int i = output.Count - 1; i >= 0 && output[i].Sentence == Index; i--)
        {
            if (output[i].Start < start && output[i].Kind is CasualtyKinds.Killed or CasualtyKinds.Injured)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The groups of the latest count of this sentence before token <paramref name="token"/>, or none.</summary>
    public List<string> GroupsBefore(int token) => GroupsOfPrevious(Tokens[token].Start);

    /// <summary>The groups of the latest count of this sentence before <paramref name="start"/>, or none.</summary>
    private List<string> GroupsOfPrevious(int start)
    {
        for (int i = output.Count - 1; i >= 0 && output[i].Sentence == Index; i--)
        {
            if (output[i].Start < start && output[i].Groups.Count > 0)
            {
                return [.. output[i].Groups];
            }
        }

        return [];
    }

    /// <summary>True when this sentence already holds a mention of one of <paramref name="kinds"/> read from the count <paramref name="quantity"/>.</summary>
    public bool HasMention(CasualtyKinds kinds, Quantity quantity)
    {
        for (int i = output.Count - 1; i >= 0 && output[i].Sentence == Index; i--)
        {
            if ((output[i].Kind & kinds) != 0 && output[i].Quantity.FirstToken == quantity.FirstToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds one mention per kind in <paramref name="kinds"/>, with evidence from token <paramref name="startToken"/> to
    /// <paramref name="endToken"/> (exclusive); <paramref name="checkedPlausible"/> when the caller has checked the count's
    /// own phrase (a pronoun's antecedent, far from the evidence).
    /// </summary>
    public void Add(CasualtyKinds kinds, Quantity quantity, List<string> groups, int startToken, int endToken, bool checkedPlausible = false)
    {
        if (!checkedPlausible && !CasualtyPlausibility.IsPlausible(this, quantity, endToken))
        {
            return;
        }

        string scope = CasualtyScopes.Of(Text, Tokens, First, Limit, Document.Published);
        if (groups.Count == 0 && (Is(quantity.EndToken, "others") || Is(quantity.FirstToken, "another") || IsElliptical(quantity)))
        {
            // "two soldiers were killed and two others wounded", "220 terrorists were killed, 196 wounded": the
            // others, and a bare count that goes on a list, are of the group just named.
            groups = GroupsOfPrevious(Tokens[startToken].Start);
        }

        if (groups.Count == 0)
        {
            groups = ImpliedGroups(quantity);
        }

        int start = Tokens[startToken].Start;
        int end = Tokens[endToken - 1].End;
        for (int bit = 1; bit <= (int)CasualtyKinds.Displaced; bit <<= 1)
        {
            if (((int)kinds & bit) != 0)
            {
                output.Add(new CasualtyMention((CasualtyKinds)bit, quantity, groups, start, end, Index, scope));
            }
        }
    }
}
