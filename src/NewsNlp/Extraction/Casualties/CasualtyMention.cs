using NewsNlp.Extraction.Numbers;

namespace NewsNlp.Extraction.Casualties;

/// <summary>One reading of a count of people harmed, before repeats are merged.</summary>
/// <param name="Kind">A single kind.</param>
/// <param name="Quantity">The amount.</param>
/// <param name="Groups">Victim groups named with the count, in order.</param>
/// <param name="Start">Start of the evidence.</param>
/// <param name="End">Exclusive end of the evidence.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="Scope">event, national, global or historical.</param>
internal sealed record CasualtyMention(CasualtyKinds Kind, Quantity Quantity, IReadOnlyList<string> Groups, int Start, int End, int Sentence, string Scope)
{
    /// <summary>The kind's name in the record contract.</summary>
    public string KindName => Kind switch
    {
        CasualtyKinds.Killed => "killed",
        CasualtyKinds.Injured => "injured",
        CasualtyKinds.Missing => "missing",
        CasualtyKinds.Kidnapped => "kidnapped",
        CasualtyKinds.Arrested => "arrested",
        _ => "displaced",
    };
}
