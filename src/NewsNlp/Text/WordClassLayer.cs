using System.Buffers;
using NewsNlp.Lexicons;

namespace NewsNlp.Text;

/// <summary>
/// The lexicon classes of every token of a document, tagged once (one frozen lookup per word token)
/// the first time a stage asks. The per-token array is rented and returned when the document is
/// disposed.
/// </summary>
internal sealed class WordClassLayer : IDisposable
{
    private WordClassSet[]? classes;

    private WordClassLayer(WordClassSet[] classes) => this.classes = classes;

    /// <summary>The classes of token <paramref name="tokenIndex"/>.</summary>
    public WordClassSet this[int tokenIndex] => classes![tokenIndex];

    /// <summary>The document's layer, tagging it on first use.</summary>
    public static WordClassLayer Of(Document document)
    {
        if (document.TryGet(out WordClassLayer? layer))
        {
            return layer;
        }

        Token[] tokens = document.Tokens;
        WordClassSet[] sets = ArrayPool<WordClassSet>.Shared.Rent(Math.Max(tokens.Length, 1));
        Lexicon lexicon = Lexicon.Default;
        for (int i = 0; i < tokens.Length; i++)
        {
            sets[i] = tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic
                ? lexicon.ClassesOf(document.Span(tokens[i]))
                : default;
        }

        layer = new WordClassLayer(sets);
        document.Set(layer);
        return layer;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (classes is not null)
        {
            ArrayPool<WordClassSet>.Shared.Return(classes);
            classes = null;
        }
    }
}

/// <summary>Lexicon queries on a document's tokens.</summary>
internal static class DocumentLexiconExtensions
{
    /// <summary>The word classes of token <paramref name="tokenIndex"/> (tagged once per document).</summary>
    public static WordClassSet Classes(this Document document, int tokenIndex) => WordClassLayer.Of(document)[tokenIndex];

    /// <summary>True when token <paramref name="tokenIndex"/> is a word of <paramref name="wordClass"/>.</summary>
    public static bool Is(this Document document, int tokenIndex, WordClass wordClass) => WordClassLayer.Of(document)[tokenIndex].Has(wordClass);

    /// <summary>
    /// The same answer as <see cref="Lexicon.Contains"/> on the text of token <paramref name="tokenIndex"/>, for a token of
    /// any kind: a word is read off the tagged layer (no lookup), another token is looked up.
    /// </summary>
    public static bool IsWordOf(this Document document, int tokenIndex, WordClass wordClass)
    {
        Token token = document.Tokens[tokenIndex];
        return token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic
            ? WordClassLayer.Of(document)[tokenIndex].Has(wordClass)
            : Lexicon.Default.Contains(wordClass, document.Span(token));
    }

    /// <summary>
    /// True when token <paramref name="tokenIndex"/> is a word of <paramref name="lowercaseClass"/> (a case-sensitive class of lowercase
    /// function words) as written, or, in a sentence written in capitals (<see cref="Document.InCapitals"/>), in any case: "ON" is "on"
    /// in a MUC-4 bulletin, while "On" opening a mixed-case title stays unmatched.
    /// </summary>
    public static bool IsLiteralOf(this Document document, int tokenIndex, WordClass lowercaseClass)
    {
        if (document.IsWordOf(tokenIndex, lowercaseClass))
        {
            return true;
        }

        ReadOnlySpan<char> word = document.Span(document.Tokens[tokenIndex]);
        // Function words are short: a longer token is none of them, and the stack buffer below stays small.
        if (word.Length > 16 || !document.InCapitals(tokenIndex))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Lexicon.Default.Contains(lowercaseClass, lower);
    }

    /// <summary>True when some token in [<paramref name="from"/>, <paramref name="end"/>) is a word of <paramref name="wordClass"/> (<see cref="IsWordOf"/>).</summary>
    public static bool HasWordOf(this Document document, int from, int end, WordClass wordClass)
    {
        for (int t = Math.Max(from, 0); t < end; t++)
        {
            if (document.IsWordOf(t, wordClass))
            {
                return true;
            }
        }

        return false;
    }
}
