using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsNlp.Lexicons;

namespace NewsNlp.Events.Arguments;

/// <summary>When the role model overrules the rules: the thresholds chosen by cross-validation by article (<c>train-argument-roles</c>).</summary>
/// <param name="Drop">A role the rules gave is taken away when the model gives it less than this probability.</param>
/// <param name="Add">A mention gets a role the rules did not give it (or the other role) when the model gives that role at least this.</param>
/// <param name="DropActors">False when only targets may be dropped: an actor the rules named stays.</param>
/// <param name="MayCreate">True when the model may also give parties to a trigger the rules left without an actor or (unless mutual) a target, which makes a candidate of it.</param>
internal readonly record struct RolePolicy(float Drop, float Add, bool DropActors = true, bool MayCreate = false)
{
    /// <summary>The rules alone: the model never overrules them.</summary>
    public static RolePolicy RulesOnly => new(0f, 2f);

    /// <summary>The policy of the library (see <c>Resources/Models/argument-roles.md</c>).</summary>
    public static RolePolicy Shipped => new(0f, 0.7f);

    /// <summary>The role a mention ends with, from the rules' role and the model's two probabilities.</summary>
    public ArgumentRole Decide(ArgumentRole rule, float actor, float target)
    {
        float kept = rule == ArgumentRole.Actor ? actor : rule == ArgumentRole.Target ? target : 1f;
        if (rule != ArgumentRole.None && (kept >= Drop || (rule == ArgumentRole.Actor && !DropActors)))
        {
            return rule;
        }

        // The rules gave nothing, or a role the model does not believe: the model's stronger role if it is sure enough.
        (ArgumentRole best, float p) = actor >= target ? (ArgumentRole.Actor, actor) : (ArgumentRole.Target, target);
        return p >= Add && best != rule ? best : ArgumentRole.None;
    }
}

/// <summary>
/// The learned argument-role model: for each participant mention in a candidate's sentence (countries, capitals, demonyms,
/// organisations, armed groups, people in office), the probability that it is the actor and that it is the target, from the rules'
/// own role and the grammar around it (<see cref="RoleFeatures"/>). Trained by the NewsNlp.Training tool's <c>train-argument-roles</c>
/// on the event corpus's annotated actor and target spans; two logistic regressions stored as a two-output
/// <see cref="EventClassifierModel"/> and scored in plain C#. It revises the rules' actors and targets where it is confident
/// (<see cref="RolePolicy"/>). One per argument finder.
/// </summary>
internal sealed class ArgumentRoles
{
    /// <summary>The model's outputs, in order.</summary>
    public static readonly ImmutableArray<string> Outputs = ["actor", "target"];

    private const string ResourceName = "NewsNlp.Models/argument-roles.bin";

    private static readonly Lazy<EventClassifierModel?> DefaultModel = new(() =>
    {
        using Stream? stream = ResourceFile.TryOpen(ResourceName);
        return stream is null ? null : EventClassifierModel.Load(stream);
    });

    /// <summary>Mentions scored, in tokens on each side of the trigger: wider than nearly every sentence of the corpus.</summary>
    private const int Reach = 40;

    [ThreadStatic]
    private static List<int>? featureBuffer;

    private readonly MentionContext context;

    private readonly EventClassifierModel? model;

    private readonly RolePolicy policy;

    // Which finder gave each code of the current candidate (a handful of entries, reused from trigger to trigger).
    private readonly List<(string Code, RuleSource Source)> sources = new(8);

    /// <summary>Creates the revision step over one document's mentions.</summary>
    /// <param name="context">The document's mentions and grammar.</param>
    /// <param name="model">The role model; null leaves the rules' roles alone.</param>
    /// <param name="policy">When the model overrules the rules.</param>
    public ArgumentRoles(MentionContext context, EventClassifierModel? model, RolePolicy policy)
    {
        this.context = context;
        this.model = model;
        this.policy = policy;
    }

    /// <summary>The shipped model, or null when the library was built without one.</summary>
    public static EventClassifierModel? Default => DefaultModel.Value;

    /// <summary>Sees every mention's features with the rules' role (the training tool labels them); null in the library.</summary>
    public Action<RoleSetting, int, ArgumentRole, List<int>>? Observer { get; init; }

    /// <summary>True when there is a model to apply or an observer to feed.</summary>
    public bool Active => model is not null || Observer is not null;

    /// <summary>The rules' role of a code: actor, target or none.</summary>
    public static ArgumentRole RuleRole(EventCandidate candidate, string code) =>
        candidate.Actors.Contains(code) ? ArgumentRole.Actor : candidate.Targets.Contains(code) ? ArgumentRole.Target : ArgumentRole.None;

    /// <summary>Forgets the rule sources of the previous candidate.</summary>
    public void Begin() => sources.Clear();

    /// <summary>Records <paramref name="source"/> as the finder of every code of <paramref name="candidate"/> not recorded yet.</summary>
    public void Note(EventCandidate candidate, RuleSource source)
    {
        if (!Active)
        {
            return;
        }

        NoteAll(candidate.Actors, source);
        NoteAll(candidate.Targets, source);
    }

    /// <summary>The finder that gave <paramref name="code"/>, or <see cref="RuleSource.None"/>.</summary>
    public RuleSource SourceOf(string code)
    {
        foreach ((string c, RuleSource source) in sources)
        {
            if (c == code)
            {
                return source;
            }
        }

        return RuleSource.None;
    }

    private void NoteAll(List<string> codes, RuleSource source)
    {
        foreach (string code in codes)
        {
            if (SourceOf(code) == RuleSource.None)
            {
                sources.Add((code, source));
            }
        }
    }

    /// <summary>Revises the actors and targets of <paramref name="candidate"/> over the sentence's mentions [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public void Revise(in RoleSetting setting, EventCandidate candidate, int first, int end)
    {
        if (!Active)
        {
            return;
        }

        // Mentions far from the trigger keep the rules' roles: the features read the tokens between, and a bounded reach keeps a
        // sentence of thousands of names linear.
        first = Math.Max(first, context.Index.FirstAtOrAfter(Math.Max(0, setting.Trigger.FirstToken - Reach)));
        end = Math.Min(end, context.Index.FirstAtOrAfter(setting.Trigger.LastToken + Reach + 1));
        if (end <= first)
        {
            return;
        }

        ActorMention[] mentions = context.Mentions;
        int count = end - first;
        Span<ArgumentRole> decided = count <= 32 ? stackalloc ArgumentRole[count] : new ArgumentRole[count];
        bool changed = false;
        List<int> features = featureBuffer ??= new List<int>(128);
        for (int m = first; m < end; m++)
        {
            ActorMention mention = mentions[m];
            ArgumentRole rule = mention.Form == ActorForm.Pair ? ArgumentRole.None : RuleRole(candidate, mention.Code);
            decided[m - first] = rule;
            if (mention.Form == ActorForm.Pair || NonPartyUses.IsNonParty(context.Document, setting.Sentence, mention, candidate.Type))
            {
                continue;
            }

            features.Clear();
            RoleFeatures.Collect(context, setting, m, rule, SourceOf(mention.Code), features);
            Observer?.Invoke(setting, m, rule, features);
            if (model is not null)
            {
                ReadOnlySpan<int> span = CollectionsMarshal.AsSpan(features);
                decided[m - first] = policy.Decide(rule, model.Probability(span, 0), model.Probability(span, 1));
                changed |= decided[m - first] != rule;
            }
        }

        // The model completes the parties of an act the rules found between parties; it never makes a candidate of a trigger the rules
        // left without an actor or (unless mutual) a target: on ordinary news such triggers are mostly no events ("60 strikes around
        // Yugoslavia", "asked him to form a government"), and a party added there let them through.
        bool completes = policy.MayCreate || (candidate.Actors.Count > 0 && (candidate.Targets.Count > 0 || candidate.Mutual));
        if (changed && completes)
        {
            Apply(setting, candidate, first, end, decided);
        }
    }

    /// <summary>Rebuilds the code lists: a code is an actor when any of its mentions is, else a target when any is; codes without a mention in the sentence stay.</summary>
    private void Apply(in RoleSetting setting, EventCandidate candidate, int first, int end, ReadOnlySpan<ArgumentRole> decided)
    {
        ActorMention[] mentions = context.Mentions;
        string? subjectCode = setting.Subject >= 0 && mentions[setting.Subject].Form != ActorForm.Pair ? mentions[setting.Subject].Code : null;
        bool subjectActed = subjectCode is not null && candidate.ActorsFromSubject && candidate.Actors.Contains(subjectCode);
        List<string> actors = candidate.Actors;
        List<string> targets = candidate.Targets;
        Keep(actors, ArgumentRole.Actor, first, end, decided);
        Keep(targets, ArgumentRole.Target, first, end, decided);
        for (int m = first; m < end; m++)
        {
            ActorMention mention = mentions[m];
            if (mention.Form == ActorForm.Pair)
            {
                continue;
            }

            ArgumentRole role = Final(mention.Code, first, end, decided);
            List<string>? into = role == ArgumentRole.Actor ? actors : role == ArgumentRole.Target ? targets : null;
            if (into is not null && !into.Contains(mention.Code))
            {
                into.Add(mention.Code);
            }
        }

        targets.RemoveAll(actors.Contains);
        candidate.AgentlessPassive = setting.Passive && actors.Count == 0;
        candidate.ActorsFromSubject = subjectActed && actors.Contains(subjectCode!);
    }

    /// <summary>Removes the codes mentioned in the sentence whose final role is not <paramref name="role"/>.</summary>
    private void Keep(List<string> codes, ArgumentRole role, int first, int end, ReadOnlySpan<ArgumentRole> decided)
    {
        for (int i = codes.Count - 1; i >= 0; i--)
        {
            if (Mentioned(codes[i], first, end) && Final(codes[i], first, end, decided) != role)
            {
                codes.RemoveAt(i);
            }
        }
    }

    private bool Mentioned(string code, int first, int end)
    {
        for (int m = first; m < end; m++)
        {
            if (context.Mentions[m].Form != ActorForm.Pair && context.Mentions[m].Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private ArgumentRole Final(string code, int first, int end, ReadOnlySpan<ArgumentRole> decided)
    {
        ArgumentRole role = ArgumentRole.None;
        for (int m = first; m < end; m++)
        {
            if (context.Mentions[m].Form == ActorForm.Pair || context.Mentions[m].Code != code)
            {
                continue;
            }

            if (decided[m - first] == ArgumentRole.Actor)
            {
                return ArgumentRole.Actor;
            }

            role = decided[m - first] == ArgumentRole.Target ? ArgumentRole.Target : role;
        }

        return role;
    }
}
