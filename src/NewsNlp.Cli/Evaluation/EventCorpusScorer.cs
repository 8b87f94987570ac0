using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsNlp.Cli.Evaluation;

/// <summary>An event as the system reports it, reduced to what the corpus scores.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Actors">Actor codes.</param>
/// <param name="Targets">Target codes.</param>
internal sealed record SystemEvent(string Type, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets);

/// <summary>
/// Scores system events per annotated sentence against the sentence's in-scope events: per-type
/// P/R/F1 (an optional gold event may match but is never missed), argument P/R/F1 over actor and
/// target codes of matched and unmatched events (and of matched events alone), and a confusion table of gold against system types.
/// </summary>
internal sealed class EventCorpusScorer
{
    private const string None = "(none)";

    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> types = EventCorpus.Types.ToDictionary(t => t, _ => (0, 0, 0), StringComparer.Ordinal);

    private readonly Dictionary<(string Gold, string System), int> confusion = [];

    private (int Tp, int Fp, int Fn) actors;

    private (int Tp, int Fp, int Fn) targets;

    // The arguments of matched events only (gold and system of the same type in the same sentence): the part of the argument
    // score that the argument finders own, apart from the events never found or falsely found.
    private (int Tp, int Fp, int Fn) matchedActors;

    private (int Tp, int Fp, int Fn) matchedTargets;

    private readonly List<string> errors = [];

    private readonly List<string> argumentErrors = [];

    /// <summary>Number of sentences scored.</summary>
    public int Sentences { get; private set; }

    /// <summary>
    /// One TSV line per sentence with a missed or a false event (article key, sentence offsets, the missed gold events with their
    /// trigger offsets and codes, the false system events): what <c>eval-events --errors</c> writes for the splits that may be read.
    /// </summary>
    public IReadOnlyList<string> Errors => errors;

    /// <summary>
    /// One TSV line per matched event whose actor or target codes differ from the gold event's (article key, sentence offsets, the gold
    /// event with its trigger offsets, the system event): the argument errors that <see cref="Errors"/> does not list.
    /// </summary>
    public IReadOnlyList<string> ArgumentErrors => argumentErrors;

    /// <summary>The header of <see cref="ArgumentErrors"/>.</summary>
    public const string ArgumentErrorHeader = "article\tstart\tend\tgold (type@trigger_start-trigger_end:actors>targets)\tsystem (type:actors>targets)";

    /// <summary>The header of <see cref="Errors"/>.</summary>
    public const string ErrorHeader = "article\tstart\tend\tmissed (type@trigger_start-trigger_end:actors>targets)\tfalse (type:actors>targets)\tmatched";

    /// <summary>Scores one sentence: its system events against its in-scope gold events.</summary>
    public void Add(CorpusSentence sentence, IReadOnlyList<SystemEvent> system)
    {
        Sentences++;
        List<CorpusEvent> gold = [.. sentence.Events.Where(e => e.InScope)];
        var goldUsed = new bool[gold.Count];
        var systemUsed = new bool[system.Count];

        // Same-type pairs, required gold first, then by argument overlap: the greedy maximum is exact for the small sets of a sentence.
        var pairs = new List<(int G, int S, int Rank)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int s = 0; s < system.Count; s++)
            {
                if (gold[g].Type == system[s].Type)
                {
                    pairs.Add((g, s, (gold[g].Optional ? 0 : 1000) + Overlap(Codes(gold[g].Actors), system[s].Actors) + Overlap(Codes(gold[g].Targets), system[s].Targets)));
                }
            }
        }

        foreach ((int g, int s, _) in pairs.OrderByDescending(p => p.Rank).ThenBy(p => p.G).ThenBy(p => p.S))
        {
            if (goldUsed[g] || systemUsed[s])
            {
                continue;
            }

            goldUsed[g] = systemUsed[s] = true;
            Count(gold[g].Type, tp: 1);
            Confuse(gold[g].Type, system[s].Type);
            actors = AddArguments(actors, Codes(gold[g].Actors), system[s].Actors);
            targets = AddArguments(targets, Codes(gold[g].Targets), system[s].Targets);
            matchedActors = AddArguments(matchedActors, Codes(gold[g].Actors), system[s].Actors);
            matchedTargets = AddArguments(matchedTargets, Codes(gold[g].Targets), system[s].Targets);
            if (!SameCodes(Codes(gold[g].Actors), system[s].Actors) || !SameCodes(Codes(gold[g].Targets), system[s].Targets))
            {
                argumentErrors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{sentence.ArticleKey}\t{sentence.Start}\t{sentence.End}\t{Describe(gold[g])}\t{Describe(system[s])}"));
            }
        }

        // Leftovers: a system event of another type than a missed gold one is a confusion; the rest are plain misses and false alarms.
        var missed = Enumerable.Range(0, gold.Count).Where(g => !goldUsed[g] && !gold[g].Optional).ToList();
        var extra = Enumerable.Range(0, system.Count).Where(s => !systemUsed[s]).ToList();
        for (int k = 0; k < Math.Max(missed.Count, extra.Count); k++)
        {
            Confuse(k < missed.Count ? gold[missed[k]].Type : None, k < extra.Count ? system[extra[k]].Type : None);
        }

        if (missed.Count + extra.Count > 0)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{sentence.ArticleKey}\t{sentence.Start}\t{sentence.End}\t{string.Join(" | ", missed.Select(g => Describe(gold[g])))}\t{string.Join(" | ", extra.Select(x => Describe(system[x])))}\t{system.Count - extra.Count}"));
        }

        foreach (int g in missed)
        {
            Count(gold[g].Type, fn: 1);
            actors = AddArguments(actors, Codes(gold[g].Actors), []);
            targets = AddArguments(targets, Codes(gold[g].Targets), []);
        }

        foreach (int s in extra)
        {
            Count(system[s].Type, fp: 1);
            actors = AddArguments(actors, [], system[s].Actors);
            targets = AddArguments(targets, [], system[s].Targets);
        }
    }

    /// <summary>The scores as text tables: per type, arguments, confusion.</summary>
    public string FormatTable()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"sentences: {Sentences}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"type",-22} {"P",6} {"R",6} {"F1",6}   tp/fp/fn");
        foreach (string type in EventCorpus.Types)
        {
            text.AppendLine(Row(type, types[type]));
        }

        text.AppendLine(Row("micro", Micro()));
        text.AppendLine(CultureInfo.InvariantCulture, $"{"macro F1 (types with gold)",-36} {MacroF1():0.000}");
        text.AppendLine(Row("arguments: actors", actors));
        text.AppendLine(Row("arguments: targets", targets));
        text.AppendLine(Row("arguments: both", (actors.Tp + targets.Tp, actors.Fp + targets.Fp, actors.Fn + targets.Fn)));
        text.AppendLine(Row("matched: actors", matchedActors));
        text.AppendLine(Row("matched: targets", matchedTargets));
        text.AppendLine(Row("matched: both", (matchedActors.Tp + matchedTargets.Tp, matchedActors.Fp + matchedTargets.Fp, matchedActors.Fn + matchedTargets.Fn)));
        text.AppendLine();
        text.AppendLine("confusion (rows gold, columns system; (none) = missed or false alarm)");
        string[] labels = [.. EventCorpus.Types, None];
        text.Append(CultureInfo.InvariantCulture, $"{"",-22}");
        foreach (string label in labels)
        {
            text.Append(CultureInfo.InvariantCulture, $" {Short(label),5}");
        }

        text.AppendLine();
        foreach (string gold in labels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{gold,-22}");
            foreach (string system in labels)
            {
                text.Append(CultureInfo.InvariantCulture, $" {confusion.GetValueOrDefault((gold, system)),5}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The scores as JSON.</summary>
    public JsonObject Summary()
    {
        var perType = new JsonObject();
        foreach (string type in EventCorpus.Types)
        {
            perType[type] = Json(types[type]);
        }

        return new JsonObject
        {
            ["sentences"] = Sentences,
            ["types"] = perType,
            ["micro"] = Json(Micro()),
            ["macro_f1"] = Math.Round(MacroF1(), 4),
            ["actors"] = Json(actors),
            ["targets"] = Json(targets),
            ["arguments"] = Json((actors.Tp + targets.Tp, actors.Fp + targets.Fp, actors.Fn + targets.Fn)),
            ["matched_actors"] = Json(matchedActors),
            ["matched_targets"] = Json(matchedTargets),
            ["matched_arguments"] = Json((matchedActors.Tp + matchedTargets.Tp, matchedActors.Fp + matchedTargets.Fp, matchedActors.Fn + matchedTargets.Fn)),
        };
    }

    /// <summary>How often a gold event of type <paramref name="gold"/> met a system event of type <paramref name="system"/> ("(none)" for a miss or a false alarm).</summary>
    public int Confused(string gold, string system) => confusion.GetValueOrDefault((gold, system));

    /// <summary>Micro-averaged counts over the types.</summary>
    public (int Tp, int Fp, int Fn) Micro() =>
        (types.Values.Sum(c => c.Tp), types.Values.Sum(c => c.Fp), types.Values.Sum(c => c.Fn));

    /// <summary>Mean F1 over the types with at least one gold event.</summary>
    public double MacroF1()
    {
        var withGold = types.Values.Where(c => c.Tp + c.Fn > 0).ToList();
        return withGold.Count == 0 ? 0 : withGold.Average(c => F1(c));
    }

    /// <summary>F1 of counts (0 when empty).</summary>
    public static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / ((2.0 * c.Tp) + c.Fp + c.Fn);

    private static string Describe(CorpusEvent e) =>
        string.Create(CultureInfo.InvariantCulture, $"{e.Type}@{e.TriggerStart}-{e.TriggerEnd}:{string.Join(",", e.Actors.Select(a => a.Code ?? a.Kind))}>{string.Join(",", e.Targets.Select(a => a.Code ?? a.Kind))}");

    private static string Describe(SystemEvent e) => $"{e.Type}:{string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}";

    private static string Short(string label) => label == None ? "none" : label[..3];

    private static string Row(string name, (int Tp, int Fp, int Fn) c)
    {
        double p = c.Tp + c.Fp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);
        double r = c.Tp + c.Fn == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fn);
        return string.Create(CultureInfo.InvariantCulture, $"{name,-22} {p,6:0.000} {r,6:0.000} {F1(c),6:0.000}   {c.Tp}/{c.Fp}/{c.Fn}");
    }

    private static JsonObject Json((int Tp, int Fp, int Fn) c) => new() { ["tp"] = c.Tp, ["fp"] = c.Fp, ["fn"] = c.Fn, ["f1"] = Math.Round(F1(c), 4) };

    // Unnamed and unknown participants have no code: the system cannot name them, so they are not scored as arguments.
    private static List<string> Codes(IEnumerable<CorpusParticipant> participants) =>
        [.. participants.Where(p => p.Code is not null).Select(p => p.Code!).Distinct(StringComparer.Ordinal)];

    private static bool SameCodes(List<string> gold, IReadOnlyList<string> system) =>
        gold.TrueForAll(system.Contains) && system.All(gold.Contains);

    private static int Overlap(List<string> gold, IReadOnlyList<string> system) => gold.Count(system.Contains);

    private static (int Tp, int Fp, int Fn) AddArguments((int Tp, int Fp, int Fn) c, List<string> gold, IReadOnlyList<string> system)
    {
        int tp = gold.Count(system.Contains);
        return (c.Tp + tp, c.Fp + system.Distinct(StringComparer.Ordinal).Count() - tp, c.Fn + gold.Count - tp);
    }

    private void Count(string type, int tp = 0, int fp = 0, int fn = 0)
    {
        (int Tp, int Fp, int Fn) c = types.GetValueOrDefault(type);
        types[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    private void Confuse(string gold, string system) => confusion[(gold, system)] = confusion.GetValueOrDefault((gold, system)) + 1;
}
