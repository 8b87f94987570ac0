using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The country an armed group named in a sentence fights in (data:
/// the homes of <see cref="ActorTable"/>): the place of a count whose sentence
/// names no place ("FMLN guerrillas attacked ..., two rebels were killed": SV), before the dateline,
/// which says where the story was filed.
/// </summary>
internal static class ArmedGroupPlaces
{
    private static readonly WordClass IrregularForces = Lexicon.Default.Class("casualties/irregular-forces");

    private static readonly Lazy<PhraseTable<string>> Groups = new(static () =>
        PhraseTable<string>.Build(
            from row in ActorTable.Default
            where row.Home is not null
            from alias in row.Aliases
            select (alias, row.Home)));

    private static readonly Lazy<PhraseTable<string>> AnyGroup = new(static () =>
        PhraseTable<string>.Build(
            from row in ActorTable.Default
            where row.Kind == "armed_group"
            from alias in row.Aliases
            select (alias, row.Name)));

    /// <summary>
    /// True when tokens [<paramref name="start"/>, <paramref name="end"/>) name a non-state armed group of
    /// <see cref="ActorTable"/> ("92 FMLN members", "40 members of the ELN"), wherever it fights.
    /// </summary>
    public static bool Names(string text, Token[] tokens, int start, int end)
    {
        PhraseTable<string> groups = AnyGroup.Value;
        for (int i = start; i < end; i++)
        {
            if (groups.MayStartWith(tokens[i].Slice(text)) && groups.TryMatch(text, tokens, i, end, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The country of the first armed group named in <paramref name="sentence"/>, or null.</summary>
    public static string? In(string text, Token[] tokens, in Sentence sentence)
    {
        PhraseTable<string> groups = Groups.Value;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (groups.MayStartWith(tokens[i].Slice(text)) && groups.TryMatch(text, tokens, i, sentence.EndToken, out string code, out _))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the first non-state armed group sentence <paramref name="sentence"/> names by a people's name outside the
    /// evidence [<paramref name="start"/>, <paramref name="end"/>) ("urged Iraqi militants to free two French journalists",
    /// <c>irregular-forces.txt</c>), or null: such groups fight at home, as the named groups of <see cref="In"/> do.
    /// </summary>
    public static string? ByPeople(string text, Token[] tokens, List<PlaceMention> mentions, PlaceRole[] roles, int sentence, int start, int end)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            // Only the agents, outside the evidence: victims' nationality says who they are, not where ("the arrest of
            // five Colombian guerrillas" ordered in Caracas).
            PlaceMention m = mentions[i];
            if (m.Sentence != sentence || !m.Demonym || roles[i] != PlaceRole.Nationality || (m.Start >= start && m.End <= end))
            {
                continue;
            }

            int next = LowerBound.Of(tokens, m.End, static t => t.Start);
            if (next < tokens.Length && Lexicon.Default.Contains(IrregularForces, tokens[next].Slice(text)))
            {
                return m.Code;
            }
        }

        return null;
    }
}
