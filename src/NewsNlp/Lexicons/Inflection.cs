namespace NewsNlp.Lexicons;

/// <summary>
/// The one inflection rule of the lexicon data: an entry written <c>word+</c> stands for the word
/// and its regular forms (-s/-es/-ies, -ed/-d/-ied, -ing, with a doubled final consonant after a
/// short vowel: "shell+" gives shells, shelled, shelling; "ban+" adds banned, banning). Irregular
/// forms are listed as alternatives ("strike|struck").
/// </summary>
internal static class Inflection
{
    /// <summary>
    /// The lower-case word forms of one entry: alternatives split on '|', each "+" expanded.
    /// Order is stable and duplicates are dropped.
    /// </summary>
    public static string[] Forms(string entry)
    {
        var forms = new List<string>();
        foreach (string alternative in entry.Split('|'))
        {
            if (!alternative.EndsWith('+'))
            {
                forms.Add(alternative.ToLowerInvariant());
                continue;
            }

            string stem = alternative[..^1].ToLowerInvariant();
            forms.Add(stem);
            AddRegularForms(stem, forms);
        }

        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    private static void AddRegularForms(string stem, List<string> forms)
    {
        if (stem.EndsWith('e'))
        {
            forms.AddRange([stem + "s", stem + "d", stem[..^1] + "ing"]);
        }
        else if (stem.EndsWith('y') && stem.Length > 2 && !IsVowel(stem[^2]))
        {
            forms.AddRange([stem[..^1] + "ies", stem[..^1] + "ied", stem + "ing"]);
        }
        else if (stem.EndsWith('s') || stem.EndsWith("sh", StringComparison.Ordinal) || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith('x') || stem.EndsWith('z'))
        {
            forms.AddRange([stem + "es", stem + "ed", stem + "ing"]);
        }
        else
        {
            forms.AddRange([stem + "s", stem + "ed", stem + "ing"]);
            if (stem.Length >= 3 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && stem[^1] is not 'w' and not 'x' and not 'y')
            {
                forms.AddRange([stem + stem[^1] + "ed", stem + stem[^1] + "ing"]);
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
