using System.Collections.Immutable;
using NewsNlp.Events;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.People;
using NewsNlp.Records.Building;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events;

/// <summary>Builds the entity layers the event stage reads, by hand, from a small table of names.</summary>
internal static class EventFacts
{
    /// <summary>Names the tests know: phrase, code, form ("name", "demonym", "capital", "org", "person:XX", "date:YYYY-MM-DD").</summary>
    private static readonly (string Phrase, string Code, string Form)[] Known =
    [
        ("Pakistan", "PK", "name"), ("Pakistani", "PK", "demonym"), ("Islamabad", "PK", "capital"),
        ("Iran", "IR", "name"), ("Iranian", "IR", "demonym"), ("Iranians", "IR", "demonym"), ("Tehran", "IR", "capital"),
        ("Iraq", "IQ", "name"), ("Iraqi", "IQ", "demonym"), ("Baghdad", "IQ", "capital"),
        ("United States", "US", "name"), ("U.S.", "US", "name"), ("Washington", "US", "capital"),
        ("China", "CN", "name"), ("Chinese", "CN", "demonym"), ("Japan", "JP", "name"), ("Japanese", "JP", "demonym"),
        ("Greece", "GR", "name"), ("Greek", "GR", "demonym"), ("Turkey", "TR", "name"), ("Turkish", "TR", "demonym"),
        ("Kuwait", "KW", "name"), ("Kuwaiti", "KW", "demonym"), ("Saudi Arabia", "SA", "name"), ("Syria", "SY", "name"),
        ("Switzerland", "CH", "name"), ("Libya", "LY", "name"), ("Libyan", "LY", "demonym"), ("Chad", "TD", "name"),
        ("Afghanistan", "AF", "name"), ("Kabul", "AF", "capital"), ("Israel", "IL", "name"),
        ("United Nations", "UN", "org"), ("Soviet Union", "SU", "name"),
        ("Jilani", "PK", "person"), ("Kakar", "PK", "person"),
        ("US", "US", "name"), ("Ukrainian", "UA", "demonym"), ("Yemen", "YE", "name"), ("Philippines", "PH", "name"),
        ("Houthis", "Houthis", "org"), ("Houthi", "Houthis", "org"), ("Abu Sayyaf Group", "Abu Sayyaf", "org"), ("European Union", "EU", "org"),
        ("Islamic State", "ISIL", "org"), ("Taliban", "Taliban", "org"),
        ("Donald Trump", "US", "person"), ("Recep Tayyip Erdoğan", "TR", "person"), ("Margaret Thatcher", "GB", "person"), ("Thatcher", "GB", "person"),
        ("World Bank", "WORLD BANK", "org"), ("European Community", "EU", "org"), ("Brazilian", "BR", "demonym"), ("Conable", "", "person"),
        ("Helmut Kohl", "DE", "person"), ("Soleimani", "IR", "person"), ("Liberian", "LR", "demonym"), ("Uruguay", "UY", "name"),
    ];

    public static Document Document(string text, DateOnly? published = null) =>
        NewsNlp.Text.Document.Analyze(text, new ArticleContext { Published = published ?? new DateOnly(2024, 1, 19) });

    /// <summary>
    /// The document of <paramref name="text"/> and the first trigger-lexicon match of its sentence <paramref name="sentenceIndex"/>
    /// that starts at <paramref name="triggerWord"/> (and is of <paramref name="type"/> when given): what a filter test asks about.
    /// </summary>
    public static (NewsNlp.Text.Document Document, TriggerMatch Match) Trigger(string text, string triggerWord, DateOnly? published = null, int sentenceIndex = 0, string? type = null)
    {
        var document = Document(text, published);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[sentenceIndex], found);
        return (document, found.First(m => (type is null || m.Type == type) && text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal)));
    }

    /// <summary>Facts for <paramref name="text"/>: every known name found, plus the given dates (phrase, ISO day).</summary>
    public static ExtractedFacts For(string text, params (string Phrase, string Day)[] dates)
    {
        var countries = new Dictionary<string, List<CountryMentionSpan>>();
        var orgs = new Dictionary<string, List<CharSpan>>();
        var people = new Dictionary<string, (string Country, List<CharSpan> Mentions)>();
        var taken = new List<(int Start, int End)>();
        foreach (var (phrase, code, form) in Known.OrderByDescending(k => k.Phrase.Length))
        {
            foreach (int start in Occurrences(text, phrase))
            {
                int end = start + phrase.Length;
                if (taken.Exists(t => t.Start < end && start < t.End))
                {
                    continue;
                }

                taken.Add((start, end));
                if (form == "org")
                {
                    (orgs.TryGetValue(code, out var l) ? l : orgs[code] = []).Add(new CharSpan(start, end));
                }
                else if (form == "person")
                {
                    (people.TryGetValue(phrase, out var p) ? p : people[phrase] = (code, [])).Mentions.Add(new CharSpan(start, end));
                }
                else
                {
                    (countries.TryGetValue(code, out var l) ? l : countries[code] = []).Add(new CountryMentionSpan(start, end, form));
                }
            }
        }

        var countryRecords = countries
            .Select(p => new CountryEntity(p.Key, null, p.Key, [.. p.Value.OrderBy(m => m.Start)], p.Value.Count, 0))
            .OrderByDescending(c => c.MentionCount).ThenBy(c => c.Mentions[0].Start).ToImmutableArray();
        var orgRecords = orgs.Select(p => new OrganizationEntity(p.Key, null, null, [.. p.Value])).ToImmutableArray();
        var personRecords = people.Select(p => new PersonEntity(p.Value.Mentions[0], "Minister", p.Value.Country, null, null, [.. p.Value.Mentions])).ToImmutableArray();
        var dateRecords = dates.SelectMany(d => Occurrences(text, d.Phrase).Select(s => new DateEntity(
            s, s + d.Phrase.Length, "date", d.Day, DateOnly.Parse(d.Day, System.Globalization.CultureInfo.InvariantCulture)))).OrderBy(d => d.Start).ToImmutableArray();
        return new ExtractedFacts(countryRecords, orgRecords, personRecords, dateRecords, []);
    }

    /// <summary>Runs the event stage on hand-made facts and builds the records, as the pipeline's record builder does.</summary>
    public static EventResult Run(EventExtractor extractor, Document document, ExtractedFacts facts)
    {
        EventLayer layer = extractor.Extract(document, facts);
        return new EventResult(FactRecords.Events(document, layer.Events), FactRecords.Casualties(document, facts.Casualties, layer));
    }

    /// <summary>The events of <paramref name="text"/> (known names only, no dates), each as "type actors>targets".</summary>
    public static string[] Described(string text) =>
        [.. Run(new EventExtractor(), Document(text), For(text)).Events.Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    private static IEnumerable<int> Occurrences(string text, string phrase)
    {
        int i = 0;
        while ((i = text.IndexOf(phrase, i, StringComparison.Ordinal)) >= 0)
        {
            int end = i + phrase.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                yield return i;
            }

            i = end;
        }
    }
}

/// <summary>The records of one event-stage run.</summary>
internal sealed record EventResult(ImmutableArray<EventRecord> Events, ImmutableArray<CasualtyRecord> Casualties);
