namespace NewsNlp.Events;

/// <summary>Closed word classes the event stage reads context with.</summary>
internal static class EventWords
{
    /// <summary>Determiners and possessives skipped when looking for the word before a mention.</summary>
    public static readonly WordSet Determiners = new("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "that", "some", "several", "two", "three", "both");

    /// <summary>Prepositions: a mention after one of these is not a subject.</summary>
    public static readonly WordSet Prepositions = new(
        "in", "on", "against", "at", "into", "to", "from", "toward", "towards", "near", "over", "inside", "across", "of", "with", "for",
        "by", "between", "among", "after", "before", "about", "during", "under", "through", "within", "upon", "around", "than", "like", "including", "targeting", "outside", "beyond", "off", "via");

    /// <summary>Prepositions that introduce the target of an act ("strikes on Iran", "ambassador to Tehran").</summary>
    public static readonly WordSet TargetPrepositions = new("on", "in", "against", "at", "into", "to", "over", "inside", "toward", "towards", "targeting", "near", "upon", "with", "from", "across");

    /// <summary>Words that make the act hypothetical, negated, denied, planned or habitual.</summary>
    public static readonly WordSet Irrealis = new(
        "would", "could", "may", "might", "should", "can", "will", "shall", "'ll", "must",
        "if", "unless", "whether", "not", "n't", "never", "no", "without", "nor",
        "deny", "denies", "denied", "denying", "refused", "refuses", "refuse", "refusal", "failed", "fail",
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "hope", "hopes", "hoped", "want", "wants", "wanted",
        "expected", "expect", "expects", "likely", "possible", "possibly", "potential", "proposed", "propose", "proposes", "any",
        "fear", "fears", "feared", "seek", "seeks", "seeking", "sought", "ready", "prepared", "threatened", "threatening", "threatens", "vowed", "warned",
        "often", "frequently", "draft", "moratorium", "stop", "halt", "cease", "suspend", "suspended", "suspension", "wish", "wishes", "wished", "risk", "anything", "unless", "regularly", "routinely", "usually", "traditionally", "allegedly", "rumoured", "rumored", "unconfirmed",
        "upcoming", "forthcoming", "scheduled", "next", "imminent", "capacity", "capability", "ability",
        "rumors", "rumours", "speculation", "means", "ways", "aimed", "aiming", "excluded", "shut", "offer", "offers", "offered", "offering", "tomorrow");

    /// <summary>Modal and future words that do not cancel a threat ("warned it would retaliate").</summary>
    public static readonly WordSet FutureModals = new("would", "could", "will", "shall", "'ll", "may", "might", "must", "can", "threatened", "threatening", "threatens", "vowed", "warned", "ready", "prepared");

    /// <summary>Words that end the look-back for irrealis words.</summary>
    public static readonly WordSet ClauseOpeners = new("that", "and", "but", "after", "before", "while", "when", "which", "who", "because", "since", "as", "following", "where", "whereas", "then", "said", "says", "say");

    /// <summary>Words that start a new clause for argument search.</summary>
    public static readonly WordSet ClauseBreakers = new("while", "whereas", "but", "although", "though", "meanwhile");

    /// <summary>Forms of "be" that make a participle passive.</summary>
    public static readonly WordSet BeForms = new("was", "were", "been", "being", "is", "are", "be", "got");

    /// <summary>Words that join coordinated participants ("Pakistan and Iran", "Tehran, Islamabad").</summary>
    public static readonly WordSet Coordinators = new("and", "&", ",", "both", "the", "his", "her", "its", "their", "counterpart", "counterparts", "as", "well", "or");

    /// <summary>Labour, business and other non-political senses near a trigger word.</summary>
    public static readonly WordSet OtherSense = new(
        "workers", "worker", "union", "unions", "employees", "miners", "teachers", "dockers", "dockworkers", "longshoremen", "seamen", "nurses", "doctors",
        "drivers", "truckers", "railway", "railwaymen", "walkouts", "stoppage", "pilots", "staff", "wage", "wages", "pay", "hunger",
        "strikers", "walkout", "picket", "price", "prices", "lucky", "heart", "panic", "asthma", "disease", "virus", "shark", "charm", "sales",
        "marketing", "market", "markets", "inflation", "corruption", "bear", "takeover", "proxy", "legal", "court", "deal", "bargain", "record",
        "profit", "profits", "earnings", "shares", "stake", "goal", "goals", "match", "ball", "dollar", "currency", "yen", "sterling", "bid", "growth", "target", "targets", "capability", "capabilities");

    /// <summary>Words of business news: sentences full of them rarely report political events.</summary>
    public static readonly WordSet Business = new(
        "pct", "dlrs", "dlr", "shares", "stake", "merger", "acquisition", "takeover", "company", "companies", "firm", "corp", "inc", "ltd", "co",
        "stock", "stocks", "profit", "earnings", "revenue", "revenues", "dividend", "bid", "tender", "shareholders", "billion", "mln", "cts", "tonnes",
        "subsidiary", "unit", "quarter", "sales", "customers", "prices", "price", "exports", "imports", "tariff", "tariffs", "bank", "banks", "loan", "loans", "debt",
        "financial", "analysts", "bankers", "traders", "investors", "creditors", "economists", "currency", "yen", "demand", "coal", "steel", "mills",
        "venture", "ventures", "plc", "bhd", "ag", "sa", "nv");

    /// <summary>Nouns for people or bodies acting for a state ("representatives from Iran").</summary>
    public static readonly WordSet Members = new("representatives", "representative", "officials", "official", "forces", "troops", "government", "ministry", "army", "delegation", "leaders", "authorities", "spokesman", "envoy", "diplomats", "soldiers", "militants", "fighters", "rebels", "navy", "military", "sympathizers", "sympathisers", "supporters", "members", "gunmen", "spokesman", "spokesperson", "commander", "leader", "member");

    /// <summary>Lower-case words of office titles ("foreign minister", "defence secretary", "deputy prime minister").</summary>
    public static readonly WordSet TitleWords = new(
        "foreign", "minister", "prime", "president", "secretary", "defence", "defense", "interior", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "envoy", "leader", "chief", "deputy", "vice", "general", "state", "chancellor", "premier", "king", "queen", "prince", "army", "navy", "military",
        "commander", "officials", "official", "press", "head", "top", "senior", "acting", "former", "supreme", "opposition", "of", "the", "affairs", "foreign-minister", "counterpart");

    /// <summary>Lower-case words that may stand right before a clause's subject ("yesterday Iran said", "also Pakistan").</summary>
    public static readonly WordSet SubjectOpeners = new(
        "yesterday", "today", "tonight", "earlier", "later", "now", "also", "then", "meanwhile", "however", "instead", "so", "thus", "first", "finally", "subsequently",
        "ago", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "said", "if", "once", "whom", "whose", "where", "whereas", "although", "though", "until", "how", "why", "what");

    /// <summary>Verbs whose subject did the act named by their object ("claimed the attacks", "carried out the strike").</summary>
    public static readonly WordSet AgentVerbs = new(
        "claimed", "claims", "claim", "responsibility", "carried", "carry", "carries", "conducted", "conducts", "launched", "launches", "launch", "staged", "mounted",
        "orchestrated", "ordered", "approved", "executed", "perpetrated", "began", "begun", "started", "continued", "resumed", "stepped", "intensified", "escalated");

    /// <summary>Past participles that do not end in -ed ("was met by", "were shot down").</summary>
    public static readonly WordSet IrregularParticiples = new(
        "struck", "shot", "hit", "met", "held", "seen", "taken", "sent", "fought", "beaten", "thrown", "led", "caught", "brought", "blown", "overrun", "stricken", "withdrawn", "sought", "told", "given");

    /// <summary>Verbs of saying that introduce an attribution ("Pakistani diplomacy stated").</summary>
    public static readonly WordSet SayVerbs = new("said", "says", "stated", "announced", "reported", "claimed", "told", "added", "declared", "insisted", "stressed");
}
