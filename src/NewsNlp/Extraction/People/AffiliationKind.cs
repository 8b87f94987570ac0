namespace NewsNlp.Extraction.People;

/// <summary>How an entry of <see cref="AffiliationLexicon"/> ties a person to a country.</summary>
internal enum AffiliationKind
{
    /// <summary>An office only some countries have ("Foreign Secretary", "Taoiseach").</summary>
    Title,

    /// <summary>A national institution whose officials act for its country ("State Department").</summary>
    Body,

    /// <summary>A title held for no country ("Pope", "Secretary-General").</summary>
    Stateless,

    /// <summary>
    /// An office most countries have but the listed ones do not ("Prime Minister": not the United
    /// States, Mexico, Brazil ...): a holder belongs to the one named country that has it.
    /// </summary>
    Absent,
}
