using System.Runtime.InteropServices;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// What the rest of the document says about a word, used as non-local features: whether it
/// follows a given name or an honorific elsewhere (a surname), appears in lower case elsewhere
/// (a common word), or is capitalized inside a sentence elsewhere (a name). One table per thread,
/// cleared per document; nothing is allocated per token once it has grown.
/// </summary>
internal sealed class DocumentFeatures
{
    /// <summary>Follows a given name somewhere in the document.</summary>
    public const byte AfterGivenName = 1;

    /// <summary>Follows an honorific or title somewhere in the document.</summary>
    public const byte AfterTitle = 2;

    /// <summary>Appears in lower case somewhere in the document.</summary>
    public const byte SeenLower = 4;

    /// <summary>Appears capitalized inside a sentence (not first) somewhere in the document.</summary>
    public const byte SeenCapitalizedInside = 8;

    private readonly Dictionary<ulong, byte> table = new(1024);

    /// <summary>Forgets the previous document.</summary>
    public void Clear() => table.Clear();

    /// <summary>Adds one sentence of the document.</summary>
    public void Add(string text, ReadOnlySpan<Token> tokens, EntityGazetteer gazetteer)
    {
        var words = new TokenInfo[tokens.Length];
        NerFeatures.PrepareWords(text, tokens, words, gazetteer);
        Add(text, tokens, words);
    }

    /// <summary>Adds one sentence of the document whose words <see cref="NerFeatures.PrepareWords"/> has read into <paramref name="words"/>.</summary>
    public void Add(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenInfo> words)
    {
        GazetteerFlags previousFlags = GazetteerFlags.None;
        bool previousCapital = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                previousFlags = GazetteerFlags.None;
                previousCapital = false;
                continue;
            }

            ulong key = words[i].Lower;
            bool capital = char.IsUpper(word[0]);
            byte bits = 0;
            if (!capital)
            {
                bits |= SeenLower;
            }
            else
            {
                if (i > 0 && FeatureHash.HasLowerAscii(word))
                {
                    bits |= SeenCapitalizedInside;
                }

                if (previousCapital && (previousFlags & GazetteerFlags.GivenName) != 0)
                {
                    bits |= AfterGivenName;
                }

                if ((previousFlags & (GazetteerFlags.Honorific | GazetteerFlags.TitleHead)) != 0)
                {
                    bits |= AfterTitle;
                }
            }

            if (bits != 0)
            {
                ref byte known = ref CollectionsMarshal.GetValueRefOrAddDefault(table, key, out _);
                known |= bits;
            }

            previousFlags = words[i].Flags;
            previousCapital = capital;
        }
    }

    /// <summary>The bits known for the word with lower-case hash <paramref name="key"/>.</summary>
    public byte Get(ulong key) => table.GetValueOrDefault(key);
}
