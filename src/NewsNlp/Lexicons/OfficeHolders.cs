using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsNlp.Lexicons;

/// <summary>
/// Heads of state and government and foreign ministers with the years of their offices
/// (<c>Resources/Lexicon/entities/office-holders.tsv</c>). A story may name "Ortega" or "President Bush" without ever saying
/// their country; on a dated article the office held that year says it, as event coders' dated actor dictionaries do. The
/// period also keeps a name from the wrong office: "Bush" in 1985 was no president, "Barbara Bush" never one.
/// </summary>
internal sealed class OfficeHolders
{
    private const string ResourceName = "NewsNlp.Lexicon/entities/office-holders.tsv";

    private static readonly Lazy<OfficeHolders> Shared = new(() => Parse(ResourceFile.ReadText(ResourceName)));

    private readonly List<OfficeRow> rows;

    // Rows by normalised full form, and by normalised surname for the rows whose surname may stand alone.
    private readonly Dictionary<string, List<OfficeRow>> byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OfficeRow>> bySurname = new(StringComparer.Ordinal);

    // The last word of every form and every lone surname: a name whose last word is none of them names no one of the table, and
    // most names are such, so the check on the caller's span spares them the normalising and its allocations.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lastWords;

    private OfficeHolders(List<OfficeRow> rows)
    {
        this.rows = rows;
        foreach (OfficeRow row in rows)
        {
            foreach (string form in row.Forms)
            {
                Add(byForm, form, row);
            }

            if (row.Surname is not null)
            {
                Add(bySurname, row.Surname, row);
            }
        }

        lastWords = byForm.Keys.Select(static f => f[(f.LastIndexOf(' ') + 1)..]).Concat(bySurname.Keys)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The rows shipped with NewsNlp.</summary>
    public static OfficeHolders Default => Shared.Value;

    /// <summary>How many rows the table holds.</summary>
    public int Count => rows.Count;

    /// <summary>Parses the TSV text (a header row, then surname or '-', full forms, country, office, first and last year).</summary>
    public static OfficeHolders Parse(string text)
    {
        var rows = new List<OfficeRow>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("surname\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] c = line.Split('\t');
            string[] forms = [.. ResourceFile.SplitList(c[1]).Select(Key)];
            rows.Add(new OfficeRow(c[0] == "-" ? null : Key(c[0]), forms, c[2], Key(c[3]),
                int.Parse(c[4], CultureInfo.InvariantCulture), int.Parse(c[5], CultureInfo.InvariantCulture)));
        }

        return new OfficeHolders(rows);
    }

    /// <summary>
    /// The country of the one person of the table that <paramref name="name"/> names in <paramref name="date"/>'s year, or null:
    /// with no date, no row of that year, two people of the year under one bare surname the title does not tell apart, or a
    /// full name whose first name is no listed holder's ("Barbara Bush").
    /// </summary>
    public string? CountryOf(string name, string? title, DateOnly? date) =>
        date is null || !MayName(name) ? null : Resolve(name, title, date.Value);

    /// <summary>As <see cref="CountryOf(string, string?, DateOnly?)"/>, for a name given as its parts (joined only when it may match).</summary>
    public string? CountryOf(string[] parts, string? title, DateOnly? date) =>
        date is null || parts.Length == 0 || !MayName(parts[^1]) ? null : Resolve(string.Join(' ', parts), title, date.Value);

    /// <summary>As <see cref="CountryOf(string, string?, DateOnly?)"/>, for a name inside a larger text (no copy unless it may match).</summary>
    public string? CountryOf(ReadOnlySpan<char> name, string? title, DateOnly? date) =>
        date is null || !MayName(name) ? null : Resolve(name.ToString(), title, date.Value);

    /// <summary>
    /// False when <paramref name="name"/> surely names no one of the table: written in plain ASCII letters (no apostrophe, which
    /// <see cref="Key"/> joins across), its last word is no holder's last word. Anything else may name someone.
    /// </summary>
    internal bool MayName(ReadOnlySpan<char> name)
    {
        int end = name.Length;
        while (end > 0 && !char.IsAsciiLetter(name[end - 1]))
        {
            if (name[end - 1] > '\u007f' || name[end - 1] is '\'')
            {
                return true;
            }

            end--;
        }

        int start = end;
        while (start > 0 && char.IsAsciiLetter(name[start - 1]))
        {
            start--;
        }

        if (start > 0 && (name[start - 1] > '\u007f' || name[start - 1] is '\''))
        {
            return true;
        }

        // A last word of one or two letters may be an initial Key joins to the word before ("George H. W."): let it through.
        return end - start <= 2 || lastWords.Contains(name[start..end]);
    }

    /// <summary>True when <paramref name="word"/> alone names a holder of some year (a surname the table lets match bare).</summary>
    internal bool IsSurname(ReadOnlySpan<char> word) => word.Length > 2 && lastWords.Contains(word) && bySurname.ContainsKey(Key(word.ToString()));

    private string? Resolve(string name, string? title, DateOnly day)
    {
        string key = Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        int year = day.Year;
        var candidates = new List<OfficeRow>();
        if (byForm.TryGetValue(key, out List<OfficeRow>? exact))
        {
            candidates.AddRange(exact.Where(r => r.Holds(year)));
        }
        else
        {
            int space = key.LastIndexOf(' ');
            string surname = space < 0 ? key : key[(space + 1)..];
            if (bySurname.TryGetValue(surname, out List<OfficeRow>? same))
            {
                // A bare surname stands for whoever held an office that year; a fuller name must share a listed first name
                // ("Mikhail S. Gorbachev").
                string first = space < 0 ? "" : key[..key.IndexOf(' ', StringComparison.Ordinal)];
                candidates.AddRange(same.Where(r => r.Holds(year) && (space < 0 || r.Forms.Any(f => f.StartsWith(first + " ", StringComparison.Ordinal)))));
            }
        }

        if (!OnePerson(candidates) && title is not null)
        {
            // "Foreign Minister Botha" and "President Botha" in 1986 are two people; the title tells which.
            string office = Key(title);
            candidates.RemoveAll(r => !office.Contains(r.Office, StringComparison.Ordinal) && !r.Office.Contains(office, StringComparison.Ordinal));
        }

        return candidates.Count > 0 && OnePerson(candidates) ? candidates[0].Country : null;
    }

    // All the rows name one person of one country (their offices may differ: a foreign minister who became prime minister).
    private static bool OnePerson(List<OfficeRow> candidates) =>
        candidates.TrueForAll(r => r.Forms[0] == candidates[0].Forms[0] && r.Country == candidates[0].Country);

    /// <summary>
    /// The name with unpaired surrogates and the noncharacters U+FFFE and U+FFFF as spaces (word breaks): normalising throws on
    /// them, and a caller's text may hold any UTF-16. The name itself when it holds none (no copy).
    /// </summary>
    private static string WellFormed(string name)
    {
        int bad = FirstIllFormed(name, 0);
        if (bad < 0)
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (; bad >= 0; bad = FirstIllFormed(name, bad + 1))
        {
            chars[bad] = ' ';
        }

        return new string(chars);
    }

    /// <summary>The index of the first unpaired surrogate or noncharacter at or after <paramref name="from"/>, or -1.</summary>
    private static int FirstIllFormed(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A name as compared: lower case without accents, hyphens, apostrophes or periods as word breaks, and initials joined
    /// ("P. W. Botha" = "P.W. Botha" = "pw botha", "Schröder" = "schroder").
    /// </summary>
    internal static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in WellFormed(name).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : c is '\'' or '\u2019' ? '\0' : ' ');
        }

        string[] words = sb.ToString().Replace("\0", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new List<string>(words.Length);
        foreach (string w in words)
        {
            if (w.Length == 1 && joined.Count > 0 && joined[^1].Length <= 2)
            {
                joined[^1] += w;
            }
            else
            {
                joined.Add(w);
            }
        }

        return string.Join(' ', joined);
    }

    private static void Add(Dictionary<string, List<OfficeRow>> map, string key, OfficeRow row)
    {
        if (!map.TryGetValue(key, out List<OfficeRow>? list))
        {
            map[key] = list = [];
        }

        list.Add(row);
    }

    private sealed record OfficeRow(string? Surname, string[] Forms, string Country, string Office, int From, int To)
    {
        public bool Holds(int year) => From <= year && year <= To;
    }
}
