namespace NewsNlp.Lexicons;

/// <summary>
/// The one table of actors beyond states (<c>Resources/Lexicon/entities/actors.tsv</c>): international
/// bodies, armed groups and state agencies, with their aliases, the state an agency speaks for and the
/// country an armed group fights in. The event stage matches them as parties; the casualty stage places
/// a count by the home of a group its sentence names.
/// </summary>
internal static class ActorTable
{
    private const string ResourceName = "NewsNlp.Lexicon/entities/actors.tsv";

    private static readonly Lazy<ActorRow[]> Shared = new(() => Parse(ResourceFile.ReadText(ResourceName)));

    // The armed groups of the shipped rows by name, with the one country each fights in (null when several or unknown).
    private static readonly Lazy<Dictionary<string, string?>> ArmedGroupHomes = new(static () =>
        Default.Where(static r => r.Kind == "armed_group").GroupBy(static r => r.Name)
            .ToDictionary(static g => g.Key, static g => g.First().Home, StringComparer.Ordinal));

    /// <summary>The rows shipped with NewsNlp.</summary>
    public static ActorRow[] Default => Shared.Value;

    /// <summary>True when <paramref name="name"/> is an armed group of the shipped rows; <paramref name="home"/> is the one country it fights in, or null.</summary>
    public static bool IsArmedGroup(string name, out string? home) => ArmedGroupHomes.Value.TryGetValue(name, out home);

    /// <summary>Parses the TSV text (a header row, then name, kind, country, home, aliases; '-' for none).</summary>
    public static ActorRow[] Parse(string text)
    {
        var rows = new List<ActorRow>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("name\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            rows.Add(new ActorRow(columns[0], columns[1], NullIfDash(columns[2]), NullIfDash(columns[3]), ResourceFile.SplitList(columns[4])));
        }

        return [.. rows];
    }

    private static string? NullIfDash(string cell) => cell == "-" ? null : cell;
}

/// <summary>One actor of <see cref="ActorTable"/>.</summary>
/// <param name="Name">The short name used as the event party's code ("FMLN", "UN").</param>
/// <param name="Kind">international, armed_group or agency.</param>
/// <param name="Country">The state an agency speaks for (its events' party), or null.</param>
/// <param name="Home">The one country an armed group fights in, or null when it fights in several or its name is ambiguous.</param>
/// <param name="Aliases">The names that refer to it, as written.</param>
internal sealed record ActorRow(string Name, string Kind, string? Country, string? Home, string[] Aliases);
