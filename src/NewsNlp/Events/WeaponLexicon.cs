using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Weapon words and phrases (<c>Resources/Lexicons/event-weapons.tsv</c>) and the weapon each names. Immutable and thread-safe.</summary>
internal sealed class WeaponLexicon
{
    private const string ResourceName = "NewsNlp.Lexicons/event-weapons.tsv";

    private static readonly Lazy<WeaponLexicon> Shared = new(() => Parse(ResourceFile.ReadText(ResourceName)));

    private readonly FrozenDictionary<string, (string? Second, string Weapon)[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    private WeaponLexicon(FrozenDictionary<string, (string? Second, string Weapon)[]> index) => byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lexicon shipped with NewsNlp.</summary>
    public static WeaponLexicon Default => Shared.Value;

    /// <summary>Parses the TSV text: phrase (one or two words), weapon.</summary>
    public static WeaponLexicon Parse(string text)
    {
        var index = new Dictionary<string, List<(string?, string)>>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("phrase\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            string[] words = columns[0].Split(' ');
            if (!index.TryGetValue(words[0], out List<(string?, string)>? list))
            {
                index[words[0]] = list = [];
            }

            // Two-word phrases first, so "car bomb" wins over "car".
            list.Insert(words.Length > 1 ? 0 : list.Count, (words.Length > 1 ? words[1] : null, columns[1]));
        }

        return new WeaponLexicon(index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Adds the weapons named in tokens [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="weapons"/>.</summary>
    public void Find(Document document, int start, int end, List<string> weapons)
    {
        for (int i = start; i < end; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Word || !byFirstWord.TryGetValue(document.Span(document.Tokens[i]), out var entries))
            {
                continue;
            }

            foreach ((string? second, string weapon) in entries)
            {
                if (second is null || (i + 1 < end && document.Span(document.Tokens[i + 1]).Equals(second, StringComparison.OrdinalIgnoreCase)))
                {
                    // A "car bomb" is not also a "bomb".
                    if (weapon is "car bomb" or "suicide bomb")
                    {
                        weapons.Remove("bomb");
                    }

                    if (!weapons.Contains(weapon) && !(weapon == "bomb" && (weapons.Contains("car bomb") || weapons.Contains("suicide bomb"))))
                    {
                        weapons.Add(weapon);
                    }

                    i += second is null ? 0 : 1;
                    break;
                }
            }
        }
    }
}
