using System.Collections.Frozen;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The words of casualty reporting: harm words with their kinds and positions, the auxiliaries
/// that may stand between a count and its verb, hedging modals, victim groups and reporting verbs.
/// Our own compilation of common English news usage. Every lookup is a full case-insensitive
/// comparison on a span.
/// </summary>
internal static class CasualtyLexicon
{
    private const CasualtyKinds K = CasualtyKinds.Killed;
    private const CasualtyKinds I = CasualtyKinds.Injured;
    private const TriggerRole After = TriggerRole.AfterCount;
    private const TriggerRole Before = TriggerRole.BeforeCount;

    private static readonly FrozenDictionary<string, (CasualtyKinds Kinds, TriggerRole Role)> TriggerMap = new Dictionary<string, (CasualtyKinds, TriggerRole)>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = (K, After | Before | TriggerRole.Noun), ["kill"] = (K, Before), ["kills"] = (K, Before), ["killing"] = (K, Before),
        ["dead"] = (K, After | TriggerRole.Noun), ["died"] = (K, After), ["die"] = (K, After), ["dies"] = (K, After),
        ["perished"] = (K, After), ["drowned"] = (K, After), ["slain"] = (K, After), ["murdered"] = (K, After | Before),
        ["massacred"] = (K, After | Before), ["executed"] = (K, After), ["deaths"] = (K, After | TriggerRole.Noun),
        ["fatalities"] = (K, After | TriggerRole.Noun), ["bodies"] = (K, After), ["lives"] = (K, After),
        ["casualties"] = (K | I, After | TriggerRole.Noun),
        ["wounded"] = (I, After | Before | TriggerRole.Noun), ["injured"] = (I, After | Before | TriggerRole.Noun),
        ["hurt"] = (I, After), ["injuries"] = (I, After), ["injuring"] = (I, Before), ["wounding"] = (I, Before),
        ["missing"] = (CasualtyKinds.Missing, After | TriggerRole.Noun),
        ["kidnapped"] = (CasualtyKinds.Kidnapped, After | Before), ["abducted"] = (CasualtyKinds.Kidnapped, After | Before),
        ["kidnapping"] = (CasualtyKinds.Kidnapped, Before), ["abducting"] = (CasualtyKinds.Kidnapped, Before),
        ["kidnap"] = (CasualtyKinds.Kidnapped, Before), ["kidnaps"] = (CasualtyKinds.Kidnapped, Before),
        ["abduct"] = (CasualtyKinds.Kidnapped, Before), ["abducts"] = (CasualtyKinds.Kidnapped, Before),
        ["hostage"] = (CasualtyKinds.Kidnapped, After), ["hostages"] = (CasualtyKinds.Kidnapped, After),
        ["captive"] = (CasualtyKinds.Kidnapped, After),
        ["arrested"] = (CasualtyKinds.Arrested, After | Before), ["detained"] = (CasualtyKinds.Arrested, After | Before),
        ["arresting"] = (CasualtyKinds.Arrested, Before), ["detaining"] = (CasualtyKinds.Arrested, Before),
        ["arrest"] = (CasualtyKinds.Arrested, Before), ["arrests"] = (CasualtyKinds.Arrested, After | Before),
        ["detain"] = (CasualtyKinds.Arrested, Before), ["detains"] = (CasualtyKinds.Arrested, Before),
        ["displaced"] = (CasualtyKinds.Displaced, After | Before), ["displacing"] = (CasualtyKinds.Displaced, Before),
        ["displaces"] = (CasualtyKinds.Displaced, Before), ["fled"] = (CasualtyKinds.Displaced, After),
        ["uprooted"] = (CasualtyKinds.Displaced, After), ["homeless"] = (CasualtyKinds.Displaced, After),
        ["left"] = (CasualtyKinds.None, TriggerRole.Framing), ["leaving"] = (CasualtyKinds.None, TriggerRole.Framing),
        ["leaves"] = (CasualtyKinds.None, TriggerRole.Framing), ["leave"] = (CasualtyKinds.None, TriggerRole.Framing),
        ["claimed"] = (K, TriggerRole.Framing), ["claiming"] = (K, TriggerRole.Framing), ["claims"] = (K, TriggerRole.Framing),
        ["claim"] = (K, TriggerRole.Framing), ["cost"] = (K, TriggerRole.Framing), ["costing"] = (K, TriggerRole.Framing),
        ["costs"] = (K, TriggerRole.Framing), ["took"] = (K, TriggerRole.Framing), ["taking"] = (K, TriggerRole.Framing),
        ["takes"] = (K, TriggerRole.Framing),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between a count and its casualty word: "were all", "have been", "reportedly also".</summary>
    private static readonly FrozenSet<string> AuxiliarySet = new[]
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "all", "still",
        "reported", "believed", "feared", "confirmed", "said", "thought", "known", "later", "subsequently", "allegedly",
        "both", "now", "already", "officially", "initially", "apparently", "so", "far", "to", "got", "get", "getting",
        "taken", "held", "found", "lost", "their", "shot", "burned", "burnt", "stabbed", "beaten", "presumed", "listed",
        "declared", "pronounced", "either", "immediately", "instantly", "since", "just", "who", "seriously", "critically",
        "badly", "slightly", "severely", "gravely", "fatally", "mortally", "lightly", "each",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make what follows hypothetical: "could kill thousands".</summary>
    private static readonly FrozenSet<string> ModalSet = new[]
    {
        "could", "would", "may", "might", "will", "can", "should", "must", "shall", "to", "threatened", "threatens",
        "threatening", "threaten", "vowed", "vows", "plans", "planned", "planning", "intended", "tried", "trying", "attempt",
        "attempted", "wanted", "wants", "if", "unless", "not", "never", "n't", "cannot", "'ll", "'d", "without",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a victim noun phrase: conjunctions, relatives, reporting verbs.</summary>
    private static readonly FrozenSet<string> StopSet = new[]
    {
        "and", "or", "but", "who", "whom", "whose", "which", "that", "when", "while", "where", "after", "before", "as",
        "since", "because", "if", "than", "said", "says", "say", "told", "tell", "according", "reports", "with", "by",
        "this", "these", "those", "he", "she", "it", "they", "we", "i", "you", "there", "here", "to",
        "for", "at", "into", "during", "about", "against", "over", "under", "near", "across", "through", "including", "but",
        "yesterday", "today", "tonight", "overnight", "last", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "until",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Victim groups; two-word keys are joined by one space.</summary>
    private static readonly FrozenDictionary<string, string> GroupMap = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["women"] = "women", ["woman"] = "women", ["children"] = "children", ["child"] = "children", ["kids"] = "children",
        ["minors"] = "children", ["infants"] = "children", ["babies"] = "children", ["boys"] = "children", ["girls"] = "children",
        ["civilians"] = "civilians", ["civilian"] = "civilians", ["soldiers"] = "soldiers", ["soldier"] = "soldiers",
        ["troops"] = "soldiers", ["servicemen"] = "soldiers", ["serviceman"] = "soldiers", ["marines"] = "soldiers",
        ["paratroopers"] = "soldiers", ["conscripts"] = "soldiers", ["armed forces"] = "soldiers", ["service members"] = "soldiers",
        ["military personnel"] = "soldiers", ["army"] = "soldiers",
        ["police"] = "police", ["policemen"] = "police", ["policeman"] = "police", ["police officers"] = "police",
        ["policewomen"] = "police", ["gendarmes"] = "police", ["constables"] = "police", ["national police"] = "police",
        ["journalists"] = "journalists", ["journalist"] = "journalists", ["reporters"] = "journalists", ["reporter"] = "journalists",
        ["photojournalist"] = "journalists", ["photojournalists"] = "journalists", ["cameramen"] = "journalists", ["cameraman"] = "journalists",
        ["security forces"] = "security forces", ["security personnel"] = "security forces", ["coast guard"] = "coast guard",
        ["militants"] = "militants", ["rebels"] = "rebels", ["insurgents"] = "insurgents", ["fighters"] = "fighters",
        ["gunmen"] = "gunmen", ["guerrillas"] = "guerrillas", ["passengers"] = "passengers", ["pilgrims"] = "pilgrims",
        ["worshippers"] = "worshippers", ["students"] = "students", ["workers"] = "workers", ["aid workers"] = "aid workers",
        ["protesters"] = "protesters", ["protestors"] = "protesters", ["demonstrators"] = "protesters", ["migrants"] = "migrants",
        ["refugees"] = "refugees", ["asylum seekers"] = "asylum seekers", ["tourists"] = "tourists", ["foreigners"] = "foreigners",
        ["prisoners"] = "prisoners", ["suspects"] = "suspects", ["miners"] = "miners", ["villagers"] = "villagers",
        ["residents"] = "residents", ["crew"] = "crew", ["men"] = "men", ["doctors"] = "doctors", ["fishermen"] = "fishermen",
        ["firefighters"] = "firefighters", ["teachers"] = "teachers", ["farmers"] = "farmers",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Closing words of "left 30 dead" and their kinds.</summary>
    private static readonly FrozenDictionary<string, CasualtyKinds> LeftClosingMap = new Dictionary<string, CasualtyKinds>(StringComparer.OrdinalIgnoreCase)
    {
        ["dead"] = K, ["injured"] = I, ["wounded"] = I, ["hurt"] = I, ["homeless"] = CasualtyKinds.Displaced,
        ["missing"] = CasualtyKinds.Missing, ["displaced"] = CasualtyKinds.Displaced,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (CasualtyKinds Kinds, TriggerRole Role)>.AlternateLookup<ReadOnlySpan<char>> Triggers = TriggerMap.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = AuxiliarySet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = ModalSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = StopSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Groups = GroupMap.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, CasualtyKinds>.AlternateLookup<ReadOnlySpan<char>> LeftClosings = LeftClosingMap.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kinds and positions of a casualty word.</summary>
    public static bool TryTrigger(ReadOnlySpan<char> word, out CasualtyKinds kinds, out TriggerRole role)
    {
        if (Triggers.TryGetValue(word, out var entry))
        {
            (kinds, role) = entry;
            return true;
        }

        kinds = CasualtyKinds.None;
        role = TriggerRole.None;
        return false;
    }

    /// <summary>True for a word that may stand between a count and its casualty word.</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word) => Auxiliaries.Contains(word);

    /// <summary>True for a modal, negation or intention word that makes a casualty hypothetical.</summary>
    public static bool IsModal(ReadOnlySpan<char> word) => Modals.Contains(word);

    /// <summary>True for a word that ends a victim noun phrase.</summary>
    public static bool IsStop(ReadOnlySpan<char> word) => Stops.Contains(word);

    /// <summary>The victim group a word names ("troops" gives "soldiers").</summary>
    public static bool TryGroup(ReadOnlySpan<char> word, out string group) => Groups.TryGetValue(word, out group!);

    /// <summary>The kind a closing word of "left 30 dead" names.</summary>
    public static bool TryLeftClosing(ReadOnlySpan<char> word, out CasualtyKinds kinds) => LeftClosings.TryGetValue(word, out kinds);
}
