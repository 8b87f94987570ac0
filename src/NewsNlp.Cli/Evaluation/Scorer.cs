using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsNlp.Cli.Evaluation;

/// <summary>Scores predicted article records against gold annotations exactly as <c>shared/tools/score.py</c> does: maximum one-to-one alignment per field (required gold items first, then optional ones that absorb predictions), micro-averaged over articles.</summary>
internal sealed class Scorer
{
    private readonly Dictionary<string, long[]> totals = GoldMatchers.Fields.ToDictionary(f => f, _ => new long[3], StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> attributes = new(StringComparer.Ordinal)
    {
        ["people.title"] = new long[2], ["people.country"] = new long[2], ["people.age"] = new long[2], ["dates.detected"] = new long[2], ["events.date"] = new long[2],
    };

    private readonly List<string> perDoc = [];

    /// <summary>Gold articles scored.</summary>
    public int Articles { get; private set; }

    /// <summary>Gold articles without a prediction.</summary>
    public int Missing { get; private set; }

    /// <summary>tp, fp, fn of <paramref name="field"/>.</summary>
    public (long Tp, long Fp, long Fn) Counts(string field) => (totals[field][0], totals[field][1], totals[field][2]);

    /// <summary>Lines of <c>--per-doc</c> output.</summary>
    public IReadOnlyList<string> PerDoc => perDoc;

    /// <summary>
    /// score.py's <c>align</c>: a one-to-one alignment with the most matched pairs, required gold items
    /// first, then optional ones, by augmenting paths (a later item never unmatches an earlier one), so
    /// the order of the predictions cannot cost a match. Returns tp, fp, fn and the matched pairs of
    /// required items. The search order (gold items in order, predictions in order, depth first) is
    /// score.py's, so the pairs, and with them the attribute scores, are the same.
    /// </summary>
    public static (int Tp, int Fp, int Fn, List<(JsonObject Pred, JsonObject Gold)> Pairs) Align(List<JsonObject> preds, List<JsonObject> golds, Func<JsonObject, JsonObject, bool> match)
    {
        List<JsonObject> order = [.. golds.Where(g => !GoldMatchers.Truthy(g["optional"])), .. golds.Where(g => GoldMatchers.Truthy(g["optional"]))];
        int required = golds.Count(g => !GoldMatchers.Truthy(g["optional"]));
        var edges = new List<int>[order.Count];
        for (int k = 0; k < order.Count; k++)
        {
            edges[k] = [.. Enumerable.Range(0, preds.Count).Where(i => match(preds[i], order[k]))];
        }

        int[] owner = new int[preds.Count];
        Array.Fill(owner, -1);
        for (int k = 0; k < order.Count; k++)
        {
            Augment(k, edges, owner, new HashSet<int>());
        }

        var matched = new Dictionary<int, int>();
        for (int i = 0; i < owner.Length; i++)
        {
            if (owner[i] >= 0)
            {
                matched[owner[i]] = i;
            }
        }

        var pairs = new List<(JsonObject, JsonObject)>();
        for (int k = 0; k < required; k++)
        {
            if (matched.TryGetValue(k, out int i))
            {
                pairs.Add((preds[i], order[k]));
            }
        }

        return (pairs.Count, owner.Count(o => o < 0), required - pairs.Count, pairs);
    }

    private static bool Augment(int k, List<int>[] edges, int[] owner, HashSet<int> seen)
    {
        foreach (int i in edges[k])
        {
            if (!seen.Add(i))
            {
                continue;
            }

            if (owner[i] < 0 || Augment(owner[i], edges, owner, seen))
            {
                owner[i] = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>score.py's <c>prf</c>.</summary>
    public static (double P, double R, double F) Prf(long tp, long fp, long fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (p, r, f);
    }

    /// <summary>Scores one gold article against its prediction (null when there is none).</summary>
    public void Add(string id, JsonObject gold, JsonObject? pred)
    {
        Articles++;
        if (pred is null)
        {
            Missing++;
        }

        var row = new List<string>();
        foreach (string field in GoldMatchers.Fields)
        {
            var (tp, fp, fn, pairs) = Align(Items(pred, field), Items(gold, field), GoldMatchers.For(field));
            long[] t = totals[field];
            t[0] += tp;
            t[1] += fp;
            t[2] += fn;
            row.Add(string.Create(CultureInfo.InvariantCulture, $"{field}={tp}/{fp}/{fn}"));
            if (field == "people")
            {
                foreach (var (pp, gg) in pairs)
                {
                    Count("people.title", GoldMatchers.SameText(pp["title"], gg["title"]));
                    Count("people.country", GoldMatchers.StrOrEmpty(pp, "country").ToUpperInvariant() == GoldMatchers.StrOrEmpty(gg, "country").ToUpperInvariant());
                    Count("people.age", GoldMatchers.PyEquals(pp["age"], gg["age"]));
                }
            }
            else if (field == "events")
            {
                foreach (var (pp, gg) in pairs)
                {
                    Count("events.date", GoldMatchers.First10(GoldMatchers.StrOrEmpty(pp, "date")) == GoldMatchers.First10(GoldMatchers.StrOrEmpty(gg, "date")));
                }
            }
        }

        var (dtp, _, dfn, _) = Align(Items(pred, "dates"), Items(gold, "dates"), GoldMatchers.DateSpanMatch);
        attributes["dates.detected"][0] += dtp;
        attributes["dates.detected"][1] += dtp + dfn;
        perDoc.Add($"{id}: {string.Join(' ', row)}{(pred is null ? "  (no record)" : "")}");
    }

    /// <summary>The text table score.py prints.</summary>
    public string FormatTable()
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"articles: {Articles}   records missing: {Missing}\n");
        b.Append(c, $"{"field",-12}{"P",7}{"R",7}{"F1",7}   tp/fp/fn\n");
        double sum = 0;
        foreach (string field in GoldMatchers.Fields)
        {
            var (tp, fp, fn) = Counts(field);
            var (p, r, f) = Prf(tp, fp, fn);
            sum += f;
            b.Append(c, $"{field,-12}{Round(p),7:F3}{Round(r),7:F3}{Round(f),7:F3}   {tp}/{fp}/{fn}\n");
        }

        foreach (var (name, (ok, n)) in attributes.Select(a => (a.Key, (a.Value[0], a.Value[1]))))
        {
            string acc = n == 0 ? "n/a" : Round((double)ok / n).ToString("F3", c);
            b.Append(c, $"{name,-16}{acc,7}   ({ok}/{n})\n");
        }

        b.Append(c, $"mean F1: {Round(sum / GoldMatchers.Fields.Length):F3}\n");
        return b.ToString();
    }

    /// <summary>The summary score.py prints with <c>--json</c>.</summary>
    public JsonObject Summary()
    {
        var fields = new JsonObject();
        double sum = 0;
        foreach (string field in GoldMatchers.Fields)
        {
            var (tp, fp, fn) = Counts(field);
            var (p, r, f) = Prf(tp, fp, fn);
            sum += f;
            fields[field] = new JsonObject { ["tp"] = tp, ["fp"] = fp, ["fn"] = fn, ["precision"] = Round(p), ["recall"] = Round(r), ["f1"] = Round(f) };
        }

        var attrs = new JsonObject();
        foreach (var (name, value) in attributes)
        {
            attrs[name] = new JsonObject { ["correct"] = value[0], ["of"] = value[1], ["accuracy"] = value[1] == 0 ? null : Round((double)value[0] / value[1]) };
        }

        return new JsonObject { ["articles"] = Articles, ["records_missing"] = Missing, ["fields"] = fields, ["attributes"] = attrs, ["mean_f1"] = Round(sum / GoldMatchers.Fields.Length) };
    }

    /// <summary>Loads gold articles from a <c>.gold.json</c>/<c>.gold.jsonl</c> file or a folder of them, keyed by id, in file order.</summary>
    public static List<(string Id, JsonObject Gold)> LoadGold(string path)
    {
        var result = new List<(string, JsonObject)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonObject gold in LoadItems(path, [".gold.json", ".gold.jsonl"]))
        {
            string id = GoldMatchers.PyStr(gold["id"]);
            if (seen.TryGetValue(id, out int at))
            {
                result[at] = (id, gold);
            }
            else
            {
                seen[id] = result.Count;
                result.Add((id, gold));
            }
        }

        return result;
    }

    /// <summary>score.py's <c>load_json_items</c>.</summary>
    public static IEnumerable<JsonObject> LoadItems(string path, string[] suffixes)
    {
        if (Directory.Exists(path))
        {
            foreach (string file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
            {
                if (suffixes.Any(s => file.EndsWith(s, StringComparison.Ordinal)))
                {
                    foreach (JsonObject item in LoadItems(file, suffixes))
                    {
                        yield return item;
                    }
                }
            }

            yield break;
        }

        string text = File.ReadAllText(path);
        string stripped = text.Trim();
        if (stripped.Length == 0)
        {
            yield break;
        }

        JsonNode? whole = null;
        if (!path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            try
            {
                whole = JsonNode.Parse(stripped);
            }
            catch (JsonException)
            {
                whole = null;
            }
        }

        if (whole is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                if (item is JsonObject o)
                {
                    yield return o;
                }
            }
        }
        else if (whole is JsonObject single)
        {
            yield return single;
        }
        else
        {
            foreach (string line in text.Split('\n'))
            {
                if (line.Trim().Length > 0 && JsonNode.Parse(line) is JsonObject o)
                {
                    yield return o;
                }
            }
        }
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);

    private static List<JsonObject> Items(JsonObject? record, string field) =>
        record?[field] is JsonArray array && array.Count > 0 ? array.OfType<JsonObject>().ToList() : [];

    private void Count(string attribute, bool ok)
    {
        attributes[attribute][1]++;
        if (ok)
        {
            attributes[attribute][0]++;
        }
    }
}
