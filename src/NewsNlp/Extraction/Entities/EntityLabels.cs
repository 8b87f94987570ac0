namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The tagger's BIO label set: 0 is O, then B and I for each <see cref="EntityType"/>
/// (B-PER = 1, I-PER = 2, B-LOC = 3, ...).
/// </summary>
internal static class EntityLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 9;

    /// <summary>The label names in index order.</summary>
    public static readonly string[] Names =
        ["O", .. Enum.GetValues<EntityType>().Where(static t => t != EntityType.None).SelectMany(static t => new[] { "B-" + Code(t), "I-" + Code(t) })];

    /// <summary>The CoNLL type suffix of <paramref name="type"/> ("PER", "LOC", "ORG", "MISC").</summary>
    public static string Code(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        EntityType.Organization => "ORG",
        EntityType.Miscellaneous => "MISC",
        _ => "O",
    };

    /// <summary>The B label of <paramref name="type"/>.</summary>
    public static int Begin(EntityType type) => type == EntityType.None ? 0 : ((int)type * 2) - 1;

    /// <summary>The I label of <paramref name="type"/>.</summary>
    public static int Inside(EntityType type) => type == EntityType.None ? 0 : (int)type * 2;

    /// <summary>The type a label belongs to.</summary>
    public static EntityType TypeOf(int label) => (EntityType)((label + 1) / 2);

    /// <summary>True for the I labels.</summary>
    public static bool IsInside(int label) => label != 0 && (label & 1) == 0;

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (−1 for the sentence start).</summary>
    public static bool Allowed(int previous, int next) =>
        !IsInside(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));

    /// <summary>Parses a CoNLL type suffix ("PER", "LOC", "ORG", "MISC").</summary>
    public static EntityType ParseType(ReadOnlySpan<char> name) => name switch
    {
        "PER" => EntityType.Person,
        "LOC" => EntityType.Location,
        "ORG" => EntityType.Organization,
        "MISC" => EntityType.Miscellaneous,
        _ => EntityType.None,
    };

    /// <summary>Turns labels into spans; an I without a B opens a span.</summary>
    public static void ToSpans(ReadOnlySpan<byte> labels, int offset, List<EntitySpan> output)
    {
        for (int start = 0; start < labels.Length;)
        {
            if (labels[start] == 0)
            {
                start++;
                continue;
            }

            int end = NameEnd(labels, start);
            output.Add(new EntitySpan(offset + start, offset + end, TypeOf(labels[start])));
            start = end;
        }
    }

    /// <summary>
    /// The exclusive end of the name that starts at the labelled token <paramref name="start"/>: it runs on
    /// over the I labels of its type. Every reader of names in a label sequence walks them with this.
    /// </summary>
    public static int NameEnd(ReadOnlySpan<byte> labels, int start)
    {
        EntityType type = TypeOf(labels[start]);
        int end = start + 1;
        while (end < labels.Length && IsInside(labels[end]) && TypeOf(labels[end]) == type)
        {
            end++;
        }

        return end;
    }
}
