using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.People;

/// <summary>The country of each person: what the text says, else what the article implies.</summary>
internal static class PersonCountryResolver
{
    /// <summary>
    /// Gives a person without a stated country the one the article implies, most certain first:
    /// a national body ("for the State Department"), an office only one named country has
    /// ("Foreign Secretary"), the country in the title's own phrase, the country the person speaks
    /// for ("said Greece was ready"), the one named country that has the office at all ("Prime
    /// Minister" beside the United States), then, for people with a title only, the article's only
    /// country or the dateline's.
    /// A person who speaks for an organisation or holds a title of no country gets none.
    /// </summary>
    public static void ResolveCountry(PersonCluster cluster, int index, (PersonMention Mention, int From) anchor, CountryContext context)
    {
        PersonFacts facts = cluster.Facts;
        if (facts.Country is not null)
        {
            return;
        }

        Affiliation? absent = null;
        if (facts.Title is not null && TryTitleAffiliation(facts.Title, out Affiliation affiliation))
        {
            if (affiliation.Kind == AffiliationKind.Stateless)
            {
                facts.Stateless = true;
            }
            else if (affiliation.Kind == AffiliationKind.Absent)
            {
                absent = affiliation;
            }
            else
            {
                facts.Body ??= affiliation;
            }
        }

        if (facts.Stateless)
        {
            return;
        }

        facts.Country = facts.Body?.Pick(context.Named);
        bool official = facts.Title is not null;
        if (facts.Country is null && official)
        {
            facts.Country = context.Nearest(anchor.Mention, anchor.From, index);
        }

        // The text places the person nowhere, but a head of state or foreign minister of the article's year is of their
        // country ("Ortega appealed to ..." in a story that never says Nicaragua): surer than whom they speak about or the
        // article's main country.
        facts.Country ??= OfficeHolders.Default.CountryOf(cluster.Parts, facts.Title, context.Document.Published);

        if (facts.Country is null && official)
        {
            foreach (PersonMention mention in cluster.Mentions)
            {
                facts.Country ??= context.SaidCountry(mention);
            }
        }

        // A prime minister in an article about Britain and the United States is British.
        facts.Country ??= absent?.PickHolder(context.Named);
        if (facts.Country is null && official)
        {
            // An office holder ("Minister of Information") serves the country the article is about; a
            // photojournalist or a producer may work for anyone's station.
            bool office = facts.Occupation is null || !facts.Title!.EndsWith(facts.Occupation, StringComparison.OrdinalIgnoreCase);
            facts.Country = (office ? context.MainCountry : context.OnlyCountry) ?? context.DatelineCountry;
        }

        foreach (PersonMention mention in cluster.Mentions)
        {
            facts.Country ??= PlaceOfOrigin.Read(context.Document, mention, context);
        }

        // An article about one country only, named again and again: its people, named without an
        // office, are its people ("the deceased seaman was identified as X" in a report that names
        // only the Philippines, six times).
        facts.Country ??= context.SoleSubject;
    }

    /// <summary>An office, body or country-less title named by the title or by some run of its words.</summary>
    private static bool TryTitleAffiliation(string title, out Affiliation affiliation)
    {
        AffiliationLexicon lexicon = AffiliationLexicon.Default;
        if (lexicon.TryGetTitle(title, out affiliation))
        {
            return true;
        }

        // "State Department Spokesperson": a body inside the title.
        ReadOnlySpan<char> rest = title;
        while (rest.Length > 0)
        {
            ReadOnlySpan<char> run = rest;
            while (run.Length > 0)
            {
                if (lexicon.TryGet(run, out affiliation))
                {
                    return true;
                }

                int lastSpace = run.LastIndexOf(' ');
                run = lastSpace < 0 ? [] : run[..lastSpace];
            }

            int space = rest.IndexOf(' ');
            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        affiliation = null!;
        return false;
    }
}
