using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>The role of one participant mention in one event: what the rules gave it, or what the role model decides.</summary>
internal enum ArgumentRole : byte
{
    /// <summary>Not a party of the event (a venue, a speaker, a victim's country, a flag).</summary>
    None,
    /// <summary>Does the act.</summary>
    Actor,
    /// <summary>The act is done to it.</summary>
    Target,
}

/// <summary>Which of the rules' finders gave a code its role.</summary>
internal enum RuleSource : byte
{
    /// <summary>No finder gave it a role.</summary>
    None,
    /// <summary>A modifier of the trigger ("an Iranian attack").</summary>
    Modifier,
    /// <summary>"between X and Y".</summary>
    Between,
    /// <summary>An agent after "by" or an ascription.</summary>
    Agent,
    /// <summary>The subject of the trigger's clause.</summary>
    Subject,
    /// <summary>The object or a prepositional target.</summary>
    Object,
    /// <summary>The object before an instrument phrase ("killed X in an airstrike").</summary>
    Instrument,
}

/// <summary>What the rules found around one trigger, which every mention's features read.</summary>
/// <param name="Sentence">The trigger's sentence.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="Type">The event type.</param>
/// <param name="ClauseStart">First token of the trigger's clause.</param>
/// <param name="ClauseEnd">End token of the trigger's clause.</param>
/// <param name="Passive">Whether the trigger is passive.</param>
/// <param name="Subject">The subject mention the subject finder chose, or -1.</param>
internal readonly record struct RoleSetting(Sentence Sentence, TriggerMatch Trigger, string Type, int ClauseStart, int ClauseEnd, bool Passive, int Subject);

/// <summary>
/// The features of the argument-role model (<see cref="ArgumentRoles"/>) for one participant mention of one candidate event:
/// the rules' own role for it, where it stands against the trigger, the preposition that governs it, voice, subjecthood, verbs,
/// clause breaks and speakers between, location and flag phrases, its kind, the event type and the trigger. Hashed into the
/// event classifier's feature space; training (<c>train-argument-roles</c>) and inference read them through this one method.
/// </summary>
internal static class RoleFeatures
{

    private const uint WordSeed = 0x3C6EF372;

    // One name per form, indexed by the byte enum (no string is made per mention).
    private static readonly string[] FormNames = [.. Enum.GetValues<ActorForm>().OrderBy(f => (int)f).Select(f => f.ToString())];

    private static readonly string[] SourceNames = [.. Enum.GetValues<RuleSource>().OrderBy(f => (int)f).Select(f => f.ToString())];

    private static readonly string[] RoleNames = [.. Enum.GetValues<ArgumentRole>().OrderBy(r => (int)r).Select(r => r.ToString().ToLowerInvariant())];

    private static readonly string[] Distances = ["0", "1", "2", "3", "4", "5-6", "5-6", "7-10", "7-10", "7-10", "7-10"];

    /// <summary>Adds the features of mention <paramref name="m"/> to <paramref name="features"/>.</summary>
    /// <param name="context">The document's mentions and grammar.</param>
    /// <param name="setting">The trigger and what the rules found around it.</param>
    /// <param name="m">Index of the mention in the document's mentions.</param>
    /// <param name="rule">The role the rules gave the mention's code.</param>
    /// <param name="source">The finder that gave it.</param>
    /// <param name="features">Receives hashed feature indexes.</param>
    public static void Collect(MentionContext context, in RoleSetting setting, int m, ArgumentRole rule, RuleSource source, List<int> features)
    {
        Document document = context.Document;
        ActorMention mention = context.Mentions[m];
        TriggerMatch trigger = setting.Trigger;
        uint typeKey = Hash("type", setting.Type);
        uint ruleKey = Mix(Hash("rule", RoleNames[(int)rule]), Hash("source", SourceNames[(int)source]));
        string side = mention.LastToken < trigger.FirstToken ? "before" : mention.FirstToken > trigger.LastToken ? "after" : "inside";
        uint sideKey = Hash("side", side);
        int gap = side == "before" ? trigger.FirstToken - mention.LastToken - 1 : side == "after" ? mention.FirstToken - trigger.LastToken - 1 : 0;
        string preposition = context.WordBefore(context.PhraseStart(m), out _) ?? "-";
        uint prepositionKey = Hash("preposition", preposition);
        uint formKey = Hash("form", FormNames[(int)mention.Form]);
        bool subject = m == setting.Subject;

        features.Add(Bucket(typeKey));
        Both(typeKey, ruleKey, features);
        Both(typeKey, Mix(ruleKey, formKey), features);
        Both(typeKey, Mix(ruleKey, sideKey), features);
        Both(typeKey, formKey, features);
        Both(typeKey, Hash("kind", mention.Code.Length == 2 ? "state" : "organisation"), features);
        Both(typeKey, Mix(sideKey, Hash("distance", gap < Distances.Length ? Distances[gap] : "far")), features);
        Both(typeKey, Mix(sideKey, prepositionKey), features);
        Both(typeKey, Mix(Mix(sideKey, prepositionKey), Hash("passive", setting.Passive ? "1" : "0")), features);
        Both(typeKey, Mix(sideKey, Hash("passive", setting.Passive ? "1" : "0")), features);
        Both(typeKey, Mix(Hash("subject", subject ? "1" : "0"), Hash("passive", setting.Passive ? "1" : "0")), features);
        Both(typeKey, Mix(ruleKey, Hash("subject", subject ? "1" : "0")), features);
        Both(typeKey, Mix(Hash("trigger", trigger.Pattern.Text), sideKey), features);
        features.Add(Bucket(Mix(Mix(Hash("trigger", trigger.Pattern.Text), sideKey), prepositionKey)));
        Both(typeKey, Hash("in-clause", mention.FirstToken >= setting.ClauseStart && mention.LastToken < setting.ClauseEnd ? "1" : "0"), features);

        // The words on each side of the mention: "the port was shelled by X", "X said", "a Liberian tanker", "the Uruguay Round".
        if (mention.FirstToken > setting.Sentence.FirstToken)
        {
            Both(typeKey, Mix(Hash("word", "before"), Word(document, mention.FirstToken - 1)), features);
        }

        for (int k = 1; k <= 2 && mention.LastToken + k < setting.Sentence.EndToken; k++)
        {
            Both(typeKey, Mix(Hash("word", k == 1 ? "after1" : "after2"), Word(document, mention.LastToken + k)), features);
        }

        Flag(context.IsPossessive(mention), "possessive", typeKey, features);
        Flag(context.AfterDeterminer(mention), "determiner", typeKey, features);
        Flag(mention.LastToken + 1 < setting.Sentence.EndToken && document.Is(mention.LastToken + 1, EventWords.ArmedForceWords), "force-head", typeKey, features);
        Flag(mention.LastToken + 1 < setting.Sentence.EndToken && document.Is(mention.LastToken + 1, EventWords.SayVerbs), "says", typeKey, features);
        Flag(AccordingTo(document, mention.FirstToken, setting.Sentence.FirstToken), "according-to", typeKey, features);
        Flag(preposition is "in" or "at" or "near" or "inside" && mention.Form is ActorForm.Name or ActorForm.Capital or ActorForm.Place or ActorForm.Alias, "location", typeKey, features);
        Flag(InDateline(document, setting.Sentence, mention), "dateline", typeKey, features);
        Both(typeKey, Mix(ruleKey, Hash("caps", Capitals(document, setting.Sentence) ? "1" : "0")), features);
        Between(document, context, setting, m, side, typeKey, features);
    }

    // "BAHRAIN, March 5 - Iranian troops ...": the place a story was filed from, before the dash of a dateline.
    private static bool InDateline(Document document, Sentence sentence, ActorMention mention)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken && t - sentence.FirstToken < 8; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Dash)
            {
                return mention.LastToken < t;
            }
        }

        return false;
    }

    // A bulletin in capitals (the MUC-4 reports) reads differently from wire prose: the rules' roles are worth less there.
    private static bool Capitals(Document document, Sentence sentence)
    {
        int upper = 0, words = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken && words < 6; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word)
            {
                words++;
                upper += document.Span(document.Tokens[t]) is var w && w.Length > 1 && char.IsUpper(w[1]) ? 1 : 0;
            }
        }

        return words > 0 && upper * 2 > words;
    }

    /// <summary>What stands between the mention and the trigger: verbs, verbs of saying, clause breaks, other mentions, "and".</summary>
    private static void Between(Document document, MentionContext context, in RoleSetting setting, int m, string side, uint typeKey, List<int> features)
    {
        ActorMention mention = context.Mentions[m];
        int from = side == "before" ? mention.LastToken + 1 : setting.Trigger.LastToken + 1;
        int to = side == "before" ? setting.Trigger.FirstToken : mention.FirstToken;
        int verbs = 0, mentions = 0;
        bool say = false, comma = false, clause = false, and = false, that = false;
        for (int t = from; t < to; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            comma |= word is ",";
            clause |= word is ";" or "(" or ")" || (token.Kind == TokenKind.Word && document.Is(t, EventWords.ClauseBreakers));
            and |= word is "and";
            that |= word is "that" or "which" or "who";
            if (token.Kind == TokenKind.Word && char.IsLower(word[0]))
            {
                bool saying = document.Is(t, EventWords.SayVerbs);
                say |= saying;
                verbs += saying || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        for (int k = context.Index.FirstAtOrAfter(from); k < context.Mentions.Length && context.Mentions[k].LastToken < to; k++)
        {
            mentions += k == m ? 0 : 1;
        }

        // How many mentions stand nearer the trigger on the same side: the nearest one is the likeliest party.
        Both(typeKey, Mix(Hash("rank", mentions == 0 ? "nearest" : mentions == 1 ? "second" : "further"), Hash("side", side)), features);
        Both(typeKey, Hash("verbs-between", verbs == 0 ? "0" : verbs == 1 ? "1" : "2+"), features);
        Both(typeKey, Hash("mentions-between", mentions == 0 ? "0" : mentions == 1 ? "1" : "2+"), features);
        Flag(say, "say-between", typeKey, features);
        Flag(comma, "comma-between", typeKey, features);
        Flag(clause, "clause-between", typeKey, features);
        Flag(and, "and-between", typeKey, features);
        Flag(that, "relative-between", typeKey, features);
    }

    // "according to Iranian officials": the source of the report, not a party.
    private static bool AccordingTo(Document document, int token, int sentenceStart)
    {
        for (int t = token - 1, seen = 0; t >= sentenceStart && seen < 4; t--, seen++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static uint Word(Document document, int t) =>
        document.Tokens[t].Kind == TokenKind.Number ? Hash("word", "#num") : SentenceFeaturizer.Hash(document.Span(document.Tokens[t]), WordSeed);

    private static void Flag(bool value, string name, uint typeKey, List<int> features) => EventFeatureHash.AddFlag(value, name, HashSeed, typeKey, features);

    private static void Both(uint typeKey, uint key, List<int> features) => EventFeatureHash.AddWithType(typeKey, key, features);

    private static int Bucket(uint hash) => SentenceFeaturizer.Bucket(hash);

    // The seed that keeps this model's named features apart from the other event models'.
    private const uint HashSeed = 0x6A09E667;

    private static uint Hash(string name, string value) => EventFeatureHash.Named(name, value, HashSeed);

    private static uint Mix(uint a, uint b) => EventFeatureHash.Mix(a, b);

}
