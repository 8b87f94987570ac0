using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// "Ask" with a named party as its addressee, however long the addressee's phrase, is the lexicon's weak appeal "ask+ ... to"
/// (GUIDELINES: appeal = a party publicly calls on, urges, asks or demands that another party act). The lexicon's gap holds four
/// words and stops at punctuation, so an addressee told with its full name in brackets ("asked the FMLN (Farabundo Marti National
/// Liberation Front) to end hostilities") or with others beside it ("asked Nicaragua and the other signatory states to") found no
/// trigger. Here the words after "ask" must open with a party's mention (a country, capital, body or armed group; not a mere place),
/// then may run on through bracketed asides and words of the clause to a "to" that opens an infinitive (not "to the", "to 1990").
/// A party that only modifies the name of the body asked ("the United States National Security Council") is no addressee.
/// The match is the lexicon's own pattern, so the classifier's vote and every rule judge it as they judge the short form.
/// </summary>
internal static class AddressedRequests
{
    private static readonly WordClass Determiners = Lexicon.Default.Class("events/determiners");

    // Words after the addressee's mention (bracketed asides not counted) before its "to": "and the other Central American states to".
    private const int AddresseeReach = 8;

    private static readonly TriggerPattern? AskTo = FindAskTo();

    /// <summary>Adds, in text order, an appeal trigger for every "ask" whose named addressee runs past the lexicon's gap.</summary>
    public static void Add(Document document, Sentence sentence, ActorIndex index, List<TriggerMatch> triggers)
    {
        if (AskTo is null)
        {
            return;
        }

        Token[] tokens = document.Tokens;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !IsAskForm(document.Span(tokens[i])) || HasAppealAt(triggers, i))
            {
                continue;
            }

            int to = AddressedInfinitive(document, sentence, index, i);
            if (to < 0)
            {
                continue;
            }

            var match = new TriggerMatch(AskTo, i, to);
            int at = 0;
            while (at < triggers.Count && triggers[at].FirstToken <= i)
            {
                at++;
            }

            triggers.Insert(at, match);
        }
    }

    /// <summary>The "to" of an infinitive after a party addressee of the "ask" at <paramref name="ask"/>, or -1.</summary>
    internal static int AddressedInfinitive(Document document, Sentence sentence, ActorIndex index, int ask)
    {
        Token[] tokens = document.Tokens;
        int j = ask + 1;
        while (j < sentence.EndToken && tokens[j].Kind == TokenKind.Word && document.IsWordOf(j, Determiners))
        {
            j++;
        }

        int m = index.FirstAtOrAfter(j);
        if (m >= index.Mentions.Length || index.Mentions[m].FirstToken != j || index.Mentions[m].Form is ActorForm.Place or ActorForm.Person)
        {
            return -1;
        }

        // "asked the United States National Security Council to": the party only modifies the name of the body asked, a name that
        // runs on after it (another mention, a title-case word); whose body that is the mention cannot say.
        int after = index.Mentions[m].LastToken + 1;
        if (after < sentence.EndToken && (index.Covers(after) || IsTitleCase(document.Span(tokens[after]))))
        {
            return -1;
        }

        int words = 0;
        for (int k = index.Mentions[m].LastToken + 1; k < sentence.EndToken; k++)
        {
            Token token = tokens[k];
            if (token.Kind == TokenKind.Bracket && document.Span(token) is "(")
            {
                // A bracketed aside (the addressee's full name) is skipped whole.
                int close = k + 1;
                while (close < sentence.EndToken && !(tokens[close].Kind == TokenKind.Bracket && document.Span(tokens[close]) is ")"))
                {
                    close++;
                }

                if (close >= sentence.EndToken)
                {
                    return -1;
                }

                k = close;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic))
            {
                return -1; // the clause ends (a comma, a colon, a quote's punctuation)
            }

            if (document.Span(token).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                int next = k + 1;
                return next < sentence.EndToken && tokens[next].Kind == TokenKind.Word && !document.IsWordOf(next, Determiners) ? k : -1;
            }

            if (IsAskForm(document.Span(token)) || ++words > AddresseeReach)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAppealAt(List<TriggerMatch> triggers, int token)
    {
        foreach (TriggerMatch trigger in triggers)
        {
            if (trigger.Type == EventTaxonomy.Appeal && trigger.FirstToken <= token && trigger.LastToken >= token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAskForm(ReadOnlySpan<char> word)
    {
        if (AskTo is null)
        {
            return false;
        }

        foreach (string form in AskTo.Elements[0]!)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static TriggerPattern? FindAskTo()
    {
        foreach (TriggerPattern pattern in TriggerLexicon.Default.StartingWith("ask"))
        {
            if (pattern.Type == EventTaxonomy.Appeal && pattern.Text == "ask+ ... to")
            {
                return pattern;
            }
        }

        return null;
    }
}
