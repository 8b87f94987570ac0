using NewsNlp.Text;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// A second look at the tagger's labels over a whole article, so that one name is one thing
/// throughout it: a word that ends a two-word person name somewhere ("Ricky Ponting") is a person
/// wherever it stands alone ("Ponting"), and a one-word name tagged two ways follows the type it
/// gets most of the time. Works on the labels of the whole document; per-thread tables, nothing
/// allocated per token once they have grown.
/// </summary>
internal sealed class DocumentConsistency
{
    // A one-word name is relabelled only when its majority type outnumbers the label it has by this factor.
    private const int MajorityFactor = 2;

    private const GazetteerFlags NotSurnames = GazetteerFlags.Calendar | GazetteerFlags.TitleHead | GazetteerFlags.Honorific | GazetteerFlags.Nationality;

    private readonly Dictionary<ulong, Votes> votes = new(256);

    /// <summary>Rewrites <paramref name="labels"/> (one per token of the document) to agree across the document.</summary>
    public void Apply(string text, ReadOnlySpan<Token> tokens, Span<byte> labels, EntityGazetteer gazetteer)
    {
        votes.Clear();
        Collect(text, tokens, labels);
        if (votes.Count == 0)
        {
            return;
        }

        for (int i = 0; i < labels.Length; i++)
        {
            if (!IsSingle(labels, i) || !IsCapitalized(text, tokens[i]))
            {
                continue;
            }

            if (!votes.TryGetValue(FeatureHash.Lower(tokens[i].Slice(text)), out Votes v))
            {
                continue;
            }

            EntityType current = EntityLabels.TypeOf(labels[i]);

            // "Theresa May" does not make every "May" a person: months, weekdays and title words stay.
            if (v.EndsPersonName && current != EntityType.Person && (gazetteer.Lookup(tokens[i].Slice(text)) & NotSurnames) == 0)
            {
                labels[i] = (byte)EntityLabels.Begin(EntityType.Person);
                continue;
            }

            if (current == EntityType.None)
            {
                continue;
            }

            EntityType majority = v.Types.Majority();
            if (majority != EntityType.None && majority != current && v.Types[majority] >= MajorityFactor * v.Types[current])
            {
                labels[i] = (byte)EntityLabels.Begin(majority);
            }
        }
    }

    private void Collect(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> labels)
    {
        for (int start = 0; start < labels.Length;)
        {
            if (labels[start] == 0)
            {
                start++;
                continue;
            }

            // A name votes through its last word: its type when it stands alone, a surname when it ends a person's name.
            int end = EntityLabels.NameEnd(labels, start);
            EntityType type = EntityLabels.TypeOf(labels[start]);
            ulong key = FeatureHash.Lower(tokens[end - 1].Slice(text));
            Votes v = votes.GetValueOrDefault(key);
            if (end - start == 1)
            {
                v.Types.Add(type);
            }
            else if (type == EntityType.Person && IsCapitalized(text, tokens[end - 1]))
            {
                v.EndsPersonName = true;
            }

            votes[key] = v;
            start = end;
        }
    }

    // True when token i is a one-token span or an unlabelled token.
    private static bool IsSingle(ReadOnlySpan<byte> labels, int i)
    {
        bool inside = EntityLabels.IsInside(labels[i]) && i > 0 && labels[i - 1] != 0 && EntityLabels.TypeOf(labels[i - 1]) == EntityLabels.TypeOf(labels[i]);
        bool continued = i + 1 < labels.Length && EntityLabels.IsInside(labels[i + 1]) && labels[i] != 0 && EntityLabels.TypeOf(labels[i + 1]) == EntityLabels.TypeOf(labels[i]);
        return !inside && !continued;
    }

    // A name-like word: an upper-case letter first and a lower-case letter later (not a headline in capitals).
    private static bool IsCapitalized(string text, Token token)
    {
        ReadOnlySpan<char> word = token.Slice(text);
        return word.Length >= 2 && char.IsUpper(word[0]) && FeatureHash.HasLowerAscii(word);
    }

    private struct Votes
    {
        public EntityTypeVotes Types;
        public bool EndsPersonName;
    }
}
