using System.Text;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Training.Ner;

/// <summary>
/// Reads CoNLL-2003 files (word, tags..., entity tag in the last column; blank lines between
/// sentences; <c>-DOCSTART-</c> lines skipped). IOB1 and IOB2 tags both become BIO labels.
/// </summary>
internal static class ConllReader
{
    /// <summary>Reads every sentence of <paramref name="path"/>.</summary>
    public static List<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads every sentence from <paramref name="reader"/>.</summary>
    public static List<ConllSentence> Read(TextReader reader)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int document = 0;
        while (true)
        {
            string? line = reader.ReadLine();
            if (line is null || line.Trim().Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add(Build(words, tags) with { DocumentIndex = document });
                    words.Clear();
                    tags.Clear();
                }

                if (line is null)
                {
                    break;
                }

                continue;
            }

            string[] parts = line.Split(' ', '\t');
            if (parts[0] == "-DOCSTART-")
            {
                if (sentences.Count > 0)
                {
                    document++;
                }

                continue;
            }

            words.Add(parts[0]);
            tags.Add(parts.Length > 1 ? parts[^1] : "O");
        }

        return sentences;
    }

    /// <summary>
    /// The same sentences written in capitals, as a bulletin in capitals writes them: upper-casing
    /// keeps every offset (one UTF-16 unit stays one), so the tokens and labels stay as they are.
    /// </summary>
    public static List<ConllSentence> ToCapitals(IEnumerable<ConllSentence> sentences) =>
        [.. sentences.Select(s => s with { Text = s.Text.ToUpperInvariant() })];

    /// <summary>Builds a sentence from words and their entity tags.</summary>
    public static ConllSentence Build(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var text = new StringBuilder();
        var tokens = new Token[words.Count];
        var gold = new byte[words.Count];
        EntityType previous = EntityType.None;
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            tokens[i] = new Token(text.Length, words[i].Length, TokenKind.Word);
            text.Append(words[i]);
            string tag = tags[i];
            EntityType type = tag.Length > 2 ? EntityLabels.ParseType(tag.AsSpan(2)) : EntityType.None;
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || type != previous;
            gold[i] = (byte)(type == EntityType.None ? 0 : begins ? EntityLabels.Begin(type) : EntityLabels.Inside(type));
            previous = type;
        }

        return new ConllSentence(text.ToString(), tokens, gold);
    }
}
