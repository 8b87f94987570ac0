using System.Globalization;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Report;

/// <summary>The batch aggregates the report draws, built one article at a time (memory grows with distinct keys, not articles; evidence is capped per cell).</summary>
internal sealed class ReportModel
{
    /// <summary>Evidence kept per cell.</summary>
    public const int EvidencePerCell = 6;

    /// <summary>Articles seen, records, errors.</summary>
    public int Articles { get; private set; }

    /// <inheritdoc cref="Articles"/>
    public int Records { get; private set; }

    /// <inheritdoc cref="Articles"/>
    public int Errors { get; private set; }

    /// <summary>Event counts by month (yyyy-MM) and type.</summary>
    public SortedDictionary<string, SortedDictionary<string, Cell>> Timeline { get; } = new(StringComparer.Ordinal);

    /// <summary>Events by actor code and target code.</summary>
    public Dictionary<(string Actor, string Target), Cell> Matrix { get; } = [];

    /// <summary>People by name: articles mentioning them.</summary>
    public Dictionary<string, PersonStats> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Killed and injured by country and month.</summary>
    public Dictionary<(string Country, string Month), CasualtyCell> Casualties { get; } = [];

    /// <summary>Country names by code, as records give them.</summary>
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>All cells, in creation order, for the evidence section.</summary>
    public List<Cell> AllCells { get; } = [];

    /// <summary>Adds one outcome.</summary>
    public void Add(ProcessedArticle article)
    {
        Articles++;
        if (article.Record is not { } r)
        {
            Errors++;
            return;
        }

        Records++;
        string? text = article.Input.Text;
        foreach (CountryRecord c in r.Countries)
        {
            CountryNames.TryAdd(c.Code, c.Name);
        }

        string? mainCountry = r.Countries.IsDefaultOrEmpty ? null : r.Countries[0].Code;
        for (int i = 0; i < r.Events.Length; i++)
        {
            EventRecord e = r.Events[i];
            Evidence evidence = Evidence.From(r.Id, r.Title, text, e.Text, e.Start, e.End);
            string month = Month(e.Date ?? r.Published);
            if (!Timeline.TryGetValue(month, out var byType))
            {
                Timeline[month] = byType = new(StringComparer.Ordinal);
            }

            if (!byType.TryGetValue(e.Type, out Cell? cell))
            {
                byType[e.Type] = cell = NewCell($"{e.Type} events, {month}");
            }

            cell.Add(evidence);
            foreach (string actor in e.Actors)
            {
                foreach (string target in e.Targets)
                {
                    if (!Matrix.TryGetValue((actor, target), out Cell? m))
                    {
                        Matrix[(actor, target)] = m = NewCell($"{actor} \u2192 {target}");
                    }

                    m.Add(evidence);
                }
            }
        }

        foreach (PersonRecord p in r.People)
        {
            if (!People.TryGetValue(p.Name, out PersonStats? stats))
            {
                People[p.Name] = stats = new PersonStats(p.Name, NewCell(p.Name));
            }

            stats.Articles++;
            stats.Mentions += p.Mentions.IsDefault ? 0 : p.Mentions.Length;
            stats.Title ??= p.Title;
            stats.Country ??= p.Country;
            TextMention? first = p.Mentions.IsDefaultOrEmpty ? null : p.Mentions[0];
            stats.Cell.Add(Evidence.From(r.Id, r.Title, text, first?.Text ?? p.Name, first?.Start ?? -1, first?.End ?? -1));
        }

        foreach (CasualtyRecord c in r.Casualties)
        {
            if (!string.Equals(c.Scope, "event", StringComparison.Ordinal))
            {
                // National, global and historical totals are not one event's victims: never summed per country.
                continue;
            }

            EventRecord? e = c.Event is int k && k >= 0 && k < r.Events.Length ? r.Events[k] : null;
            string country = c.Country ?? (e?.Location is { Length: 2 } location ? location
                : e is not null && !e.Targets.IsDefaultOrEmpty ? e.Targets[0]
                : mainCountry ?? "unknown");
            string month = Month(e?.Date ?? r.Published);
            if (!Casualties.TryGetValue((country, month), out CasualtyCell? cell))
            {
                Casualties[(country, month)] = cell = new CasualtyCell(NewCell($"casualties, {country}, {month}"));
            }

            int n = c.Count ?? c.Min ?? 0;
            if (string.Equals(c.Kind, "killed", StringComparison.Ordinal))
            {
                cell.Killed += n;
            }
            else if (string.Equals(c.Kind, "injured", StringComparison.Ordinal))
            {
                cell.Injured += n;
            }
            else
            {
                cell.Other += n;
            }

            cell.Cell.Add(Evidence.From(r.Id, r.Title, text, c.Text, c.Start, c.End));
        }
    }

    private static string Month(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "undated";

    private Cell NewCell(string label)
    {
        var cell = new Cell("ev" + AllCells.Count.ToString(CultureInfo.InvariantCulture), label);
        AllCells.Add(cell);
        return cell;
    }

    /// <summary>A counted cell of the report with its evidence.</summary>
    /// <param name="Anchor">The HTML anchor of its evidence list.</param>
    /// <param name="Label">What it counts.</param>
    internal sealed record Cell(string Anchor, string Label)
    {
        /// <summary>How many items it counts.</summary>
        public int Count { get; private set; }

        /// <summary>The first <see cref="EvidencePerCell"/> pieces of evidence.</summary>
        public List<Evidence> Evidence { get; } = [];

        /// <summary>Counts one item.</summary>
        public void Add(Evidence evidence)
        {
            Count++;
            if (Evidence.Count < EvidencePerCell)
            {
                Evidence.Add(evidence);
            }
        }
    }

    /// <summary>A person's totals.</summary>
    /// <param name="Name">The person's name.</param>
    /// <param name="Cell">Evidence (first mentions).</param>
    internal sealed record PersonStats(string Name, Cell Cell)
    {
        /// <summary>Articles mentioning the person.</summary>
        public int Articles { get; set; }

        /// <summary>Mentions in all.</summary>
        public int Mentions { get; set; }

        /// <summary>The first title seen.</summary>
        public string? Title { get; set; }

        /// <summary>The first country seen.</summary>
        public string? Country { get; set; }
    }

    /// <summary>Casualty totals of one country and month.</summary>
    /// <param name="Cell">Evidence.</param>
    internal sealed record CasualtyCell(Cell Cell)
    {
        /// <summary>Killed.</summary>
        public long Killed { get; set; }

        /// <summary>Injured.</summary>
        public long Injured { get; set; }

        /// <summary>Missing, kidnapped, arrested, displaced.</summary>
        public long Other { get; set; }
    }
}
