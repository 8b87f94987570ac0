using NewsNlp.Events;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Records.Building;

/// <summary>
/// The only code that creates public records: reads the layers the pipeline added to a document
/// and builds the <see cref="ArticleRecord"/>. Mention texts are cut from the caller's string here,
/// once, through the document's substring cache.
/// </summary>
internal static class RecordBuilder
{
    /// <summary>The record of an analysed document; a layer no stage added reads as empty.</summary>
    public static ArticleRecord Build(Document document, ArticleContext context)
    {
        CountryLayer countries = document.TryGet(out CountryLayer? c) ? c : CountryLayer.Empty;
        EventLayer? events = document.TryGet(out EventLayer? e) ? e : null;
        return new ArticleRecord
        {
            Id = context.Id ?? "",
            Title = document.Title,
            Published = context.Published,
            Countries = EntityRecords.Countries(document, countries.Countries),
            Organizations = EntityRecords.Organizations(document, countries.Organizations),
            People = document.TryGet(out PersonLayer? people) ? EntityRecords.People(document, people.People) : [],
            Casualties = document.TryGet(out CasualtyLayer? casualties) ? FactRecords.Casualties(document, casualties.Casualties, events) : [],
            Dates = document.TryGet(out DateLayer? dates) ? FactRecords.Dates(document, dates.Dates) : [],
            Events = events is null ? [] : FactRecords.Events(document, events.Events),
        };
    }
}
