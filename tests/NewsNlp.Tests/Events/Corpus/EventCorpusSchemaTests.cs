using NewsNlp.Cli.Evaluation;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Events.Corpus;

/// <summary>The event corpus as committed: every line points at real text and follows the schema.</summary>
public sealed class EventCorpusSchemaTests
{
    private static readonly string[] Kinds = ["state", "organization", "armed_group", "ngo", "unnamed", "unknown", "person"];

    private static readonly string[] Modalities = ["asserted", "planned", "hypothetical", "conditional", "offer", "question", "reported_denial", "negated"];

    [EventCorpusFact]
    public void EveryLine_PointsAtItsText_AndFollowsTheSchema()
    {
        EventCorpus corpus = EventCorpusReader.Read([EventCorpusFactAttribute.CorpusFolder], SharedData.Path_("data"));

        corpus.Problems.Where(p => !p.Contains("annotated twice", StringComparison.Ordinal)).Should().BeEmpty("every reference must resolve and match its checksum");
        corpus.Sentences.Should().NotBeEmpty();
        foreach (CorpusSentence sentence in corpus.Sentences)
        {
            foreach (CorpusEvent e in sentence.Events)
            {
                string where = $"{sentence.ArticleKey} [{sentence.Start}, {sentence.End}) {e.Type}";
                EventCorpus.Types.Should().Contain(e.Type, where);
                e.TriggerStart.Should().BeInRange(sentence.Start, sentence.End - 1, where);
                e.TriggerEnd.Should().BeInRange(e.TriggerStart + 1, sentence.End, where);
                e.Polarity.Should().BeOneOf(["positive", "negative"], where);
                Modalities.Should().Contain(e.Modality, where);
                foreach (CorpusParticipant p in e.Actors.Concat(e.Targets))
                {
                    Kinds.Should().Contain(p.Kind, where);
                    if (p.Start >= 0)
                    {
                        p.End.Should().BeGreaterThan(p.Start, where);
                        // Participants may be named in a neighbouring sentence of the same article, never outside it.
                        p.End.Should().BeLessThanOrEqualTo(corpus.Documents[sentence.ArticleKey].Text.Length, where);
                    }
                }
            }
        }
    }
}
