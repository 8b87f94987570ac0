using NewsNlp.Text;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// How the first pass of the stacked tagger labelled each word and each name over the whole
/// document (Krishnan and Manning 2006): the type the same word gets most often inside names, the
/// types it gets at all, the type the same name string gets most often, the type of the longer
/// names the word sits in, and whether it begins or ends a longer person name. The second pass
/// reads these as features (<see cref="NerFeatures.ExtractSecondPass"/>), so "Pirelli" tagged ORG
/// twice and PER once, or "Jordan" a LOC in a sports report of golfers, can be set right from the
/// rest of the article. Per-thread tables, cleared per document.
/// </summary>
internal sealed class FirstPassVotes
{
    /// <summary><see cref="TokenInfo.PersonEdge"/>: the word begins a person name of two or more words somewhere.</summary>
    public const byte BeginsPersonName = 1;

    /// <summary><see cref="TokenInfo.PersonEdge"/>: the word ends a person name of two or more words somewhere.</summary>
    public const byte EndsPersonName = 2;

    private readonly Dictionary<ulong, Counts> words = new(256);
    private readonly Dictionary<ulong, Counts> names = new(128);

    /// <summary>Reads the first-pass <paramref name="labels"/> of a whole document (one per token).</summary>
    public void Collect(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> labels)
    {
        words.Clear();
        names.Clear();
        for (int start = 0; start < labels.Length;)
        {
            if (labels[start] == 0)
            {
                start++;
                continue;
            }

            int end = EntityLabels.NameEnd(labels, start);
            AddName(text, tokens[start..end], EntityLabels.TypeOf(labels[start]));
            start = end;
        }
    }

    /// <summary>
    /// Sets the second-pass fields of <paramref name="info"/> for one sentence, whose first-pass
    /// labels are <paramref name="labels"/>; <see cref="TokenInfo.Lower"/> must already be set.
    /// </summary>
    public void Fill(ReadOnlySpan<byte> labels, Span<TokenInfo> info)
    {
        for (int i = 0; i < info.Length; i++)
        {
            info[i].FirstPass = labels[i];
            Counts word = words.GetValueOrDefault(info[i].Lower);
            info[i].WordMajority = (byte)word.Majority();
            info[i].WordTypes = word.Seen;
            info[i].LongerNameMajority = (byte)word.LongerMajority();
            info[i].PersonEdge = word.PersonEdge;
            info[i].NameMajority = 0;
        }

        // The name each token sits in, as the whole document labels that string.
        for (int first = 0; first < info.Length;)
        {
            int end = first + 1;
            if (labels[first] != 0)
            {
                end = EntityLabels.NameEnd(labels[..info.Length], first);
                byte majority = (byte)names.GetValueOrDefault(NameKey(info[first..end])).Majority();
                for (int k = first; k < end; k++)
                {
                    info[k].NameMajority = majority;
                }
            }

            first = end;
        }
    }

    private void AddName(string text, ReadOnlySpan<Token> name, EntityType type)
    {
        ulong key = 0;
        for (int k = 0; k < name.Length; k++)
        {
            ulong lower = FeatureHash.Lower(name[k].Slice(text));
            key = FeatureHash.Pair(key, lower);
            ref Counts word = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(words, lower, out _);
            word.Add(type, name.Length > 1);
            if (type == EntityType.Person && name.Length > 1)
            {
                word.PersonEdge |= k == 0 ? BeginsPersonName : k == name.Length - 1 ? EndsPersonName : (byte)0;
            }
        }

        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(names, key, out _).Add(type, false);
    }

    private static ulong NameKey(ReadOnlySpan<TokenInfo> name)
    {
        ulong key = 0;
        foreach (TokenInfo token in name)
        {
            key = FeatureHash.Pair(key, token.Lower);
        }

        return key;
    }

    // Votes per entity type (index 1..4), saturating, for the word alone and inside longer names.
    private struct Counts
    {
        private EntityTypeVotes all;
        private EntityTypeVotes longer;

        public byte Seen;
        public byte PersonEdge;

        public void Add(EntityType type, bool insideLonger)
        {
            all.Add(type);
            Seen |= (byte)(1 << ((int)type - 1));
            if (insideLonger)
            {
                longer.Add(type);
            }
        }

        public readonly EntityType Majority() => all.Majority();

        public readonly EntityType LongerMajority() => longer.Majority();
    }
}
