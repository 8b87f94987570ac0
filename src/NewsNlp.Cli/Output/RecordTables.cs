using System.Collections.Immutable;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Cli.Output;

/// <summary>
/// The relational shape of the output: articles, countries, people, casualties, dates, events and organizations, keyed by
/// <c>article_id</c>. Every input item gives one <c>articles</c> row (with <c>error</c> set for an error record).
/// Offsets are <c>char_start</c>/<c>char_end</c> (<c>end</c> is an SQL keyword).
/// </summary>
internal static class RecordTables
{
    private const ColumnType S = ColumnType.String, I = ColumnType.Int, D = ColumnType.Double, B = ColumnType.Bool, Dt = ColumnType.Date, SL = ColumnType.StringList, IL = ColumnType.IntList;

    /// <summary>One row per input item.</summary>
    public static readonly Table Articles = new("articles", Columns(("article_id", S), ("title", S), ("published", Dt), ("source", S), ("error", S), ("chars", I), ("countries", I), ("people", I), ("casualties", I), ("dates", I), ("events", I), ("organizations", I)));

    /// <summary>One row per country of an article.</summary>
    public static readonly Table Countries = new("countries", Columns(("article_id", S), ("code", S), ("alpha3", S), ("name", S), ("mention_count", I), ("salience", D), ("first_start", I), ("first_end", I), ("forms", SL)));

    /// <summary>One row per person.</summary>
    public static readonly Table People = new("people", Columns(("article_id", S), ("person_index", I), ("name", S), ("title", S), ("country", S), ("age", I), ("occupation", S), ("mention_count", I), ("first_start", I), ("first_end", I)));

    /// <summary>One row per casualty count; only rows of scope "event" belong in per-country sums (issue 19).</summary>
    public static readonly Table Casualties = new("casualties", Columns(("article_id", S), ("casualty_index", I), ("kind", S), ("count", I), ("min", I), ("max", I), ("approximate", B), ("groups", SL), ("attribution", S), ("event_index", I), ("text", S), ("char_start", I), ("char_end", I), ("scope", S), ("country", S), ("mention_count", I)));

    /// <summary>One row per date expression, with its TIMEX3 type, value and modifier.</summary>
    public static readonly Table Dates = new("dates", Columns(("article_id", S), ("text", S), ("char_start", I), ("char_end", I), ("type", S), ("value", S), ("date", Dt), ("timex_type", S), ("timex_value", S), ("mod", S)));

    /// <summary>One row per event.</summary>
    public static readonly Table Events = new("events", Columns(("article_id", S), ("event_index", I), ("type", S), ("cameo", S), ("plover", S), ("actors", SL), ("targets", SL), ("location", S), ("date", Dt), ("weapons", SL), ("casualties", IL), ("confidence", D), ("attribution", S), ("text", S), ("char_start", I), ("char_end", I), ("mention_count", I)));

    /// <summary>One row per international organisation or armed group that acts in an article.</summary>
    public static readonly Table Organizations = new("organizations", Columns(("article_id", S), ("organization_index", I), ("name", S), ("full_name", S), ("kind", S), ("mention_count", I), ("first_start", I), ("first_end", I)));

    /// <summary>All tables, in output order.</summary>
    public static readonly IReadOnlyList<Table> All = [Articles, Countries, People, Casualties, Dates, Events, Organizations];

    /// <summary>Flattens one outcome into rows, one list per table of <see cref="All"/>.</summary>
    public static List<object?[]>[] Flatten(ProcessedArticle article)
    {
        var rows = new List<object?[]>[All.Count];
        for (int t = 0; t < rows.Length; t++)
        {
            rows[t] = [];
        }

        string id = article.Input.Id;
        ArticleRecord? r = article.Record;
        rows[0].Add([id, r?.Title ?? article.Input.Title, r?.Published ?? article.Input.Published, article.Input.Origin, article.Error, r is null ? null : article.Input.Text?.Length,
            r?.Countries.Length, r?.People.Length, r?.Casualties.Length, r?.Dates.Length, r?.Events.Length, r?.Organizations.Length]);
        if (r is null)
        {
            return rows;
        }

        foreach (CountryRecord c in r.Countries)
        {
            CountryMention? first = c.Mentions.IsDefaultOrEmpty ? null : c.Mentions[0];
            rows[1].Add([id, c.Code, c.Alpha3, c.Name, c.MentionCount, c.Salience, first?.Start, first?.End, Distinct(c.Mentions.IsDefault ? [] : c.Mentions.Select(m => m.Form))]);
        }

        for (int i = 0; i < r.People.Length; i++)
        {
            PersonRecord p = r.People[i];
            TextMention? first = p.Mentions.IsDefaultOrEmpty ? null : p.Mentions[0];
            rows[2].Add([id, i, p.Name, p.Title, p.Country, p.Age, p.Occupation, p.Mentions.IsDefault ? 0 : p.Mentions.Length, first?.Start, first?.End]);
        }

        for (int i = 0; i < r.Casualties.Length; i++)
        {
            CasualtyRecord c = r.Casualties[i];
            rows[3].Add([id, i, c.Kind, c.Count, c.Min, c.Max, c.Approximate, List(c.Groups), c.Attribution, c.Event, c.Text, c.Start, c.End, c.Scope, c.Country, c.Mentions.IsDefault ? 0 : c.Mentions.Length]);
        }

        foreach (DateRecord d in r.Dates)
        {
            rows[4].Add([id, d.Text, d.Start, d.End, d.Type, d.Value, d.Date, d.TimexType, d.TimexValue, d.Mod]);
        }

        for (int i = 0; i < r.Events.Length; i++)
        {
            EventRecord e = r.Events[i];
            rows[5].Add([id, i, e.Type, e.Cameo, e.Plover, List(e.Actors), List(e.Targets), e.Location, e.Date, List(e.Weapons), e.Casualties.IsDefault ? Array.Empty<int>() : e.Casualties.ToArray(), e.Confidence, e.Attribution, e.Text, e.Start, e.End, e.Mentions.IsDefault ? 0 : e.Mentions.Length]);
        }

        for (int i = 0; i < r.Organizations.Length; i++)
        {
            OrganizationRecord o = r.Organizations[i];
            TextMention? first = o.Mentions.IsDefaultOrEmpty ? null : o.Mentions[0];
            rows[6].Add([id, i, o.Name, o.FullName, o.Kind, o.Mentions.IsDefault ? 0 : o.Mentions.Length, first?.Start, first?.End]);
        }

        return rows;
    }

    private static string[] List(ImmutableArray<string> values) => values.IsDefault ? [] : values.ToArray();

    private static string[] Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToArray();

    private static Column[] Columns(params (string Name, ColumnType Type)[] columns) => columns.Select(c => new Column(c.Name, c.Type)).ToArray();
}
