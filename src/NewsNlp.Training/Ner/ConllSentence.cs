using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Training.Ner;

/// <summary>A CoNLL sentence: its words joined by spaces, their tokens, and gold BIO labels.</summary>
/// <param name="Text">The words separated by single spaces.</param>
/// <param name="Tokens">One token per word.</param>
/// <param name="Gold">One BIO label per word (see <see cref="EntityLabels"/>).</param>
/// <param name="DocumentIndex">Which document (between <c>-DOCSTART-</c> lines) the sentence belongs to.</param>
internal sealed record ConllSentence(string Text, Token[] Tokens, byte[] Gold, int DocumentIndex = 0);
