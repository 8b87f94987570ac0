using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// International bodies, armed groups and state agencies that act in events
/// (<c>Resources/Lexicons/event-actors.tsv</c>), matched case-sensitively on tokens. Complements
/// the organisation records of the country stage. Immutable and thread-safe.
/// </summary>
internal sealed class ActorLexicon
{
    private const string ResourceName = "NewsNlp.Lexicons/event-actors.tsv";

    private static readonly Lazy<ActorLexicon> Shared = new(() => Parse(ResourceFile.ReadText(ResourceName)));

    private readonly FrozenDictionary<string, AliasEntry[]>.AlternateLookup<ReadOnlySpan<char>> byFirstToken;

    private ActorLexicon(FrozenDictionary<string, AliasEntry[]> index) => byFirstToken = index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lexicon shipped with NewsNlp.</summary>
    public static ActorLexicon Default => Shared.Value;

    /// <summary>Parses the TSV text.</summary>
    public static ActorLexicon Parse(string text)
    {
        var index = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("name\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            string code = columns[2] == "-" ? columns[0] : columns[2];
            foreach (string alias in columns[3].Split('|'))
            {
                tokens.Clear();
                Tokenizer.Tokenize(alias, tokens);
                string[] words = [.. tokens.Select(t => alias.Substring(t.Start, t.Length))];
                if (!index.TryGetValue(words[0], out List<AliasEntry>? list))
                {
                    index[words[0]] = list = [];
                }

                list.Add(new AliasEntry(words, code));
            }
        }

        return new ActorLexicon(index.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Appends the actor mentions found in <paramref name="document"/>, longest match first at each position.</summary>
    public void Find(Document document, List<ActorMention> output)
    {
        Token[] tokens = document.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !byFirstToken.TryGetValue(document.Span(tokens[i]), out AliasEntry[]? entries))
            {
                continue;
            }

            foreach (AliasEntry entry in entries)
            {
                if (Matches(document, i, entry.Words))
                {
                    output.Add(new ActorMention(i, i + entry.Words.Length - 1, entry.Code, ActorForm.Organization));
                    i += entry.Words.Length - 1;
                    break;
                }
            }
        }
    }

    private static bool Matches(Document document, int start, string[] words)
    {
        if (start + words.Length > document.Tokens.Length)
        {
            return false;
        }

        for (int k = 1; k < words.Length; k++)
        {
            if (!document.Span(document.Tokens[start + k]).Equals(words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct AliasEntry(string[] Words, string Code);
}
