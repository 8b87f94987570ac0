using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The word classes of casualty reporting (data under <c>Resources/Lexicon/casualties/</c>): harm
/// words by kind and by position relative to their count, the auxiliaries that may stand between a
/// count and its verb, hedging words and victim groups. Every lookup is a full case-insensitive
/// comparison on a span.
/// </summary>
internal static class CasualtyLexicon
{
    /// <summary>Auxiliaries and adverbs between a count and its casualty word.</summary>
    public static readonly WordClass Auxiliaries = Lexicon.Default.Class("casualties/auxiliaries");

    /// <summary>Words that make a following casualty word hypothetical.</summary>
    public static readonly WordClass Hypothetical = Lexicon.Default.Class("casualties/hypothetical-words");

    /// <summary>Words that end a victim noun phrase.</summary>
    public static readonly WordClass PhraseStops = Lexicon.Default.Class("casualties/phrase-stops");

    /// <summary>Injury participles that count only for people and yield to a casualty word joined after them ("beaten and killed").</summary>
    public static readonly WordClass WeakInjuryWords = Lexicon.Default.Class("casualties/weak-injury-words");

    /// <summary>The noun of a toll.</summary>
    public static readonly WordClass TollNouns = Lexicon.Default.Class("casualties/toll-nouns");

    private static readonly WordClass Killed = Lexicon.Default.Class("casualties/killed-words");
    private static readonly WordClass Injured = Lexicon.Default.Class("casualties/injured-words");
    private static readonly WordClass Missing = Lexicon.Default.Class("casualties/missing-words");
    private static readonly WordClass Kidnapped = Lexicon.Default.Class("casualties/kidnapped-words");
    private static readonly WordClass Arrested = Lexicon.Default.Class("casualties/arrested-words");
    private static readonly WordClass Displaced = Lexicon.Default.Class("casualties/displaced-words");
    private static readonly WordClass CountAfter = Lexicon.Default.Class("casualties/count-after");
    private static readonly WordClass CountBefore = Lexicon.Default.Class("casualties/count-before");
    private static readonly WordClass ListNouns = Lexicon.Default.Class("casualties/list-nouns");
    private static readonly WordClass FramingVerbs = Lexicon.Default.Class("casualties/framing-verbs");
    private static readonly WordClass LifeVerbs = Lexicon.Default.Class("casualties/life-verbs");
    private static readonly WordClass LeftClosings = Lexicon.Default.Class("casualties/left-closings");

    private static readonly Lazy<PhraseTable<string>> Groups = new(static () =>
        PhraseTable<string>.Build(ResourceFile.ReadRows("NewsNlp.Lexicon/casualties/victim-groups.tsv").Select(static row => (row[0], row[1]))));

    /// <summary>The kinds and positions of a casualty word.</summary>
    public static bool TryTrigger(ReadOnlySpan<char> word, out CasualtyKinds kinds, out TriggerRole role) =>
        TryTrigger(Lexicon.Default.ClassesOf(word), out kinds, out role);

    /// <summary>The kinds and positions of a casualty word, from its word classes (a token's, read off the document's word-class layer).</summary>
    public static bool TryTrigger(WordClassSet classes, out CasualtyKinds kinds, out TriggerRole role)
    {
        role = TriggerRole.None;
        role |= classes.Has(CountAfter) ? TriggerRole.AfterCount : TriggerRole.None;
        role |= classes.Has(CountBefore) ? TriggerRole.BeforeCount : TriggerRole.None;
        role |= classes.Has(FramingVerbs) || classes.Has(LifeVerbs) ? TriggerRole.Framing : TriggerRole.None;
        role |= classes.Has(ListNouns) ? TriggerRole.Noun : TriggerRole.None;
        kinds = role == TriggerRole.None ? CasualtyKinds.None : KindsOf(classes);
        return role != TriggerRole.None;
    }

    /// <summary>True for a word of <paramref name="wordClass"/>.</summary>
    public static bool Is(WordClass wordClass, ReadOnlySpan<char> word) => Lexicon.Default.Contains(wordClass, word);

    /// <summary>True for a word that may stand between a count and its casualty word.</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word) => Lexicon.Default.Contains(Auxiliaries, word);

    /// <summary>True for a modal, negation or intention word that makes a casualty hypothetical.</summary>
    public static bool IsModal(ReadOnlySpan<char> word) => Lexicon.Default.Contains(Hypothetical, word);

    /// <summary>True for a word that ends a victim noun phrase.</summary>
    public static bool IsStop(ReadOnlySpan<char> word) => Lexicon.Default.Contains(PhraseStops, word);

    /// <summary>The victim group a word or two-word phrase names ("troops" gives "soldiers").</summary>
    public static bool TryGroup(ReadOnlySpan<char> word, out string group) => Groups.Value.TryLookup(word, out group!);

    /// <summary>The kind a closing word of "left 30 dead" names.</summary>
    public static bool TryLeftClosing(ReadOnlySpan<char> word, out CasualtyKinds kinds)
    {
        WordClassSet classes = Lexicon.Default.ClassesOf(word);
        kinds = classes.Has(LeftClosings) ? KindsOf(classes) : CasualtyKinds.None;
        return kinds != CasualtyKinds.None;
    }

    /// <summary>The kinds a word names, whatever its position ("murder" gives killed).</summary>
    public static CasualtyKinds KindsOf(ReadOnlySpan<char> word) => KindsOf(Lexicon.Default.ClassesOf(word));

    private static CasualtyKinds KindsOf(WordClassSet classes)
    {
        CasualtyKinds kinds = CasualtyKinds.None;
        kinds |= classes.Has(Killed) || classes.Has(LifeVerbs) ? CasualtyKinds.Killed : CasualtyKinds.None;
        kinds |= classes.Has(Injured) ? CasualtyKinds.Injured : CasualtyKinds.None;
        kinds |= classes.Has(Missing) ? CasualtyKinds.Missing : CasualtyKinds.None;
        kinds |= classes.Has(Kidnapped) ? CasualtyKinds.Kidnapped : CasualtyKinds.None;
        kinds |= classes.Has(Arrested) ? CasualtyKinds.Arrested : CasualtyKinds.None;
        kinds |= classes.Has(Displaced) ? CasualtyKinds.Displaced : CasualtyKinds.None;
        return kinds;
    }
}
