using System.Globalization;
using System.Text;
using NewsNlp.Events.Arguments;

namespace NewsNlp.Training.Events;

/// <summary>
/// Cross-validation of the argument-role model with folds by article: for the rules alone and for each policy of combining the
/// model with them (<see cref="RolePolicy"/>), argument precision, recall and F1 over the actor and target codes of the
/// annotated event mentions the lexicon finds (synthetic sentences train only and are never scored).
/// </summary>
internal static class RoleCrossValidation
{
    /// <summary>The report as Markdown.</summary>
    /// <param name="candidates">The examples.</param>
    /// <param name="folds">Folds by article.</param>
    /// <param name="train">Trains a model.</param>
    /// <param name="drops">The policies' drop thresholds.</param>
    /// <param name="adds">The policies' add thresholds.</param>
    /// <param name="errors">When set, a file that receives the tune split's candidates where the shipped policy and the annotators differ.</param>
    public static string Report(List<RoleCandidate> candidates, int folds, Func<List<RoleCandidate>, EventClassifierModel> train, float[] drops, float[] adds, string? errors = null)
    {
        var scored = new List<(RoleCandidate Candidate, float[] Actor, float[] Target)>();
        for (int k = 0; k < folds; k++)
        {
            EventClassifierModel model = train(candidates.Where(c => c.Synthetic || CorpusSplit.Fold(c.Article, folds) != k).ToList());
            foreach (RoleCandidate c in candidates.Where(c => !c.Synthetic && CorpusSplit.Fold(c.Article, folds) == k))
            {
                scored.Add((c, [.. c.Mentions.Select(m => model.Probability(m.Features, 0))], [.. c.Mentions.Select(m => model.Probability(m.Features, 1))]));
            }
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Argument roles: {folds}-fold cross-validation by article (synthetic sentences train only)");
        text.AppendLine();
        int mentions = scored.Sum(s => s.Candidate.Mentions.Count);
        text.AppendLine(CultureInfo.InvariantCulture, $"{scored.Count} annotated event mentions found by the trigger lexicon in {scored.Select(s => s.Candidate.Article).Distinct().Count()} articles, {mentions} participant mentions");
        text.AppendLine(CultureInfo.InvariantCulture, $"(labelled actor {scored.Sum(s => s.Candidate.Mentions.Count(m => m.Label == ArgumentRole.Actor))}, target {scored.Sum(s => s.Candidate.Mentions.Count(m => m.Label == ArgumentRole.Target))}).");
        text.AppendLine("Codes of the argument finder's actors and targets against the annotated codes (P / R / F1); a policy drops a rule's role");
        text.AppendLine("when the model gives it less than `drop` and gives a mention a new role when the model gives it at least `add`.");
        text.AppendLine();
        text.AppendLine("| policy | actors P / R / F1 | targets P / R / F1 | both P / R / F1 | both F1, train split | both F1, tune split |");
        text.AppendLine("|---|---|---|---|---:|---:|");
        Row(text, "rules only", scored, RolePolicy.RulesOnly);
        Row(text, "oracle (every mention takes its label: the ceiling of mention roles)", scored, RolePolicy.RulesOnly, oracle: true);
        foreach (float drop in drops)
        {
            foreach (float add in adds)
            {
                Row(text, add > 1f ? $"drop {drop:0.0}, never add" : $"drop {drop:0.0}, add {add:0.0}", scored, new RolePolicy(drop, add, MayCreate: true));
                Row(text, (add > 1f ? $"drop {drop:0.0}, never add" : $"drop {drop:0.0}, add {add:0.0}") + ", completing only", scored, new RolePolicy(drop, add));
                if (drop > 0f)
                {
                    Row(text, (add > 1f ? $"drop {drop:0.0}, never add" : $"drop {drop:0.0}, add {add:0.0}") + ", targets only dropped", scored, new RolePolicy(drop, add, false, MayCreate: true));
                }
            }
        }

        if (errors is not null)
        {
            using var writer = new StreamWriter(errors);
            foreach ((RoleCandidate c, float[] pa, float[] pt) in scored.Where(s => CorpusSplit.Of(s.Candidate.Article) == "tune"))
            {
                (List<string> a, List<string> t) = Apply(c, pa, pt, RolePolicy.Shipped);
                if (!a.ToHashSet().SetEquals(c.GoldActors) || !t.ToHashSet().SetEquals(c.GoldTargets))
                {
                    string probabilities = string.Join(" ", c.Mentions.Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"{m.Code}:{m.Rule}->{m.Label} a{pa[i]:0.00} t{pt[i]:0.00}")));
                    writer.WriteLine($"{c.Article} {c.Type}\n  {c.Sentence}\n  rules {string.Join(",", c.RuleActors)} -> {string.Join(",", c.RuleTargets)} | model {string.Join(",", a)} -> {string.Join(",", t)} | gold {string.Join(",", c.GoldActors)} -> {string.Join(",", c.GoldTargets)}\n  {probabilities}");
                }
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, List<(RoleCandidate Candidate, float[] Actor, float[] Target)> scored, RolePolicy policy, bool oracle = false)
    {
        var actors = new Counts();
        var targets = new Counts();
        var train = new Counts();
        var tune = new Counts();
        foreach ((RoleCandidate c, float[] pa, float[] pt) in scored)
        {
            (List<string> a, List<string> t) = oracle
                ? Apply(c, [.. c.Mentions.Select(m => m.Label == ArgumentRole.Actor ? 1f : 0f)], [.. c.Mentions.Select(m => m.Label == ArgumentRole.Target ? 1f : 0f)], new RolePolicy(0.5f, 0.5f, MayCreate: true))
                : Apply(c, pa, pt, policy);
            Counts ca = Counts.Of(a, c.GoldActors), ct = Counts.Of(t, c.GoldTargets);
            actors.Add(ca);
            targets.Add(ct);
            Counts split = CorpusSplit.Of(c.Article) == "tune" ? tune : train;
            split.Add(ca);
            split.Add(ct);
        }

        var both = new Counts();
        both.Add(actors);
        both.Add(targets);
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {actors} | {targets} | {both} | {train.F1:0.000} | {tune.F1:0.000} |");
    }

    /// <summary>The codes a policy gives: as <see cref="ArgumentRoles"/> revises them, then a mutual act's targets become actors.</summary>
    public static (List<string> Actors, List<string> Targets) Apply(RoleCandidate c, float[] pa, float[] pt, RolePolicy policy)
    {
        if (!policy.MayCreate && !(c.RuleActors.Length > 0 && (c.RuleTargets.Length > 0 || c.Mutual)))
        {
            // As the library: the model only completes the parties of an act the rules found between parties.
            policy = RolePolicy.RulesOnly;
        }

        var decided = new ArgumentRole[c.Mentions.Count];
        for (int i = 0; i < decided.Length; i++)
        {
            decided[i] = policy.Decide(c.Mentions[i].Rule, pa[i], pt[i]);
        }

        ArgumentRole Final(string code)
        {
            ArgumentRole role = ArgumentRole.None;
            for (int i = 0; i < decided.Length; i++)
            {
                if (c.Mentions[i].Code == code)
                {
                    role = decided[i] == ArgumentRole.Actor ? ArgumentRole.Actor : role == ArgumentRole.None ? decided[i] : role;
                }
            }

            return role;
        }

        bool Mentioned(string code) => c.Mentions.Any(m => m.Code == code);
        var actors = c.RuleActors.Where(code => !Mentioned(code) || Final(code) == ArgumentRole.Actor).ToList();
        var targets = c.RuleTargets.Where(code => !Mentioned(code) || Final(code) == ArgumentRole.Target).ToList();
        foreach (RoleMention m in c.Mentions)
        {
            List<string>? into = Final(m.Code) switch { ArgumentRole.Actor => actors, ArgumentRole.Target => targets, _ => null };
            if (into is not null && !into.Contains(m.Code))
            {
                into.Add(m.Code);
            }
        }

        targets.RemoveAll(actors.Contains);
        if (c.Mutual)
        {
            actors.AddRange(targets.Where(t => !actors.Contains(t)));
            targets.Clear();
        }

        return (actors, targets);
    }

    /// <summary>True positives, false positives and false negatives of argument codes.</summary>
    private sealed class Counts
    {
        public int Tp { get; private set; }

        public int Fp { get; private set; }

        public int Fn { get; private set; }

        public double F1 => Tp == 0 ? 0 : 2.0 * Tp / ((2.0 * Tp) + Fp + Fn);

        public static Counts Of(List<string> system, HashSet<string> gold)
        {
            int tp = system.Count(gold.Contains);
            return new Counts { Tp = tp, Fp = system.Count - tp, Fn = gold.Count - tp };
        }

        public void Add(Counts other)
        {
            Tp += other.Tp;
            Fp += other.Fp;
            Fn += other.Fn;
        }

        public override string ToString()
        {
            double p = Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
            double r = Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
            return string.Create(CultureInfo.InvariantCulture, $"{p:0.000} / {r:0.000} / {F1:0.000}");
        }
    }
}
