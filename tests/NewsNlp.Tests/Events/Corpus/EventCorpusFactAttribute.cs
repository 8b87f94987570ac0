using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Events.Corpus;

/// <summary>A fact that needs <c>../shared</c> (the texts) and the event corpus in <c>data/annotations/events</c>; skips with a clear message otherwise.</summary>
public sealed class EventCorpusFactAttribute : FactAttribute
{
    /// <summary>The skip message when the corpus is not in the repository.</summary>
    public const string NoCorpus = "needs the event corpus in data/annotations/events (merged from the annotation branches); absent here, so skipped";

    public EventCorpusFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = SharedData.SkipReason;
        }
        else if (!Directory.Exists(CorpusFolder) || Directory.GetFiles(CorpusFolder, "*.jsonl").Length == 0)
        {
            Skip = NoCorpus;
        }
    }

    /// <summary>The corpus folder of the repository.</summary>
    public static string CorpusFolder => SharedData.RepoPath("data", "annotations", "events");
}
