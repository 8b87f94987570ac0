using System.Globalization;
using Spectre.Console;

namespace NewsNlp.Sample;

/// <summary>Prints an <see cref="ArticleRecord"/> as one table per kind.</summary>
internal static class SummaryPrinter
{
    /// <summary>The page width when the output goes to a file or a pager: wide enough for an event's evidence on one line.</summary>
    private const int PipedWidth = 220;

    public static void Print(ArticleRecord record)
    {
        var console = CreateConsole();
        console.Write(new Rule($"[bold]{Markup.Escape(record.Title ?? record.Id)}[/]").LeftJustified());
        console.MarkupLine($"id [grey]{Markup.Escape(record.Id)}[/]   published [grey]{record.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}[/]");

        var countries = NewTable("Countries", "Code", "Name", "Mentions", "Salience", "Forms");
        foreach (var c in record.Countries)
        {
            AddRow(countries, c.Code, c.Name, c.MentionCount.ToString(CultureInfo.InvariantCulture), c.Salience.ToString("0.00", CultureInfo.InvariantCulture),
                string.Join(", ", c.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal)));
        }

        Show(console, countries, record.Countries.Length);

        var organizations = NewTable("Organizations", "Name", "Full name", "Mentions");
        foreach (var o in record.Organizations)
        {
            AddRow(organizations, o.Name, o.FullName ?? "", o.Mentions.Length.ToString(CultureInfo.InvariantCulture));
        }

        Show(console, organizations, record.Organizations.Length);

        var people = NewTable("People", "Name", "Title", "Country", "Age", "Mentions");
        foreach (var p in record.People)
        {
            AddRow(people, p.Name, p.Title ?? "", p.Country ?? "", p.Age?.ToString(CultureInfo.InvariantCulture) ?? "",
                string.Join(", ", p.Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal)));
        }

        Show(console, people, record.People.Length);

        var casualties = NewTable("Casualties", "Kind", "Count", "Min", "Max", "Groups", "Attribution", "Evidence");
        foreach (var c in record.Casualties)
        {
            AddRow(casualties, c.Kind, Num(c.Count) + (c.Approximate ? " ~" : ""), Num(c.Min), Num(c.Max), string.Join(", ", c.Groups), c.Attribution ?? "", c.Text);
        }

        Show(console, casualties, record.Casualties.Length);

        var dates = NewTable("Dates", "Text", "Type", "Value", "Offsets");
        foreach (var d in record.Dates)
        {
            AddRow(dates, d.Text, d.Type, d.Value ?? "", $"{d.Start}-{d.End}");
        }

        Show(console, dates, record.Dates.Length);

        var events = NewTable("Events", "Type", "Actors", "Targets", "Date", "Weapons", "Evidence");
        foreach (var e in record.Events)
        {
            AddRow(events, e.Type, string.Join(", ", e.Actors), string.Join(", ", e.Targets), e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                string.Join(", ", e.Weapons), e.Text.Length > 90 ? e.Text[..87] + "..." : e.Text);
        }

        Show(console, events, record.Events.Length);
    }

    // On a terminal: Spectre's defaults (colours, the terminal's width). Piped to a file or a pager, the terminal's width
    // is unknown and Spectre falls back to 80 columns, which wraps each event's evidence over ten lines and breaks
    // type names mid-word: there, plain text (no colour or cursor codes) at a fixed, wide width.
    private static IAnsiConsole CreateConsole()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = PipedWidth;
        return console;
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = Console.IsOutputRedirected ? TableBorder.Markdown : TableBorder.Rounded };
        foreach (string column in columns)
        {
            table.AddColumn(column);
        }

        return table;
    }

    private static void Show(IAnsiConsole console, Table table, int rows)
    {
        if (rows == 0)
        {
            table.AddRow(new Markup("[grey](none)[/]"));
        }

        console.Write(table);
    }

    // Cells are plain text: evidence may contain "[" which Spectre would read as markup.
    private static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Spectre.Console.Text(c)).ToArray());

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
