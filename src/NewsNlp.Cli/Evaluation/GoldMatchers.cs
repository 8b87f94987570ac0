using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// The matching rules of the reference scorer (<c>shared/tools/score.py</c>), ported rule for rule: person names by
/// tokens without honorifics (equal, or a contiguous run of at least two tokens), countries by code, casualties by
/// kind and count, dates by span overlap (or text without a leading preposition) and value (a time refines a day),
/// events by type, parties (with organization aliases) and date. Values are compared as Python's <c>str()</c> would print them.
/// </summary>
internal static partial class GoldMatchers
{
    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "maulana", "mullah",
        "haji", "hajji", "sheikh", "shaikh", "imam", "ayatollah", "rev", "reverend", "father",
        "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "adm",
        "admiral", "president", "prime", "minister", "king", "queen", "prince", "princess", "emir",
        "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "justice", "pope", "st",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> OrgAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["united nations"] = "UN", ["u.n."] = "UN", ["un"] = "UN",
        ["european union"] = "EU", ["eu"] = "EU", ["nato"] = "NATO",
        ["african union"] = "AU", ["au"] = "AU", ["arab league"] = "ARAB LEAGUE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The five scored fields, in the scorer's order.</summary>
    public static readonly string[] Fields = ["countries", "people", "casualties", "dates", "events"];

    /// <summary>The matcher of <paramref name="field"/>.</summary>
    public static Func<JsonObject, JsonObject, bool> For(string field) => field switch
    {
        "countries" => CountryMatch,
        "people" => PersonMatch,
        "casualties" => CasualtyMatch,
        "dates" => DateMatch,
        _ => EventMatch,
    };

    /// <summary>Python's <c>str(value)</c> for a JSON value (None, True, 3, 2.5, text).</summary>
    public static string PyStr(JsonNode? node)
    {
        if (node is null)
        {
            return "None";
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                return node.GetValue<string>();
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            case JsonValueKind.Null:
                return "None";
            case JsonValueKind.Number:
                string raw = node.ToJsonString();
                if (!raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.OrdinalIgnoreCase) && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
                {
                    return l.ToString(CultureInfo.InvariantCulture);
                }

                return Number(node).ToString("R", CultureInfo.InvariantCulture);
            default:
                return node.ToJsonString();
        }
    }

    /// <summary>Python's <c>a == b</c> for JSON scalars (numbers by value, None equal to None).</summary>
    public static bool PyEquals(JsonNode? a, JsonNode? b)
    {
        if (IsNone(a) || IsNone(b))
        {
            return IsNone(a) && IsNone(b);
        }

        JsonValueKind x = a!.GetValueKind(), y = b!.GetValueKind();
        if (x == JsonValueKind.Number && y == JsonValueKind.Number)
        {
            return Number(a) == Number(b);
        }

        return x == y && a.ToJsonString() == b.ToJsonString();
    }

    /// <summary>True for a missing value or JSON null.</summary>
    public static bool IsNone(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    /// <summary>Python truthiness of a JSON value.</summary>
    public static bool Truthy(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.String => node.GetValue<string>().Length > 0,
        JsonValueKind.Number => Number(node) != 0,
        JsonValueKind.Array => node.AsArray().Count > 0,
        JsonValueKind.Object => node.AsObject().Count > 0,
        _ => true,
    };

    /// <summary>A name's tokens, lower-cased, without leading honorifics.</summary>
    public static List<string> NameTokens(JsonNode? name)
    {
        string text = IsNone(name) ? "" : PyStr(name);
        text = text.ToLowerInvariant().Replace('\u2019', '\'');
        var tokens = new List<string>();
        foreach (Match m in NameToken().Matches(text))
        {
            tokens.Add(m.Value.Trim('\''));
        }

        int skip = 0;
        while (skip < tokens.Count && Honorifics.Contains(tokens[skip].TrimEnd('.')))
        {
            skip++;
        }

        return tokens.Skip(skip).Where(t => t.Length > 0).ToList();
    }

    /// <summary>score.py's <c>person_match</c>.</summary>
    public static bool PersonMatch(JsonObject pred, JsonObject gold)
    {
        List<string> p = NameTokens(pred["name"]);
        var forms = new List<List<string>> { NameTokens(gold["name"]) };
        if (gold["aliases"] is JsonArray aliases)
        {
            forms.AddRange(aliases.Select(NameTokens));
        }

        foreach (List<string> g in forms)
        {
            if (p.Count == 0 || g.Count == 0)
            {
                continue;
            }

            if (p.SequenceEqual(g, StringComparer.Ordinal))
            {
                return true;
            }

            (List<string> shortest, List<string> longest) = p.Count <= g.Count ? (p, g) : (g, p);
            if (shortest.Count >= 2 && ContiguousSub(shortest, longest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>score.py's <c>country_match</c>.</summary>
    public static bool CountryMatch(JsonObject pred, JsonObject gold) =>
        Upper(GetOr(pred, "code")) == Upper(GetOr(gold, "code"));

    /// <summary>score.py's <c>casualty_match</c>.</summary>
    public static bool CasualtyMatch(JsonObject pred, JsonObject gold) =>
        Lower(GetOr(pred, "kind")) == Lower(GetOr(gold, "kind")) && PyEquals(pred["count"], gold["count"]);

    /// <summary>score.py's <c>date_value_equal</c>.</summary>
    public static bool DateValueEqual(JsonNode? predValue, JsonNode? goldValue)
    {
        if (IsNone(predValue) || IsNone(goldValue))
        {
            return IsNone(predValue) && IsNone(goldValue);
        }

        string pv = PyStr(predValue), gv = PyStr(goldValue);
        return pv == gv || (pv.StartsWith(gv, StringComparison.Ordinal) && pv[gv.Length..].StartsWith('T'));
    }

    /// <summary>score.py's <c>date_span_match</c>.</summary>
    public static bool DateSpanMatch(JsonObject pred, JsonObject gold)
    {
        JsonNode? gs = gold["start"], ps = pred["start"], pe = pred["end"];
        if (!IsNone(gs) && !IsNone(ps) && !IsNone(pe))
        {
            double ge = Number(gs) + PyStr(gold["text"] ?? JsonValue.Create("")).Length;
            return Number(ps) < ge && Number(gs) < Number(pe);
        }

        return NormalizeDateText(pred["text"]) == NormalizeDateText(gold["text"]);
    }

    /// <summary>score.py's <c>date_match</c>.</summary>
    public static bool DateMatch(JsonObject pred, JsonObject gold) =>
        DateSpanMatch(pred, gold) && DateValueEqual(pred["value"], gold["value"]);

    /// <summary>score.py's <c>party</c>: an organization alias or an upper-cased code.</summary>
    public static string Party(JsonNode? code)
    {
        string s = PyStr(code).Trim();
        return OrgAliases.TryGetValue(s.ToLowerInvariant(), out string? alias) ? alias : s.ToUpperInvariant();
    }

    /// <summary>score.py's <c>event_match</c>.</summary>
    public static bool EventMatch(JsonObject pred, JsonObject gold)
    {
        if (Lower(GetOr(pred, "type")) != Lower(GetOr(gold, "type")))
        {
            return false;
        }

        HashSet<string> pa = Parties(pred["actors"]), pt = Parties(pred["targets"]), ga = Parties(gold["actors"]), gt = Parties(gold["targets"]);
        bool ok;
        if (gt.Count > 0)
        {
            ok = (ga.Count == 0 || pa.Overlaps(ga)) && pt.Overlaps(gt);
        }
        else if (ga.Count > 0)
        {
            ok = ga.IsSubsetOf(pa.Union(pt));
        }
        else
        {
            ok = true;
        }

        if (!ok)
        {
            return false;
        }

        JsonNode? gd = gold["date"], pd = pred["date"];
        return !(Truthy(gd) && Truthy(pd) && First10(PyStr(pd)) != First10(PyStr(gd)));
    }

    /// <summary>score.py's <c>same_text</c>.</summary>
    public static bool SameText(JsonNode? a, JsonNode? b)
    {
        if (IsNone(a) || IsNone(b))
        {
            return IsNone(a) && IsNone(b);
        }

        string x = PyStr(a).ToLowerInvariant().Trim(), y = PyStr(b).ToLowerInvariant().Trim();
        return x == y || (x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal)));
    }

    /// <summary>The first ten characters (a date's day part).</summary>
    public static string First10(string s) => s.Length <= 10 ? s : s[..10];

    /// <summary><c>str(obj.get(name) or "")</c>.</summary>
    public static string StrOrEmpty(JsonObject obj, string name) => Truthy(obj[name]) ? PyStr(obj[name]) : "";

    private static JsonNode GetOr(JsonObject obj, string name) => obj.ContainsKey(name) ? obj[name] ?? JsonValue.Create("None")! : JsonValue.Create("")!;

    private static string Upper(JsonNode node) => PyStr(node).ToUpperInvariant();

    private static string Lower(JsonNode node) => PyStr(node).ToLowerInvariant();

    private static double Number(JsonNode? node) => double.Parse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static HashSet<string> Parties(JsonNode? list)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (Truthy(list) && list is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                set.Add(Party(item));
            }
        }

        return set;
    }

    private static bool ContiguousSub(List<string> shortest, List<string> longest)
    {
        for (int i = 0; i + shortest.Count <= longest.Count; i++)
        {
            if (longest.Skip(i).Take(shortest.Count).SequenceEqual(shortest, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string NormalizeDateText(JsonNode? text)
    {
        string s = (Truthy(text) ? PyStr(text) : "").Trim().ToLowerInvariant();
        return Preposition().Replace(s, "", 1);
    }

    [GeneratedRegex(@"[\w'\-]+", RegexOptions.NonBacktracking)]
    private static partial Regex NameToken();

    [GeneratedRegex(@"^(on|in|at|by|since|until|from|during|last|this|next)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Preposition();
}
