using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// The features of the event verifier (<see cref="EventVerifier"/>): the rules' own evidence about one candidate event, hashed
/// into the event classifier's feature space. Training (<c>train-event-verifier</c>) and inference read them through this one
/// method, so both see the same numbers.
/// </summary>
internal static class VerifierFeatures
{
    /// <summary>Words read on each side of the trigger: the irrealis look-back and a partner phrase fit (as the scope model's window).</summary>
    public static readonly TokenWindow Reach = new(8, 8);


    /// <summary>
    /// The word classes of the rules, read as cues: planned, negated and hypothetical acts, non-parties, other senses, topics.
    /// Each adds a feature when it occurs before the trigger, after it, or anywhere in the sentence.
    /// </summary>
    internal static readonly WordClass[] CueClasses =
    [
        EventWords.Irrealis, EventWords.NegatingVerbs, EventWords.FutureAuxiliaries, EventWords.FutureModals, EventWords.ConditionalModals,
        EventWords.SubjectModals, EventWords.PlanNouns, EventWords.PlanAdjectives, EventWords.PlanPeriods, EventWords.AheadDays,
        EventWords.ConsultationPlanVerbs, EventWords.TalksProposalNouns, EventWords.HearsayWords, EventWords.SayVerbs, EventWords.ConflictWords,
        EventWords.EconomicWords, EventWords.Business, EventWords.BusinessNouns, EventWords.FirmWords, EventWords.NonPartyWords,
        EventWords.DomesticBodyWords, EventWords.StateBodyWords, EventWords.MarketSources, EventWords.LabourWords, EventWords.ArmedForceWords,
        EventWords.TradeMeasureWords, EventWords.DowngradeWords, EventWords.CountermeasureWords, EventWords.DisasterWords, EventWords.OtherSense,
        EventWords.AbstractObjects, EventWords.InanimateSubjects, EventWords.BackReferenceWords, EventWords.DistinctMarkers, EventWords.VenueVerbs,
        EventWords.NeedObjects, EventWords.ProtectionWords, EventWords.StateGroupNouns, EventWords.DepartureVerbs, EventWords.TitleWords,
    ];

    // The class features' keys, hashed once: the same values Hash gives, without hashing the names per candidate.
    private static readonly uint[] BeforeKeys = [.. CueClasses.Select(c => Hash("class-before", c.Name))];
    private static readonly uint[] AfterKeys = [.. CueClasses.Select(c => Hash("class-after", c.Name))];
    private static readonly uint[] SentenceKeys = [.. CueClasses.Select(c => Hash("class-sentence", c.Name))];
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    // All cue classes as one set: a word in none of them is skipped with one test.
    private static readonly WordClassSet CueSet = CueClasses.Aggregate(default(WordClassSet), (set, c) => set.With(c.Id));

    // A number or a punctuation mark can only be in a cue class whose entries start with something other than a letter; none do
    // today, so such tokens are skipped, and should a list ever hold one they are looked up as before.
    private static readonly bool CuesHoldNonWords = CueClasses.Any(c => Lexicon.Default.Entries(c).Any(e => e.Length == 0 || !char.IsLetter(e[0])));

    /// <summary>Adds the features of <paramref name="candidate"/> (found by <paramref name="trigger"/> in <paramref name="sentence"/>) to <paramref name="features"/>.</summary>
    /// <param name="document">The article.</param>
    /// <param name="sentence">The trigger's sentence.</param>
    /// <param name="trigger">The trigger (a classifier-only event has a pseudo trigger at its anchor).</param>
    /// <param name="candidate">The candidate the builder made, with its parties and day.</param>
    /// <param name="cues">What the rules and models already said: the scope probability, the article's conflict share, business words.</param>
    /// <param name="features">Receives hashed feature indexes (duplicates count twice).</param>
    public static void Collect(Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues, List<int> features)
    {
        string type = candidate.Type;
        uint typeKey = Hash("type", type);
        features.Add(Bucket(typeKey));
        features.Add(Bucket(Mix(typeKey, Hash("trigger", trigger.Pattern.Text))));
        features.Add(Bucket(Mix(typeKey, Hash("weak", trigger.Pattern.Weak ? "1" : "0"))));
        Words(document, sentence, trigger, typeKey, features);
        Classes(document, sentence, trigger, typeKey, features);
        Parties(document, candidate, typeKey, features);
        Both(typeKey, Hash("scope", Decile(cues.ScopeProbability)), features);
        Both(typeKey, Hash("article-conflict", ShareBucket(cues.ArticleConflictShare)), features);
        Both(typeKey, Hash("sentence-conflict", cues.SentenceHasConflictWord ? "1" : "0"), features);
        Both(typeKey, Hash("business", Digits[Math.Min(cues.BusinessWords, 3)]), features);
        Both(typeKey, KindKeys[(int)sentence.Kind], features);
        Both(typeKey, Hash("quoted", InsideQuote(document, sentence, trigger) ? "1" : "0"), features);
    }

    private static void Words(Document document, Sentence sentence, TriggerMatch trigger, uint typeKey, List<int> features)
    {
        int first = Reach.StartAt(trigger.FirstToken, sentence);
        int end = Reach.EndAt(trigger.LastToken, sentence);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic))
            {
                continue;
            }

            uint word = HashWord(document.Text.AsSpan(token.Start, token.Length));
            features.Add(Bucket(Mix(SentenceKey, word)));
            if (t < first || t >= end || (t >= trigger.FirstToken && t <= trigger.LastToken))
            {
                continue;
            }

            Both(typeKey, Mix(t < trigger.FirstToken ? BeforeKey : AfterKey, word), features);
            int distance = t < trigger.FirstToken ? trigger.FirstToken - t : t - trigger.LastToken;
            if (distance <= 2)
            {
                Both(typeKey, Mix(NextKey(t < trigger.FirstToken, distance), word), features);
            }
        }
    }

    private static readonly uint[] NextKeys = [Hash("next", "before1"), Hash("next", "before2"), Hash("next", "after1"), Hash("next", "after2")];
    private static readonly uint SentenceKey = Hash("sentence", "");
    private static readonly uint BeforeKey = Hash("window", "before");
    private static readonly uint AfterKey = Hash("window", "after");

    // One key per sentence kind, hashed from the kind's name (the byte enum's values index the array).
    private static readonly uint[] KindKeys = [.. Enum.GetValues<SentenceKind>().OrderBy(k => (int)k).Select(k => Hash("kind", k.ToString()))];

    private static uint NextKey(bool before, int distance) => NextKeys[(before ? 0 : 2) + distance - 1];

    /// <summary>Where each cue class occurs (<see cref="Before"/>, <see cref="After"/>, <see cref="Anywhere"/> bits), in the order of <see cref="CueClasses"/>.</summary>
    internal static void ClassPositions(Document document, Sentence sentence, TriggerMatch trigger, Span<byte> seen)
    {
        int first = Reach.StartAt(trigger.FirstToken, sentence);
        int end = Reach.EndAt(trigger.LastToken, sentence);
        seen.Clear();
        WordClassLayer layer = WordClassLayer.Of(document);

        // Each token's classes are read once (a word off the document's tagged layer), not once per class.
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (t >= trigger.FirstToken && t <= trigger.LastToken)
            {
                continue;
            }

            Token token = document.Tokens[t];
            bool word = token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic;
            WordClassSet classes = word ? layer[t] : default;
            if (word ? !classes.Overlaps(CueSet) : !CuesHoldNonWords)
            {
                continue;
            }

            byte where = (byte)(Anywhere | (t >= first && t < trigger.FirstToken ? Before : 0) | (t > trigger.LastToken && t < end ? After : 0));
            for (int c = 0; c < CueClasses.Length; c++)
            {
                if (word ? classes.Has(CueClasses[c]) : Lexicon.Default.Contains(CueClasses[c], document.Span(token)))
                {
                    seen[c] |= where;
                }
            }
        }
    }

    /// <summary>The bit of a class seen in the window before the trigger.</summary>
    internal const byte Before = 1;

    /// <summary>The bit of a class seen in the window after the trigger.</summary>
    internal const byte After = 2;

    /// <summary>The bit of a class seen anywhere in the sentence.</summary>
    internal const byte Anywhere = 4;

    private static void Classes(Document document, Sentence sentence, TriggerMatch trigger, uint typeKey, List<int> features)
    {
        Span<byte> seen = stackalloc byte[CueClasses.Length];
        ClassPositions(document, sentence, trigger, seen);
        for (int c = 0; c < CueClasses.Length; c++)
        {
            if ((seen[c] & Before) != 0)
            {
                Both(typeKey, BeforeKeys[c], features);
            }

            if ((seen[c] & After) != 0)
            {
                Both(typeKey, AfterKeys[c], features);
            }

            if ((seen[c] & Anywhere) != 0)
            {
                Both(typeKey, SentenceKeys[c], features);
            }
        }
    }

    private static void Parties(Document document, EventCandidate candidate, uint typeKey, List<int> features)
    {
        Both(typeKey, Hash("actors", Digits[Math.Min(candidate.Actors.Count, 2)]), features);
        Both(typeKey, Hash("targets", Digits[Math.Min(candidate.Targets.Count, 2)]), features);
        foreach (string actor in candidate.Actors)
        {
            Both(typeKey, Hash("actor-kind", Kind(actor)), features);
        }

        foreach (string target in candidate.Targets)
        {
            Both(typeKey, Hash("target-kind", Kind(target)), features);
        }

        Flag(candidate.Mutual, "mutual", typeKey, features);
        Flag(candidate.Passive, "passive", typeKey, features);
        Flag(candidate.ActorsFromSubject, "subject-actors", typeKey, features);
        Flag(candidate.TargetsByDefault, "default-targets", typeKey, features);
        Flag(candidate.PairTargets, "pair-targets", typeKey, features);
        Flag(candidate.ReferenceOnly, "reference", typeKey, features);
        Flag(candidate.SelfContained, "self-contained", typeKey, features);
        string day = candidate.Date is not { } date ? "none" : document.Published is not { } published ? "unknown"
            : date > published.AddDays(1) ? "after" : date >= published.AddDays(-1) ? "at" : "before";
        Both(typeKey, Hash("day", day), features);
    }

    /// <summary>A state has an ISO alpha-2 code; organisations and armed groups have longer codes.</summary>
    internal static string Kind(string code) => code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) ? "state" : "organisation";

    /// <summary>True when an odd number of quote marks stands before the trigger in its sentence: the words are someone's speech.</summary>
    internal static bool InsideQuote(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int quotes = 0;
        for (int t = sentence.FirstToken; t < trigger.FirstToken; t++)
        {
            quotes += document.Tokens[t].Kind == TokenKind.Quote ? 1 : 0;
        }

        return quotes % 2 == 1;
    }

    private static void Flag(bool value, string name, uint typeKey, List<int> features) => EventFeatureHash.AddFlag(value, name, HashSeed, typeKey, features);

    private static void Both(uint typeKey, uint key, List<int> features) => EventFeatureHash.AddWithType(typeKey, key, features);

    private static string Decile(float p) => float.IsNaN(p) ? "none" : Digits[(int)MathF.Min(9f, MathF.Max(0f, p * 10f))];

    private static string ShareBucket(float share) => share <= 0f ? "0" : share < 0.05f ? "1" : share < 0.15f ? "2" : share < 0.3f ? "3" : "4";

    private static int Bucket(uint hash) => SentenceFeaturizer.Bucket(hash);

    // The seed that keeps this model's named features apart from the other event models'.
    private const uint HashSeed = 0x5F356495;

    internal static uint Hash(string name, string value) => EventFeatureHash.Named(name, value, HashSeed);

    // The sentence featurizer's word hash under the verifier's own seed.
    private static uint HashWord(ReadOnlySpan<char> word) => SentenceFeaturizer.Hash(word, 0x2545F491);

    private static uint Mix(uint a, uint b) => EventFeatureHash.Mix(a, b);

}
