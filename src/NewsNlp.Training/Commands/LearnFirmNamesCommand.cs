using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Training.Events;
using NewsNlp.Extraction.Entities;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>learn-firm-names --news FILE -o LIST</c>: counts, over unlabelled news, in how many articles
/// each name the person finder proposes is used as a firm (<see cref="FirmEvidence"/>: "Standard and
/// Poor's Corp", "an analyst at Kidder") and in how many it is a person beyond doubt (a title, an
/// honorific or an age, and no firm use), and writes the names used as firms far more often than
/// as people: the lexicon class <c>people/firm-names</c>, which vetoes a bare use of the name in an
/// article that gives no firm evidence of its own ("rated AA by Standard and Poor's").
/// </summary>
internal static class LearnFirmNamesCommand
{
    // The Wikinews 2019-2020 collections are held out for evaluation: never learn from them.

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var news = new Option<string>("--news") { Description = "News JSON Lines (text, source); the held-out Wikinews 2019/2020 records are skipped.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the lexicon class.", Required = true };
        var minFirm = new Option<int>("--min-firm-articles") { Description = "A name must be used as a firm in at least this many articles.", DefaultValueFactory = _ => 3 };
        var ratio = new Option<int>("--ratio") { Description = "Firm articles must be at least this many times the person articles.", DefaultValueFactory = _ => 3 };
        var minProposed = new Option<int>("--min-proposed") { Description = "Only names the person finder proposes in at least this many articles (the others never need a veto).", DefaultValueFactory = _ => 2 };
        var command = new Command("learn-firm-names", "Learn the names that unlabelled news uses as firms rather than people.") { news, output, minFirm, ratio, minProposed };
        command.SetAction(parse => Run(parse.GetValue(news)!, parse.GetValue(output)!, parse.GetValue(minFirm), parse.GetValue(ratio), parse.GetValue(minProposed)));
        return command;
    }

    private static int Run(string news, string output, int minFirm, int ratio, int minProposed)
    {
        List<string> texts = ReadArticles(news);
        var gazetteer = EntityGazetteer.Default;
        var tagger = EntityTagger.Default;
        var person = new Dictionary<string, int>(StringComparer.Ordinal);
        var proposed = new Dictionary<string, int>(StringComparer.Ordinal);
        var facts = new PersonFacts();

        // Pass 1: the names the person finder proposes, and the articles where one is a person beyond doubt.
        foreach (string text in texts)
        {
            using Document document = Document.Analyze(text, new ArticleContext());
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var sure = new HashSet<string>(StringComparer.Ordinal);
            foreach (PersonMention mention in NameFinder.Find(document, tagger.Tag(document), gazetteer))
            {
                string name = NameOf(document, mention.StartToken, mention.EndToken);
                seen.Add(name);
                facts.Clear();
                PersonAttributes.Read(document, mention, gazetteer, facts);
                bool honorific = mention.StartToken > 0 && (gazetteer.Lookup(document.Span(document.Tokens[mention.StartToken - 1])) & GazetteerFlags.Honorific) != 0;
                if ((facts.Title is not null || facts.Age is not null || honorific) && !FirmEvidence.IsFirmName(document, mention.StartToken, mention.EndToken))
                {
                    sure.Add(name);
                }
            }

            foreach (string name in seen)
            {
                proposed[name] = proposed.GetValueOrDefault(name) + 1;
            }

            foreach (string name in sure)
            {
                person[name] = person.GetValueOrDefault(name) + 1;
            }
        }

        // Pass 2: every article where a proposed name stands as a firm, tagged a person there or not.
        var byFirstWord = proposed.Keys.GroupBy(n => n.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Split(' ')).ToArray(), StringComparer.Ordinal);
        var firm = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            using Document document = Document.Analyze(text, new ArticleContext());
            var found = new HashSet<string>(StringComparer.Ordinal);
            Token[] tokens = document.Tokens;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (!byFirstWord.TryGetValue(document.Substring(tokens[t].Start, tokens[t].End), out string[][]? candidates))
                {
                    continue;
                }

                foreach (string[] words in candidates)
                {
                    if (Matches(document, t, words) && FirmEvidence.IsFirmUse(document, t, t + words.Length))
                    {
                        found.Add(string.Join(' ', words));
                    }
                }
            }

            foreach (string name in found)
            {
                firm[name] = firm.GetValueOrDefault(name) + 1;
            }
        }

        // A lone given name ("James" of "James Capel and Co") is a first word of firms' names, not a
        // firm: a cluster named "Charles" alone is a king or a pope far more often than a broker.
        var learned = firm.Where(f => f.Value >= minFirm && f.Value >= ratio * person.GetValueOrDefault(f.Key) && proposed.GetValueOrDefault(f.Key) >= minProposed
                && (f.Key.Contains(' ', StringComparison.Ordinal) || (gazetteer.Lookup(f.Key) & GazetteerFlags.GivenName) == 0))
            .OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("# Names that unlabelled news uses as firms (brokers, banks, agencies, exchanges) far more often than as");
            writer.WriteLine("# people: a cluster whose whole name is one of them, with no title, honorific or age, is no person.");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Learned by `NewsNlp.Training learn-firm-names --min-firm-articles {minFirm} --ratio {ratio} --min-proposed {minProposed}` from the"));
            writer.WriteLine("# non-held-out articles of news.jsonl (Reuters-21578 and Wikinews texts; the list holds names only).");
            writer.WriteLine("# Most used as a firm first. Our own data (MIT).");
            writer.WriteLine("#! case: sensitive");
            foreach ((string name, int count) in learned)
            {
                writer.WriteLine(name);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\tfirm {count}\tperson {person.GetValueOrDefault(name)}\tproposed {proposed.GetValueOrDefault(name)}"));
            }
        }

        Console.Error.WriteLine($"{texts.Count} articles, {proposed.Count} names proposed, {firm.Count} used as firms somewhere, {learned.Count} learned");
        return 0;
    }

    private static List<string> ReadArticles(string path)
    {
        var texts = new List<string>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var record = JsonDocument.Parse(line);
            string source = record.RootElement.TryGetProperty("source", out JsonElement s) ? s.GetString() ?? "" : "";
            if (!CorpusRecords.IsHeldOut(source))
            {
                texts.Add(record.RootElement.TryGetProperty("text", out JsonElement t) ? t.GetString() ?? "" : "");
            }
        }

        return texts;
    }

    private static string NameOf(Document document, int start, int end)
    {
        var words = new List<string>();
        for (int t = start; t < end; t++)
        {
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                words.Add(document.Substring(document.Tokens[t].Start, document.Tokens[t].End));
            }
        }

        return string.Join(' ', words);
    }

    private static bool Matches(Document document, int t, string[] words)
    {
        Token[] tokens = document.Tokens;
        if (t + words.Length > tokens.Length)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!document.Span(tokens[t + k]).Equals(words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
