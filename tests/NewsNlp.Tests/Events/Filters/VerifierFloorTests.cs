using System.Text.Json;
using System.Text.Json.Nodes;
using NewsNlp.Cli.Commands;
using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Records.Building;
using NewsNlp.Serialization;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// The verifier's floor follows its rule: the highest floor of the grid (steps of 0.05) at which dev30 loses no required
/// event, scored as the reference scorer does. A retrained verifier that moves its probabilities fails here until the floor
/// is chosen again, as the rebuild test fails until the model is retrained.
/// </summary>
public sealed class VerifierFloorTests
{
    private const float GridStep = 0.05f;

    /// <summary>The required dev30 gold events that the extraction misses with the gate at <paramref name="floor"/>.</summary>
    private static long MissedRequiredEvents(float floor)
    {
        var pipeline = ExtractionPipeline.Create(events: new EventExtractor { VerifierFloor = floor });
        var predictions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(SharedData.Path_("articles", "dev30.jsonl")).Where(l => l.Length > 0))
        {
            JsonElement article = JsonDocument.Parse(line).RootElement;
            var context = new ArticleContext
            {
                Id = article.GetProperty("id").GetString(),
                Title = article.TryGetProperty("title", out JsonElement t) ? t.GetString() : null,
                Published = article.TryGetProperty("published", out JsonElement p) && p.GetString() is { } day ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : null,
            };
            using Document document = Document.Analyze(article.GetProperty("text").GetString()!, context);
            pipeline.Run(document);
            predictions[context.Id!] = JsonNode.Parse(RecordJson.Serialize(RecordBuilder.Build(document, context)))!.AsObject();
        }

        return EvalCommand.Score(SharedData.Path_("gold", "dev30.gold.jsonl"), predictions).Counts("events").Fn;
    }

    [SharedDataFact]
    public void DefaultFloor_IsTheHighestOfTheGridThatLosesNoRequiredDev30Event()
    {
        long gateOff = MissedRequiredEvents(0f);
        MissedRequiredEvents(EventExtractor.DefaultVerifierFloor).Should().Be(gateOff, "the floor may not cost a required dev30 event");
        MissedRequiredEvents(EventExtractor.DefaultVerifierFloor + GridStep).Should().BeGreaterThan(gateOff, "the next floor of the grid must cost one, else the floor is not the highest");
    }
}
