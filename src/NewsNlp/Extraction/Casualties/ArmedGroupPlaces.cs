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
    private static readonly Lazy<PhraseTable<string>> Groups = new(static () =>
        PhraseTable<string>.Build(
            from row in ActorTable.Default
            where row.Home is not null
            from alias in row.Aliases
            select (alias, row.Home)));

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
}
