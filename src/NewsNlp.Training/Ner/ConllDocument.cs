using NewsNlp.Text;

namespace NewsNlp.Training.Ner;

/// <summary>
/// The sentences of one CoNLL document joined into one text, with a <see cref="Sentence"/> per
/// CoNLL sentence, so that the tagger reads it as the library reads an article.
/// </summary>
/// <param name="Text">The sentences, one per line.</param>
/// <param name="Tokens">The tokens of every sentence, offsets into <paramref name="Text"/>.</param>
/// <param name="Sentences">One per CoNLL sentence, in order.</param>
/// <param name="First">Index of the document's first sentence in the list it was cut from.</param>
internal sealed record ConllDocument(string Text, Token[] Tokens, Sentence[] Sentences, int First)
{
    /// <summary>Cuts <paramref name="sentences"/> into documents (runs of one <see cref="ConllSentence.DocumentIndex"/>).</summary>
    public static List<ConllDocument> Split(IReadOnlyList<ConllSentence> sentences)
    {
        var documents = new List<ConllDocument>();
        for (int first = 0; first < sentences.Count;)
        {
            int end = first;
            while (end < sentences.Count && sentences[end].DocumentIndex == sentences[first].DocumentIndex)
            {
                end++;
            }

            documents.Add(Join(sentences, first, end));
            first = end;
        }

        return documents;
    }

    private static ConllDocument Join(IReadOnlyList<ConllSentence> sentences, int first, int end)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var parts = new Sentence[end - first];
        for (int s = first; s < end; s++)
        {
            int offset = text.Length;
            int firstToken = tokens.Count;
            foreach (Token token in sentences[s].Tokens)
            {
                tokens.Add(token with { Start = token.Start + offset });
            }

            text.Append(sentences[s].Text).Append('\n');
            parts[s - first] = new Sentence(offset, offset + sentences[s].Text.Length, firstToken, sentences[s].Tokens.Length, 0, SentenceKind.Prose);
        }

        return new ConllDocument(text.ToString(), [.. tokens], parts, first);
    }
}
