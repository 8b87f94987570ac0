using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NewsNlp.Events;

/// <summary>
/// The ten event types and their CAMEO and PLOVER codes (see <c>Events/README.md</c> for the
/// full mapping). A type's mode refines the codes: a drone strike is CAMEO 1952, PLOVER
/// ASSAULT:drone.
/// </summary>
internal static class EventTaxonomy
{
    /// <summary>Use of armed force.</summary>
    public const string Strike = "strike";

    /// <summary>Ceasefire, truce, withdrawal, agreement to de-escalate.</summary>
    public const string Deescalation = "deescalation";

    /// <summary>Ambassador recalled, diplomats expelled, ties cut, sanctions.</summary>
    public const string DiplomaticDowngrade = "diplomatic_downgrade";

    /// <summary>A call for restraint, calm, talks or any action.</summary>
    public const string Appeal = "appeal";

    /// <summary>An offer to mediate, or mediation.</summary>
    public const string Mediation = "mediation";

    /// <summary>Talks, calls, meetings, visits.</summary>
    public const string Consultation = "consultation";

    /// <summary>A deal or cooperation pact that is not a de-escalation.</summary>
    public const string Agreement = "agreement";

    /// <summary>A threat or warning of force.</summary>
    public const string Threat = "threat";

    /// <summary>An accusation, condemnation or blame.</summary>
    public const string Accusation = "accusation";

    /// <summary>Troops deployed, forces on alert, checkpoints set up.</summary>
    public const string Mobilization = "mobilization";

    /// <summary>The types in model order.</summary>
    public static ImmutableArray<string> TypeNames { get; } =
        [Strike, Deescalation, DiplomaticDowngrade, Appeal, Mediation, Consultation, Agreement, Threat, Accusation, Mobilization];

    private static readonly FrozenDictionary<string, int> Index =
        TypeNames.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    /// <summary>Index of <paramref name="type"/> in <see cref="TypeNames"/>, or -1.</summary>
    public static int IndexOf(string type) => Index.GetValueOrDefault(type, -1);

    /// <summary>True for types whose participants act together ("Pakistan and Iran agreed"): all are actors, none targets.</summary>
    public static bool IsMutual(string type) => type is Deescalation or Consultation or Agreement;

    /// <summary>Types whose object is the party addressed: an appeal to, a mediation between, a threat or accusation against.</summary>
    public static bool IsAddressed(string type) => type is Appeal or Mediation or Threat or Accusation;

    /// <summary>The CAMEO code of an event of <paramref name="type"/> with the given weapons.</summary>
    public static string Cameo(string type, ImmutableArray<string> weapons) => type switch
    {
        Strike when weapons.Contains("drone") => "1952",
        Strike when weapons.Contains("missile") => "1951",
        Strike when weapons.Contains("airstrike") => "195",
        Strike when weapons.Contains("artillery") || weapons.Contains("shell") || weapons.Contains("rocket") => "194",
        Strike when weapons.Contains("car bomb") => "1831",
        Strike when weapons.Contains("suicide bomb") => "1832",
        Strike when weapons.Contains("bomb") => "183",
        Strike when weapons.Contains("gun") || weapons.Contains("knife") => "193",
        Strike => "190",
        Deescalation => "0356",
        DiplomaticDowngrade => "161",
        Appeal => "025",
        Mediation => "039",
        Consultation => "040",
        Agreement => "030",
        Threat => "138",
        Accusation => "112",
        Mobilization => "150",
        _ => "010",
    };

    /// <summary>The PLOVER type (and mode, after a colon, when known).</summary>
    public static string Plover(string type, ImmutableArray<string> weapons) => type switch
    {
        Strike when weapons.Contains("drone") => "ASSAULT:drone",
        Strike when weapons.Contains("missile") || weapons.Contains("airstrike") => "ASSAULT:aerial",
        Strike when weapons.Contains("artillery") || weapons.Contains("shell") || weapons.Contains("rocket") => "ASSAULT:heavy-weapons",
        Strike when weapons.Contains("bomb") || weapons.Contains("car bomb") || weapons.Contains("suicide bomb") => "ASSAULT:explosives",
        Strike when weapons.Contains("gun") || weapons.Contains("knife") => "ASSAULT:firearms",
        Strike => "ASSAULT",
        Deescalation => "AGREE",
        DiplomaticDowngrade => "SANCTION",
        Appeal => "REQUEST",
        Mediation => "AGREE",
        Consultation => "CONSULT",
        Agreement => "AGREE",
        Threat => "THREATEN",
        Accusation => "ACCUSE",
        Mobilization => "MOBILIZE",
        _ => "OTHER",
    };
}
