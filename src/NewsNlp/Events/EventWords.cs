using NewsNlp.Lexicons;

namespace NewsNlp.Events;

/// <summary>
/// The word classes the event stage reads context with: handles into the one lexicon, whose data
/// files are <c>Resources/Lexicon/events/*.txt</c> (a word in two classes is listed in both files).
/// </summary>
internal static class EventWords
{
    /// <summary>Reporting verbs that, before a past perfect, date the report and not the act ("acknowledged it had shot down").</summary>
    public static readonly WordClass AdmissionVerbs = Lexicon.Default.Class("events/admission-verbs");

    /// <summary>Verbs whose subject did the act named by their object ("claimed the attacks", "carried out the strike").</summary>
    public static readonly WordClass AgentVerbs = Lexicon.Default.Class("events/agent-verbs");

    /// <summary>Articles right before a name that modifies a trigger ("the US airstrike").</summary>
    public static readonly WordClass Articles = Lexicon.Default.Class("events/articles");

    /// <summary>Words that ascribe an act to its doer ("attributed the bombing to Houthi rebels").</summary>
    public static readonly WordClass AscriptionWords = Lexicon.Default.Class("events/ascription-words");

    /// <summary>Words before a trigger that refer back to acts told elsewhere ("these two attacks", "the reciprocal bombings").</summary>
    public static readonly WordClass BackReferenceWords = Lexicon.Default.Class("events/back-reference-words");

    /// <summary>Words of accidents and tests ("coal mine", "gas leak", "nuclear"): a blast or killing among them, with no armed agent, is no attack.</summary>
    public static readonly WordClass AccidentWords = Lexicon.Default.Class("events/accident-words");

    /// <summary>Forms of "be" that make a participle passive.</summary>
    public static readonly WordClass BeForms = Lexicon.Default.Class("events/be-forms");

    /// <summary>Nouns of companies and trades: a nationality before them ("Japanese steel firms") is no state acting.</summary>
    public static readonly WordClass BusinessNouns = Lexicon.Default.Class("events/business-nouns");

    /// <summary>Words of business news: sentences full of them rarely report political events.</summary>
    public static readonly WordClass Business = Lexicon.Default.Class("events/business-words");

    /// <summary>Verbs that give an act a name ("calling it an aggression"): the accusation, not a strike.</summary>
    public static readonly WordClass CharacterizationVerbs = Lexicon.Default.Class("events/characterization-verbs");

    /// <summary>Words that start a new clause for argument search.</summary>
    public static readonly WordClass ClauseBreakers = Lexicon.Default.Class("events/clause-breakers");

    /// <summary>Words that end the look-back for irrealis words.</summary>
    public static readonly WordClass ClauseOpeners = Lexicon.Default.Class("events/clause-openers");

    /// <summary>Modals after a noun trigger that make it hypothetical ("a direct attack would be").</summary>
    public static readonly WordClass ConditionalModals = Lexicon.Default.Class("events/conditional-modals");

    /// <summary>Conjunctions that join a verb to the act's own clause ("recalled its ambassador and announced"): no reporter before them.</summary>
    public static readonly WordClass CoordinatingConjunctions = Lexicon.Default.Class("events/coordinating-conjunctions");

    /// <summary>Words that join coordinated participants ("Pakistan and Iran", "Tehran, Islamabad").</summary>
    public static readonly WordClass Coordinators = Lexicon.Default.Class("events/coordinators");

    /// <summary>Words between a date and a trigger that put the date in another clause ("after", "in response to").</summary>
    public static readonly WordClass DateSubordinators = Lexicon.Default.Class("events/date-subordinators");

    /// <summary>Closed word classes the event stage reads context with.&lt;/summary&gt; internal static class EventWords { /// &lt;summary&gt;Determiners and possessives skipped when looking for the word before a mention.</summary>
    public static readonly WordClass Determiners = Lexicon.Default.Class("events/determiners");

    /// <summary>Prepositions that direct an act at its target ("against", "targeting").</summary>
    public static readonly WordClass DirectedPrepositions = Lexicon.Default.Class("events/directed-prepositions");

    /// <summary>Words before a trigger that mark a new act, not the one told before ("another attack", "a separate raid").</summary>
    public static readonly WordClass DistinctMarkers = Lexicon.Default.Class("events/distinct-markers");

    /// <summary>First-person subjects inside a quotation: the speaker acts ("I count on Turkey").</summary>
    public static readonly WordClass FirstPersonPronouns = Lexicon.Default.Class("events/first-person-pronouns");

    /// <summary>Modal and future words that do not cancel a threat ("warned it would retaliate").</summary>
    public static readonly WordClass FutureModals = Lexicon.Default.Class("events/future-modals");

    /// <summary>Forms of "have": an auxiliary between a subject and its verb.</summary>
    public static readonly WordClass HaveForms = Lexicon.Default.Class("events/have-forms");

    /// <summary>Words of hearsay before a trigger, however far back ("There were rumors ... that Iran had fired").</summary>
    public static readonly WordClass HearsayWords = Lexicon.Default.Class("events/hearsay-words");

    /// <summary>Prepositions that make the trigger the means of the verb before it ("killed X in an airstrike").</summary>
    public static readonly WordClass InstrumentPrepositions = Lexicon.Default.Class("events/instrument-prepositions");

    /// <summary>Words that make the act hypothetical, negated, denied, planned or habitual.</summary>
    public static readonly WordClass Irrealis = Lexicon.Default.Class("events/irrealis");

    /// <summary>Sentence openers that make the whole sentence negated or hypothetical ("Never before have ...", "If ...").</summary>
    public static readonly WordClass IrrealisOpeners = Lexicon.Default.Class("events/irrealis-openers");

    /// <summary>Past participles that do not end in -ed ("was met by", "were shot down").</summary>
    public static readonly WordClass IrregularParticiples = Lexicon.Default.Class("events/irregular-participles");

    /// <summary>Prepositions of place and time: the mention after them is where or when a meeting took place, not a party.</summary>
    public static readonly WordClass LocationPrepositions = Lexicon.Default.Class("events/location-prepositions");

    /// <summary>Nouns for people or bodies acting for a state ("representatives from Iran").</summary>
    public static readonly WordClass Members = Lexicon.Default.Class("events/member-nouns");

    /// <summary>Prepositions after which a group noun acts for the mention ("representatives from Iran", "a spokesman for the PMF").</summary>
    public static readonly WordClass MemberPrepositions = Lexicon.Default.Class("events/member-prepositions");

    /// <summary>Words that cannot be part of a speaker's name before a saying verb ("Iran further said", "they said").</summary>
    public static readonly WordClass NonSpeakerWords = Lexicon.Default.Class("events/non-speaker-words");

    /// <summary>Labour, business and other non-political senses near a trigger word.</summary>
    public static readonly WordClass OtherSense = Lexicon.Default.Class("events/other-sense");

    /// <summary>Plural nouns after "the two"/"both" that stand for the article's two main parties ("the two countries").</summary>
    public static readonly WordClass PairNouns = Lexicon.Default.Class("events/pair-nouns");

    /// <summary>Nouns after "the" that stand for the two sides of a dispute ("consulting with the parties").</summary>
    public static readonly WordClass PartyNouns = Lexicon.Default.Class("events/party-nouns");

    /// <summary>Prepositions of place: a later "against X" names the target better ("a missile strike in Kuwait waters against the US-flag ship").</summary>
    public static readonly WordClass PlacePrepositions = Lexicon.Default.Class("events/place-prepositions");

    /// <summary>Nouns right after a trigger that make it a plan or a fear ("attack plans", "strike threats").</summary>
    public static readonly WordClass PlanNouns = Lexicon.Default.Class("events/plan-nouns");

    /// <summary>Periods after "next" that make an act planned ("her visit next week").</summary>
    public static readonly WordClass PlanPeriods = Lexicon.Default.Class("events/plan-periods");

    /// <summary>Plural pronoun subjects that stand for the actors of the event just before ("we warn").</summary>
    public static readonly WordClass PluralPronouns = Lexicon.Default.Class("events/plural-pronouns");

    /// <summary>Possessive pronouns before a trigger ("his appeal"): the owner named first in the sentence acts.</summary>
    public static readonly WordClass PossessivePronouns = Lexicon.Default.Class("events/possessive-pronouns");

    /// <summary>Prepositions: a mention after one of these is not a subject.</summary>
    public static readonly WordClass Prepositions = Lexicon.Default.Class("events/prepositions");

    /// <summary>Auxiliaries between a plural pronoun subject and the trigger ("we are consulting").</summary>
    public static readonly WordClass PronounAuxiliaries = Lexicon.Default.Class("events/pronoun-auxiliaries");

    /// <summary>Personal pronouns that open a sentence whose subject is the actor of the event just before.</summary>
    public static readonly WordClass Pronouns = Lexicon.Default.Class("events/pronouns");

    /// <summary>Nouns of named regions ("Panjgur district", "Balochistan region"): the place of an event.</summary>
    public static readonly WordClass RegionNouns = Lexicon.Default.Class("events/region-nouns");

    /// <summary>Verbs of saying that introduce an attribution ("Pakistani diplomacy stated").</summary>
    public static readonly WordClass SayVerbs = Lexicon.Default.Class("events/say-verbs");

    /// <summary>Participles before "by" that name a sequence, not a passive agent ("airstrikes followed by a ground invasion").</summary>
    public static readonly WordClass SequenceParticiples = Lexicon.Default.Class("events/sequence-participles");

    /// <summary>Nouns after "The"/"A" at a sentence start that stand for a speaker named before ("The ministry said").</summary>
    public static readonly WordClass SpeakerNouns = Lexicon.Default.Class("events/speaker-nouns");

    /// <summary>Lower-case words that may stand right before a clause's subject ("yesterday Iran said", "also Pakistan").</summary>
    public static readonly WordClass SubjectOpeners = Lexicon.Default.Class("events/subject-openers");

    /// <summary>Prepositions that open a clause whose subject the mention is ("after Turkey began an offensive").</summary>
    public static readonly WordClass SubordinatingPrepositions = Lexicon.Default.Class("events/subordinating-prepositions");

    /// <summary>Prepositions that introduce the target of an act ("strikes on Iran", "ambassador to Tehran").</summary>
    public static readonly WordClass TargetPrepositions = Lexicon.Default.Class("events/target-prepositions");

    /// <summary>Words after "in the past" that make it a recent span ("in the past week"), not habit.</summary>
    public static readonly WordClass TimeSpans = Lexicon.Default.Class("events/time-spans");

    /// <summary>Auxiliaries and adverbs between a title subject and the trigger ("the envoy had discussed").</summary>
    public static readonly WordClass TitleAuxiliaries = Lexicon.Default.Class("events/title-auxiliaries");

    /// <summary>Office nouns after "the" that stand for a person named before ("the envoy", "the minister").</summary>
    public static readonly WordClass TitleNouns = Lexicon.Default.Class("events/title-nouns");

    /// <summary>Lower-case words of office titles ("foreign minister", "defence secretary", "deputy prime minister").</summary>
    public static readonly WordClass TitleWords = Lexicon.Default.Class("events/title-words");

    /// <summary>Words near a talks, deal or withdrawal trigger that make its parties firms, banks, unions or domestic bodies ("talks with creditor banks").</summary>
    public static readonly WordClass NonPartyWords = Lexicon.Default.Class("events/non-party-words");

    /// <summary>Nouns and company suffixes that make a subject a firm or a market player ("Boliden AB", "French bank").</summary>
    public static readonly WordClass FirmWords = Lexicon.Default.Class("events/firm-words");

    /// <summary>Objects of "meet" in the sense of satisfying or facing ("meet demand", "met the criteria").</summary>
    public static readonly WordClass NeedObjects = Lexicon.Default.Class("events/need-objects");

    /// <summary>Verbs that make a meeting a speaker's audience ("told a meeting of business groups").</summary>
    public static readonly WordClass VenueVerbs = Lexicon.Default.Class("events/venue-verbs");

    /// <summary>Words of economic and trade policy: appeals and warnings made of them are out of scope.</summary>
    public static readonly WordClass EconomicWords = Lexicon.Default.Class("events/economic-words");

    /// <summary>Words of armed conflict and diplomacy that keep an appeal or a warning in scope.</summary>
    public static readonly WordClass ConflictWords = Lexicon.Default.Class("events/conflict-words");

    /// <summary>Objects that make "attack" or "strike" figurative ("attacked the fiscal policy").</summary>
    public static readonly WordClass AbstractObjects = Lexicon.Default.Class("events/abstract-objects");

    /// <summary>Natural disasters that "strike" ("the quake struck").</summary>
    public static readonly WordClass DisasterWords = Lexicon.Default.Class("events/disaster-words");

    /// <summary>Words right after a trigger that put it in the future ("talks scheduled for Thursday").</summary>
    public static readonly WordClass PlanFollowers = Lexicon.Default.Class("events/plan-followers");

    /// <summary>Words after "later" that make a plan ("later today", "later this month").</summary>
    public static readonly WordClass PlanDays = Lexicon.Default.Class("events/plan-days");

    /// <summary>Words of labour disputes ("teachers", "wages", "walkout"): a bare "strike" among them is a walkout.</summary>
    public static readonly WordClass LabourWords = Lexicon.Default.Class("events/labour-words");

    /// <summary>Words of armed force ("troops", "warplanes", "killed"): a sentence with one keeps the military sense of "strike".</summary>
    public static readonly WordClass ArmedForceWords = Lexicon.Default.Class("events/armed-force-words");

    /// <summary>Armed agents and weapons, without casualty words: what tells a weak strike trigger's attack from an accident.</summary>
    public static readonly WordClass AttackEvidenceWords = Lexicon.Default.Class("events/attack-evidence-words");

    /// <summary>Nouns after a country that name its border ("near Cameroon border"), not a place inside it.</summary>
    public static readonly WordClass BorderNouns = Lexicon.Default.Class("events/border-nouns");

    /// <summary>Nouns of an armed force without its owner ("guerrillas", "troops"): a strike in their clause is an act of war even with no party named.</summary>
    public static readonly WordClass UnnamedForceNouns = Lexicon.Default.Class("events/unnamed-force-nouns");

    /// <summary>Verbs whose subject undergoes the act of the noun after them ("received criticism", "suffered an attack"): the noun reads as a passive.</summary>
    public static readonly WordClass ReceivingVerbs = Lexicon.Default.Class("events/receiving-verbs");

    /// <summary>Objects of "strike" in another sense right after it ("striking oil", "struck a balance").</summary>
    public static readonly WordClass StruckObjects = Lexicon.Default.Class("events/struck-objects");

    /// <summary>Words after a place that name a round of talks ("the Uruguay Round"): the place is no party.</summary>
    public static readonly WordClass TalksNameWords = Lexicon.Default.Class("events/talks-name-words");

    /// <summary>Nouns of deals that are "struck" ("the accord, which was struck in Paris").</summary>
    public static readonly WordClass DealNouns = Lexicon.Default.Class("events/deal-nouns");

    /// <summary>A government's own legislature, provinces and parties ("Congress", "provincial premiers"): addressed by it, domestic politics.</summary>
    public static readonly WordClass DomesticBodyWords = Lexicon.Default.Class("events/domestic-body-words");

    /// <summary>Auxiliaries that put a clause ahead of the report ("would go to Moscow next month for talks").</summary>
    public static readonly WordClass FutureAuxiliaries = Lexicon.Default.Class("events/future-auxiliaries");

    /// <summary>Modals after a meeting noun that make it the subject of a future or wished act ("the meeting will call for").</summary>
    public static readonly WordClass SubjectModals = Lexicon.Default.Class("events/subject-modals");

    /// <summary>Things, forces of nature and trends that "threaten" with no party threatening ("insects", "fires", "prices").</summary>
    public static readonly WordClass InanimateSubjects = Lexicon.Default.Class("events/inanimate-subjects");

    /// <summary>Words of a response a party would take ("a tough response", "retaliation"): a warning naming one threatens.</summary>
    public static readonly WordClass CountermeasureWords = Lexicon.Default.Class("events/countermeasure-words");

    /// <summary>Adjectives right before a meeting noun that make it not yet held ("a probable meeting").</summary>
    public static readonly WordClass PlanAdjectives = Lexicon.Default.Class("events/plan-adjectives");

    /// <summary>Nouns of a proposal that govern talks after them ("an invitation for talks", "the proposal to open negotiations").</summary>
    public static readonly WordClass TalksProposalNouns = Lexicon.Default.Class("events/talks-proposal-nouns");

    /// <summary>Trade-dispute measures ("tariffs", "duties", "quotas"): a downgrade read from them alone is no sanction on a state.</summary>
    public static readonly WordClass TradeMeasureWords = Lexicon.Default.Class("events/trade-measure-words");

    /// <summary>Words of sanctions and diplomatic downgrades proper ("sanctions", "embargo", "ambassador", "ties").</summary>
    public static readonly WordClass DowngradeWords = Lexicon.Default.Class("events/downgrade-words");

    /// <summary>Market sources a sentence may be attributed to ("dealers said"): their sentences are market commentary.</summary>
    public static readonly WordClass MarketSources = Lexicon.Default.Class("events/market-sources");

    /// <summary>Words before a future date that make it the end of a term ("valid until 1990"), not the day of a plan.</summary>
    public static readonly WordClass DateRangeEnds = Lexicon.Default.Class("events/date-range-ends");

    /// <summary>Words before a trigger that place it ahead of the report ("ahead of trade talks").</summary>
    public static readonly WordClass PlanOpeners = Lexicon.Default.Class("events/plan-openers");

    /// <summary>Verbs before talks that make them a decision, not talks held ("agreed to meet").</summary>
    public static readonly WordClass ConsultationPlanVerbs = Lexicon.Default.Class("events/consultation-plan-verbs");

    /// <summary>Prepositions that make a ceasefire noun the goal of a call or an effort ("an order for a ceasefire").</summary>
    public static readonly WordClass GoalPrepositions = Lexicon.Default.Class("events/goal-prepositions");

    /// <summary>Words that make a bank or agency a state body ("central bank"), not a firm.</summary>
    public static readonly WordClass StateBodyWords = Lexicon.Default.Class("events/state-body-words");

    /// <summary>Verbs that deny the clause "that" opens ("denied that it had complained").</summary>
    public static readonly WordClass DenialVerbs = Lexicon.Default.Class("events/denial-verbs");

    /// <summary>Verbs before a trigger that undo the act ("boycotted a meeting", "postponed the talks").</summary>
    public static readonly WordClass NegatingVerbs = Lexicon.Default.Class("events/negating-verbs");

    /// <summary>Equipment and units after "attack" or "offensive" that make it a modifier ("attack submarines", "offensive systems").</summary>
    public static readonly WordClass EquipmentNouns = Lexicon.Default.Class("events/equipment-nouns");

    /// <summary>Days wholly after the report that make a meeting noun they own planned ("Tomorrow's meeting").</summary>
    public static readonly WordClass AheadDays = Lexicon.Default.Class("events/ahead-days");

    /// <summary>Present-tense verbs of setting off that make talks after "for" still ahead ("flies to Brussels today for talks").</summary>
    public static readonly WordClass DepartureVerbs = Lexicon.Default.Class("events/departure-verbs");

    /// <summary>Words of protecting that make an attack after "from" or "against" one warded off in general ("protect the tankers from attack").</summary>
    public static readonly WordClass ProtectionWords = Lexicon.Default.Class("events/protection-words");

    /// <summary>Nouns of unnamed states or envoys that make a talks partner phrase name parties ("with other major industrialized nations").</summary>
    public static readonly WordClass StateGroupNouns = Lexicon.Default.Class("events/state-group-nouns");

    /// <summary>Words right before a bare "strike" noun that make it a walkout ("a general strike", "nationwide strikes").</summary>
    public static readonly WordClass WalkoutModifiers = Lexicon.Default.Class("events/walkout-modifiers");

    /// <summary>True when <paramref name="word"/> is in <paramref name="wordClass"/> (by the class's case rule).</summary>
    public static bool Contains(this WordClass wordClass, ReadOnlySpan<char> word) => Lexicon.Default.Contains(wordClass, word);
}
