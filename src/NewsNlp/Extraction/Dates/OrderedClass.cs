using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Dates;

/// <summary>
/// Reads an ordered word class: a lexicon file whose line position carries a value (month-names:
/// line 1 is January). The class is also an ordinary word class of <see cref="Lexicon.Default"/>;
/// this reader keeps what the class API flattens away, the line each form is on.
/// </summary>
internal static class OrderedClass
{
    /// <summary>The forms of each entry line of the class "area/name", in file order, alternatives and inflections expanded.</summary>
    public static List<string[]> Lines(string className)
    {
        // Fails early, with the lexicon's message, when no file defines the class.
        _ = Lexicon.Default.Class(className);
        var lines = new List<string[]>();
        foreach (string line in ResourceFile.ReadLines("NewsNlp.Lexicon/" + className + ".txt"))
        {
            lines.Add(Inflection.Forms(line.Trim()));
        }

        return lines;
    }
}
