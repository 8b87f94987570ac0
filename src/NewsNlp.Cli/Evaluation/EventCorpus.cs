using System.Collections.Immutable;

namespace NewsNlp.Cli.Evaluation;

/// <summary>A participant of an annotated event: its span (or none: unnamed, implied), code (or none) and kind.</summary>
/// <param name="Start">Character offset of the span in the document, or -1 when the participant is not named in the sentence.</param>
/// <param name="End">End offset of the span, or -1.</param>
/// <param name="Code">Country alpha-2 code or organisation short name; null for unnamed and unknown participants.</param>
/// <param name="Kind">state, organization, armed_group, ngo, unnamed, unknown, ...</param>
internal sealed record CorpusParticipant(int Start, int End, string? Code, string Kind);

/// <summary>One annotated event (see <c>data/annotations/events/README.md</c>).</summary>
/// <param name="Type">One of the ten event types.</param>
/// <param name="TriggerStart">Character offset of the trigger in the document.</param>
/// <param name="TriggerEnd">End offset of the trigger.</param>
/// <param name="Actors">Who acts.</param>
/// <param name="Targets">Whom the act addresses.</param>
/// <param name="Polarity">positive or negative.</param>
/// <param name="Modality">asserted, planned, hypothetical, conditional, offer, question, reported_denial.</param>
/// <param name="InScope">True when the guidelines count it as an event the system must report.</param>
/// <param name="Optional">True when reporting it is allowed but not required.</param>
internal sealed record CorpusEvent(string Type, int TriggerStart, int TriggerEnd, ImmutableArray<CorpusParticipant> Actors, ImmutableArray<CorpusParticipant> Targets,
    string Polarity, string Modality, bool InScope, bool Optional);

/// <summary>One annotated sentence: a reference into a source document plus its events.</summary>
/// <param name="Source">"news" (<c>data/news/news.jsonl</c>) or a file name of <c>data/news-events/</c> without extension.</param>
/// <param name="Doc">The record id in that file.</param>
/// <param name="Start">Character offset of the sentence in the record's text.</param>
/// <param name="End">End offset of the sentence.</param>
/// <param name="Annotator">Who labelled it.</param>
/// <param name="Events">Its events, in and out of scope.</param>
internal sealed record CorpusSentence(string Source, string Doc, int Start, int End, string Annotator, ImmutableArray<CorpusEvent> Events)
{
    /// <summary>The article key, "source/doc": the unit of every split.</summary>
    public string ArticleKey => Source + "/" + Doc;
}

/// <summary>A source document of the corpus, as the extractor reads it.</summary>
/// <param name="Key">The article key, "source/doc".</param>
/// <param name="Text">The record's text.</param>
/// <param name="Title">The record's title, if any.</param>
/// <param name="Published">The record's publication date, if any.</param>
internal sealed record CorpusDocument(string Key, string Text, string? Title, DateOnly? Published);

/// <summary>An event corpus joined with its source texts: sentences whose text checked out, the documents they come from, and what did not.</summary>
/// <param name="Sentences">Sentences whose document was found and whose text matched its checksum, in file order, without duplicates.</param>
/// <param name="Documents">Their documents, by article key.</param>
/// <param name="Problems">One message per sentence left out (missing document, checksum mismatch, held-out source, duplicate).</param>
/// <param name="Synthetic">Sentences written to the guidelines (<c>"synthetic": true</c>, carrying their own text): for training only, never in a split.</param>
internal sealed record EventCorpus(ImmutableArray<CorpusSentence> Sentences, IReadOnlyDictionary<string, CorpusDocument> Documents, ImmutableArray<string> Problems,
    ImmutableArray<CorpusSentence> Synthetic)
{
    /// <summary>The ten event types, in the order tables list them.</summary>
    public static ImmutableArray<string> Types { get; } =
        ["strike", "deescalation", "diplomatic_downgrade", "appeal", "mediation", "consultation", "agreement", "threat", "accusation", "mobilization"];

    /// <summary>The split of an article: "train" (70%), "tune" (15%) or "report" (15%), from a hash of the seed and the article key.</summary>
    public static string SplitOf(string articleKey, int seed)
    {
        // FNV-1a over "seed:key": stable across runtimes and platforms (string.GetHashCode is randomised per process).
        uint hash = 2166136261;
        foreach (char c in $"{seed}:{articleKey}")
        {
            hash = (hash ^ c) * 16777619;
        }

        uint bucket = hash % 100;
        return bucket < 70 ? "train" : bucket < 85 ? "tune" : "report";
    }

    /// <summary>The sentences of one split ("all" for every sentence).</summary>
    public IEnumerable<CorpusSentence> InSplit(string split, int seed) =>
        split == "all" ? Sentences : Sentences.Where(s => SplitOf(s.ArticleKey, seed) == split);
}
