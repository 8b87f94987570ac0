namespace NewsNlp.Extraction.Casualties;

/// <summary>The kinds of harm a casualty word names; "casualties" and "killed or wounded" name two.</summary>
[Flags]
internal enum CasualtyKinds : byte
{
    /// <summary>No kind.</summary>
    None = 0,
    /// <summary>killed, dead, died, deaths, lives.</summary>
    Killed = 1,
    /// <summary>injured, wounded, hurt.</summary>
    Injured = 2,
    /// <summary>missing.</summary>
    Missing = 4,
    /// <summary>kidnapped, abducted, taken hostage.</summary>
    Kidnapped = 8,
    /// <summary>arrested, detained.</summary>
    Arrested = 16,
    /// <summary>displaced, fled, homeless.</summary>
    Displaced = 32,
}
