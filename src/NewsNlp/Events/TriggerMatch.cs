namespace NewsNlp.Events;

/// <summary>A trigger found in a sentence.</summary>
/// <param name="Pattern">The lexicon entry.</param>
/// <param name="FirstToken">Document index of the first matched token.</param>
/// <param name="LastToken">Document index of the last matched token.</param>
internal readonly record struct TriggerMatch(TriggerPattern Pattern, int FirstToken, int LastToken)
{
    /// <summary>The event type.</summary>
    public string Type => Pattern.Type;
}
