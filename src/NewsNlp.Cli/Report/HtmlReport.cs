using System.Globalization;
using System.Net;
using System.Text;

namespace NewsNlp.Cli.Report;

/// <summary>Renders a <see cref="ReportModel"/> as one self-contained HTML page: inline CSS, SVG and a few lines of script, no external assets.</summary>
internal static class HtmlReport
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    /// <summary>The page for <paramref name="model"/>, titled <paramref name="title"/>.</summary>
    public static string Render(ReportModel model, string title)
    {
        var shown = new List<ReportModel.Cell>();
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>").Append(Css).Append("</style></head><body>\n");
        b.Append("<header><h1>").Append(E(title)).Append("</h1><p class=\"meta\">")
            .Append(I($"{model.Articles:N0} articles, {model.Records:N0} records, {model.Errors:N0} errors. Click any bar, cell or name for its evidence sentences."))
            .Append("</p></header>\n");
        Timeline(b, model, shown);
        Matrix(b, model, shown);
        People(b, model, shown);
        Casualties(b, model, shown);
        EvidenceSection(b, shown);
        b.Append("<script>").Append(Script).Append("</script>\n</body></html>\n");
        return b.ToString();
    }

    private static void Timeline(StringBuilder b, ReportModel model, List<ReportModel.Cell> shown)
    {
        b.Append("<section><h2>Events by month and type</h2>\n");
        var months = model.Timeline.Keys.ToList();
        var types = model.Timeline.Values.SelectMany(t => t).GroupBy(t => t.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Value.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        if (months.Count == 0)
        {
            b.Append("<p class=\"empty\">No events in this batch.</p></section>\n");
            return;
        }

        int max = model.Timeline.Values.Max(t => t.Values.Sum(c => c.Count));
        const int Width = 1240, Height = 320, Left = 50, Bottom = 60, Top = 10;
        double slot = (Width - Left - 10) / (double)months.Count;
        double barWidth = Math.Max(2, slot * 0.8);
        b.Append(I($"<svg class=\"timeline\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"events per month by type\">"));
        for (int k = 0; k <= 4; k++)
        {
            double y = Height - Bottom - ((Height - Bottom - Top) * k / 4.0);
            b.Append(I($"<line x1=\"{Left}\" x2=\"{Width - 10}\" y1=\"{y:F1}\" y2=\"{y:F1}\" class=\"grid\"/><text x=\"{Left - 6}\" y=\"{y + 4:F1}\" class=\"axis\" text-anchor=\"end\">{max * k / 4}</text>"));
        }

        int labelEvery = Math.Max(1, (int)Math.Ceiling(months.Count / 24.0));
        for (int m = 0; m < months.Count; m++)
        {
            double x = Left + (m * slot) + ((slot - barWidth) / 2);
            double y = Height - Bottom;
            foreach (string type in types)
            {
                if (!model.Timeline[months[m]].TryGetValue(type, out ReportModel.Cell? cell))
                {
                    continue;
                }

                double h = (Height - Bottom - Top) * cell.Count / (double)max;
                y -= h;
                shown.Add(cell);
                b.Append(I($"<a href=\"#{cell.Anchor}\"><rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{barWidth:F1}\" height=\"{h:F1}\" fill=\"{Color(types.IndexOf(type))}\"><title>{E(months[m])}: {cell.Count} {E(type)}</title></rect></a>"));
            }

            if (m % labelEvery == 0)
            {
                b.Append(I($"<text x=\"{x + (barWidth / 2):F1}\" y=\"{Height - Bottom + 14}\" class=\"axis\" text-anchor=\"end\" transform=\"rotate(-45 {x + (barWidth / 2):F1} {Height - Bottom + 14})\">{E(months[m])}</text>"));
            }
        }

        b.Append("</svg>\n<div class=\"legend\">");
        for (int t = 0; t < types.Count; t++)
        {
            b.Append(I($"<span><i style=\"background:{Color(t)}\"></i>{E(types[t])}</span>"));
        }

        b.Append("</div></section>\n");
    }

    private static void Matrix(StringBuilder b, ReportModel model, List<ReportModel.Cell> shown)
    {
        b.Append("<section><h2>Who acted against whom (events, actor row \u2192 target column)</h2>\n");
        if (model.Matrix.Count == 0)
        {
            b.Append("<p class=\"empty\">No events with both an actor and a target.</p></section>\n");
            return;
        }

        List<string> Top(Func<(string Actor, string Target), string> key) => model.Matrix
            .GroupBy(kv => key(kv.Key), StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(kv => kv.Value.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(15).Select(g => g.Key).ToList();
        List<string> actors = Top(k => k.Actor), targets = Top(k => k.Target);
        int max = model.Matrix.Values.Max(c => c.Count);
        b.Append("<table class=\"matrix\"><tr><th>actor \\ target</th>");
        foreach (string t in targets)
        {
            b.Append("<th title=\"").Append(E(Name(model, t))).Append("\">").Append(E(t)).Append("</th>");
        }

        b.Append("</tr>\n");
        foreach (string a in actors)
        {
            b.Append("<tr><th title=\"").Append(E(Name(model, a))).Append("\">").Append(E(a)).Append(' ').Append("<small>").Append(E(Name(model, a))).Append("</small></th>");
            foreach (string t in targets)
            {
                if (model.Matrix.TryGetValue((a, t), out ReportModel.Cell? cell))
                {
                    shown.Add(cell);
                    double heat = 0.15 + (0.85 * cell.Count / max);
                    b.Append(I($"<td style=\"background:rgba(225,87,89,{heat:F2})\"><a href=\"#{cell.Anchor}\">{cell.Count}</a></td>"));
                }
                else
                {
                    b.Append("<td></td>");
                }
            }

            b.Append("</tr>\n");
        }

        b.Append("</table></section>\n");
    }

    private static void People(StringBuilder b, ReportModel model, List<ReportModel.Cell> shown)
    {
        b.Append("<section><h2>Top people (by articles mentioning them)</h2>\n");
        var top = model.People.Values.OrderByDescending(p => p.Articles).ThenByDescending(p => p.Mentions).ThenBy(p => p.Name, StringComparer.Ordinal).Take(25).ToList();
        if (top.Count == 0)
        {
            b.Append("<p class=\"empty\">No people in this batch.</p></section>\n");
            return;
        }

        int max = top[0].Articles;
        b.Append("<table class=\"people\"><tr><th>name</th><th>title</th><th>country</th><th>articles</th><th>mentions</th></tr>\n");
        foreach (var p in top)
        {
            shown.Add(p.Cell);
            b.Append(I($"<tr><td><a href=\"#{p.Cell.Anchor}\">{E(p.Name)}</a></td><td>{E(p.Title ?? "")}</td><td>{E(p.Country ?? "")}</td><td><span class=\"bar\" style=\"width:{120.0 * p.Articles / max:F0}px\"></span> {p.Articles}</td><td>{p.Mentions}</td></tr>\n"));
        }

        b.Append("</table></section>\n");
    }

    private static void Casualties(StringBuilder b, ReportModel model, List<ReportModel.Cell> shown)
    {
        b.Append("<section><h2>Casualties by country and month (killed / injured)</h2>\n");
        if (model.Casualties.Count == 0)
        {
            b.Append("<p class=\"empty\">No casualty counts in this batch.</p></section>\n");
            return;
        }

        var countries = model.Casualties.GroupBy(kv => kv.Key.Country, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(kv => kv.Value.Killed + kv.Value.Injured)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).Select(g => g.Key).ToList();
        var months = model.Casualties.Keys.Where(k => countries.Contains(k.Country)).Select(k => k.Month).Distinct().Order(StringComparer.Ordinal).TakeLast(18).ToList();
        b.Append("<table class=\"casualties\"><tr><th>country</th>");
        foreach (string m in months)
        {
            b.Append("<th>").Append(E(m)).Append("</th>");
        }

        b.Append("<th>total</th></tr>\n");
        foreach (string c in countries)
        {
            b.Append("<tr><th>").Append(E(c)).Append(" <small>").Append(E(Name(model, c))).Append("</small></th>");
            long killed = 0, injured = 0;
            foreach (string m in months)
            {
                if (model.Casualties.TryGetValue((c, m), out ReportModel.CasualtyCell? cell))
                {
                    shown.Add(cell.Cell);
                    killed += cell.Killed;
                    injured += cell.Injured;
                    b.Append(I($"<td><a href=\"#{cell.Cell.Anchor}\"><b>{cell.Killed}</b> / {cell.Injured}</a></td>"));
                }
                else
                {
                    b.Append("<td></td>");
                }
            }

            b.Append(I($"<td><b>{killed}</b> / {injured}</td></tr>\n"));
        }

        b.Append("</table></section>\n");
    }

    private static void EvidenceSection(StringBuilder b, List<ReportModel.Cell> shown)
    {
        b.Append("<section><h2>Evidence</h2>\n");
        foreach (ReportModel.Cell cell in shown.Distinct())
        {
            b.Append(I($"<details id=\"{cell.Anchor}\"><summary>{E(cell.Label)} <small>({cell.Count}; first {cell.Evidence.Count} shown)</small></summary><ol>"));
            foreach (Evidence e in cell.Evidence)
            {
                b.Append("<li><span class=\"src\">").Append(E(e.Title ?? e.ArticleId)).Append(" <code>").Append(E(e.ArticleId)).Append("</code></span> ")
                    .Append(E(e.Before)).Append("<mark>").Append(E(e.Hit)).Append("</mark>").Append(E(e.After)).Append("</li>");
            }

            b.Append("</ol></details>\n");
        }

        b.Append("</section>\n");
    }

    private static string Name(ReportModel model, string code) => model.CountryNames.GetValueOrDefault(code) ?? code;

    private static string Color(int index) => Palette[index % Palette.Length];

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 24px 40px;color:#222;background:#fafafa}
        header{border-bottom:2px solid #4e79a7;margin-bottom:8px}h1{margin:16px 0 4px;font-size:22px}.meta{color:#555;margin:0 0 10px}
        section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 16px;margin:14px 0}h2{font-size:16px;margin:4px 0 10px}
        .grid{stroke:#e5e5e5}.axis{font-size:11px;fill:#555}svg a rect:hover{opacity:.75}
        .legend span{display:inline-block;margin-right:14px;font-size:12px}.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px;border-radius:2px}
        table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #e3e3e3;padding:3px 7px;text-align:center}th{background:#f3f5f8;font-weight:600}
        table th:first-child{text-align:left}td a{color:#111;text-decoration:none;display:block}small{color:#777;font-weight:400}
        .people td{text-align:left}.bar{display:inline-block;height:10px;background:#4e79a7;border-radius:2px;vertical-align:-1px}
        details{margin:3px 0}details:target,details.hit{background:#fff8d6}summary{cursor:pointer}ol{margin:4px 0 8px}li{margin:3px 0}
        mark{background:#ffe08a;padding:0 2px}.src{color:#4e79a7;font-size:12px}code{font-size:11px;color:#888}.empty{color:#888}
        """;

    private const string Script = """
        function openHash(){var id=location.hash.slice(1);if(!id)return;var d=document.getElementById(id);if(d&&d.tagName==='DETAILS'){d.open=true;document.querySelectorAll('details.hit').forEach(function(x){x.classList.remove('hit')});d.classList.add('hit');d.scrollIntoView({block:'center'});}}
        window.addEventListener('hashchange',openHash);openHash();
        """;
}
