namespace NewsNlp.Text;

/// <summary>The letter case of one word.</summary>
internal static class WordCase
{
    /// <summary>True when <paramref name="word"/> has a letter and no lower-case letter ("CORP", "KIDNAPPED", "U.S.").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }
}
