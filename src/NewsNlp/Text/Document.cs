namespace NewsNlp.Text;

/// <summary>
/// An article after the text stage: the caller's string untouched, its tokens and sentences.
/// Built once per <see cref="NewsExtractor.Extract(string, ArticleContext?)"/> call and read by
/// every extractor; never shared between threads.
/// </summary>
internal sealed class Document : IDisposable
{
    private const int SubstringCacheSize = 64;
    private const int MaxCachedLength = 40;

    private string?[]? substrings;
    private object?[] layers = new object?[Math.Max(LayerSlot.Count, 8)];

    private Document(string text, Token[] tokens, Sentence[] sentences, ArticleContext context, string? title)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        // Read once: the event stage asks for every trigger, and a feed of a million short lines must not rescan them each time.
        IsHeadlineOnly = Array.TrueForAll(sentences, static s => s.Kind != SentenceKind.Prose);
        IsWrittenInCapitals = WrittenInCapitals(text, tokens);
        Published = context.Published;
        Title = title;
    }

    /// <summary>The caller's text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>All tokens in text order.</summary>
    public Token[] Tokens { get; }

    /// <summary>All sentences in text order; together they hold every token once.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>
    /// True when no sentence is running text: the item is a headline (and perhaps short headings) alone, as in a feed of titles.
    /// Stages that read a headline as a restatement of the body then read it as the report itself.
    /// </summary>
    public bool IsHeadlineOnly { get; }

    /// <summary>
    /// True when the whole text is written in capitals (a wire bulletin such as the MUC-4 reports): no word has a
    /// lowercase letter and at least two words have two letters or more. Then capitalisation says nothing about
    /// names anywhere in it, and the tagger trained for capitals reads it. Mixed-case text stops at its first
    /// lowercase word.
    /// </summary>
    public bool IsWrittenInCapitals { get; }

    /// <summary>True when <paramref name="sentence"/> is a headline or heading of an item with no running text: the report itself.</summary>
    public bool IsStandaloneHeadline(Sentence sentence) => IsHeadlineOnly && sentence.Kind != SentenceKind.Prose;

    /// <summary>The publication date, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>The headline: the context's title, else the first line when it reads as a headline.</summary>
    public string? Title { get; }

    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static Document Analyze(string text, ArticleContext context)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        Sentence[] sentences = SentenceSplitter.Split(text, tokens);
        Boilerplate.Mark(text, tokens, sentences, context.Title);
        string? title = context.Title;
        if (title is null && sentences.Length > 0 && sentences[0].Kind == SentenceKind.Headline)
        {
            title = text[sentences[0].Start..sentences[0].End];
        }

        return new Document(text, tokens, sentences, context, title);
    }

    /// <summary>Adds (or replaces) the layer of type <typeparamref name="TLayer"/>.</summary>
    public void Set<TLayer>(TLayer layer)
        where TLayer : class
    {
        ArgumentNullException.ThrowIfNull(layer);
        int slot = LayerSlot<TLayer>.Index;
        if (slot >= layers.Length)
        {
            Array.Resize(ref layers, Math.Max(slot + 1, layers.Length * 2));
        }

        layers[slot] = layer;
    }

    /// <summary>The layer of type <typeparamref name="TLayer"/>, which an earlier stage must have added.</summary>
    /// <exception cref="InvalidOperationException">No stage has added it (a pipeline order error).</exception>
    public TLayer Get<TLayer>()
        where TLayer : class =>
        TryGet(out TLayer? layer) ? layer : throw new InvalidOperationException($"The document has no {typeof(TLayer).Name} layer yet: a stage that reads it runs before the stage that makes it.");

    /// <summary>The layer of type <typeparamref name="TLayer"/>, when a stage has added it.</summary>
    public bool TryGet<TLayer>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TLayer? layer)
        where TLayer : class
    {
        int slot = LayerSlot<TLayer>.Index;
        layer = slot < layers.Length ? layers[slot] as TLayer : null;
        return layer is not null;
    }

    /// <summary>Returns pooled buffers held by layers; the document must not be read afterwards.</summary>
    public void Dispose()
    {
        for (int i = 0; i < layers.Length; i++)
        {
            (layers[i] as IDisposable)?.Dispose();
            layers[i] = null;
        }
    }

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Span(in Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>
    /// The characters from <paramref name="start"/> to <paramref name="end"/> as a string (for output,
    /// not for hot loops). Short texts repeat ("Iran" ten times, a surname, "Tuesday"): a small
    /// direct-mapped cache hands back the string made last time for the same characters, so every
    /// stage's records share one string per repeated text.
    /// </summary>
    public string Substring(int start, int end)
    {
        ReadOnlySpan<char> span = Text.AsSpan(start, end - start);
        if (span.Length is 0 or > MaxCachedLength)
        {
            return Text[start..end];
        }

        string?[] cache = substrings ??= new string?[SubstringCacheSize];
        int slot = (int)((uint)string.GetHashCode(span, StringComparison.Ordinal) % SubstringCacheSize);
        if (cache[slot] is { } cached && span.SequenceEqual(cached))
        {
            return cached;
        }

        return cache[slot] = span.ToString();
    }

    /// <summary>Index of the sentence that holds the character at <paramref name="offset"/>, or the nearest one before it.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0;
        int hi = Sentences.Length - 1;
        int found = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> is written in capitals (a wire headline such as
    /// "IRAN SAYS U.S. ATTACKED PLATFORMS"): it has at least two words of two or more letters and no
    /// lowercase letter in any word, so capitalisation says nothing about names there.
    /// </summary>
    public bool IsAllCaps(in Sentence sentence) => WrittenInCapitals(Text, Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount));

    // At least two words of two or more letters and no lowercase letter in any word (a sentence's tokens or the whole text's).
    private static bool WrittenInCapitals(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0;
        foreach (Token token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic))
            {
                continue;
            }

            int letters = 0;
            foreach (char c in text.AsSpan(token.Start, token.Length))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            if (letters >= 2)
            {
                words++;
            }
        }

        return words >= 2;
    }

    // Per sentence: 0 not yet known, 1 mixed case, 2 written in capitals (filled on first ask; a document is read by one thread).
    private byte[]? capitalsBySentence;

    /// <summary>
    /// True when token <paramref name="t"/> reads as one of the lowercase function words <paramref name="lower"/>: the same letters, or, in a
    /// sentence written in capitals (<see cref="IsAllCaps"/>), the same letters in any case ("WITH" is "with" in a MUC-4 bulletin, where
    /// case says nothing; in mixed case "With" opening a title stays unmatched as before).
    /// </summary>
    public bool IsLiteral(int t, params ReadOnlySpan<string> lower)
    {
        ReadOnlySpan<char> word = Span(Tokens[t]);
        bool otherCase = false;
        foreach (string one in lower)
        {
            if (word.SequenceEqual(one))
            {
                return true;
            }

            otherCase |= word.Equals(one, StringComparison.OrdinalIgnoreCase);
        }

        return otherCase && InCapitals(t);
    }

    /// <summary>True when token <paramref name="t"/> stands in a sentence written in capitals (<see cref="IsAllCaps"/>); cached per sentence.</summary>
    public bool InCapitals(int t)
    {
        int s = SentenceOfToken(t);
        if ((uint)s >= (uint)Sentences.Length)
        {
            return false;
        }

        capitalsBySentence ??= new byte[Sentences.Length];
        if (capitalsBySentence[s] == 0)
        {
            capitalsBySentence[s] = IsAllCaps(Sentences[s]) ? (byte)2 : (byte)1;
        }

        return capitalsBySentence[s] == 2;
    }

    /// <summary>Index of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
    public int SentenceOfToken(int tokenIndex) => (uint)tokenIndex < (uint)Tokens.Length ? SentenceAt(Tokens[tokenIndex].Start) : 0;
}
