using System.Collections.Immutable;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Records.Building;

/// <summary>Country, organisation and person records from their layers.</summary>
internal static class EntityRecords
{
    /// <summary>One record per country, in the layer's (salience) order.</summary>
    public static ImmutableArray<CountryRecord> Countries(Document document, ImmutableArray<CountryEntity> countries) =>
        ImmutableArray.CreateRange(countries, (country, doc) => new CountryRecord
        {
            Code = country.Code,
            Alpha3 = country.Alpha3,
            Name = country.Name,
            Mentions = ImmutableArray.CreateRange(country.Mentions, (m, d) => new CountryMention(d.Substring(m.Start, m.End), m.Start, m.End, m.Form), doc),
            MentionCount = country.MentionCount,
            Salience = country.Salience,
        }, document);

    /// <summary>One record per organisation actor.</summary>
    public static ImmutableArray<OrganizationRecord> Organizations(Document document, ImmutableArray<OrganizationEntity> organizations) =>
        ImmutableArray.CreateRange(organizations, (org, doc) => new OrganizationRecord
        {
            Name = org.Name,
            FullName = org.FullName,
            Kind = org.Kind,
            Mentions = Mentions(doc, org.Mentions),
        }, document);

    /// <summary>One record per person; the name is the text of the fullest mention.</summary>
    public static ImmutableArray<PersonRecord> People(Document document, ImmutableArray<PersonEntity> people) =>
        ImmutableArray.CreateRange(people, (person, doc) => new PersonRecord
        {
            Name = doc.Substring(person.NameSpan.Start, person.NameSpan.End),
            Title = person.Title,
            Country = person.Country,
            Age = person.Age,
            Occupation = person.Occupation,
            Mentions = Mentions(doc, person.Mentions),
        }, document);

    private static ImmutableArray<TextMention> Mentions(Document document, ImmutableArray<CharSpan> spans) =>
        ImmutableArray.CreateRange(spans, (m, d) => new TextMention(d.Substring(m.Start, m.End), m.Start, m.End), document);
}
