namespace NewsNlp.Events;

/// <summary>A mention of a possible event participant, mapped to tokens.</summary>
/// <param name="FirstToken">Document index of its first token.</param>
/// <param name="LastToken">Document index of its last token.</param>
/// <param name="Code">Alpha-2 code or organisation short name; empty for <see cref="ActorForm.Pair"/>.</param>
/// <param name="Form">How it is named.</param>
internal readonly record struct ActorMention(int FirstToken, int LastToken, string Code, ActorForm Form);
