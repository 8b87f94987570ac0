using System.Collections.Immutable;

namespace NewsNlp.Extraction.Dates;

/// <summary>The date stage's layer: every temporal expression, resolved, in text order.</summary>
internal sealed record DateLayer(ImmutableArray<DateEntity> Dates);

/// <summary>
/// One temporal expression: where it is, its type ("date", "time", "duration", ...), its ISO 8601
/// value and, when it names a single day, that day; its TIMEX3 value (which also names vague
/// expressions: "PRESENT_REF", "PXY"), TIMEX3 modifier ("APPROX", "START", ...) and the TIMEX3 type when it differs
/// from the type ("three days later": a date, TIMEX3 DURATION).
/// </summary>
internal readonly record struct DateEntity(int Start, int End, string Type, string? Value, DateOnly? Date, string? TimexValue = null, string? Mod = null, string? TimexType = null);
