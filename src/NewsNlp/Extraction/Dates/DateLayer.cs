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
/// <remarks>
/// Every document holds one per expression, so it is kept small (32 bytes, not 56): the type, modifier and TIMEX3 type
/// are few fixed words, stored as their number, and the day as its day number.
/// </remarks>
internal readonly struct DateEntity : IEquatable<DateEntity>
{
    private readonly int dayNumber;   // -1: no day
    private readonly byte type;
    private readonly byte mod;
    private readonly byte timexType;

    /// <summary>Creates an entity; <paramref name="type"/>, <paramref name="mod"/> and <paramref name="timexType"/> must be one of the words their properties give.</summary>
    public DateEntity(int start, int end, string type, string? value, DateOnly? date, string? timexValue = null, string? mod = null, string? timexType = null)
    {
        Start = start;
        End = end;
        Value = value;
        TimexValue = timexValue;
        dayNumber = date is DateOnly day ? day.DayNumber : -1;
        this.type = type switch
        {
            "date" => 0,
            "time" => 1,
            "duration" => 2,
            "set" => 3,
            _ => throw new ArgumentException($"'{type}' is no date type.", nameof(type)),
        };
        this.mod = mod switch
        {
            null => 0,
            "APPROX" => 1,
            "START" => 2,
            "END" => 3,
            "MID" => 4,
            "LESS_THAN" => 5,
            "MORE_THAN" => 6,
            "EQUAL_OR_LESS" => 7,
            "EQUAL_OR_MORE" => 8,
            _ => throw new ArgumentException($"'{mod}' is no TIMEX3 modifier.", nameof(mod)),
        };
        this.timexType = timexType switch
        {
            null => 0,
            "DATE" => 1,
            "TIME" => 2,
            "DURATION" => 3,
            "SET" => 4,
            _ => throw new ArgumentException($"'{timexType}' is no TIMEX3 type.", nameof(timexType)),
        };
    }

    /// <summary>Start offset in the document text.</summary>
    public int Start { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End { get; }

    /// <summary>The record type: "date", "time", "duration" or "set".</summary>
    public string Type => type switch
    {
        0 => "date",
        1 => "time",
        2 => "duration",
        _ => "set",
    };

    /// <summary>The contract value (a point or an amount), or null.</summary>
    public string? Value { get; }

    /// <summary>The day, when the expression names one.</summary>
    public DateOnly? Date => dayNumber < 0 ? null : DateOnly.FromDayNumber(dayNumber);

    /// <summary>The TIMEX3 value, or null.</summary>
    public string? TimexValue { get; }

    /// <summary>The TIMEX3 modifier ("APPROX", "START", ...), or null.</summary>
    public string? Mod => mod switch
    {
        0 => null,
        1 => "APPROX",
        2 => "START",
        3 => "END",
        4 => "MID",
        5 => "LESS_THAN",
        6 => "MORE_THAN",
        7 => "EQUAL_OR_LESS",
        _ => "EQUAL_OR_MORE",
    };

    /// <summary>The TIMEX3 type when it differs from <see cref="Type"/> ("DURATION"), else null.</summary>
    public string? TimexType => timexType switch
    {
        0 => null,
        1 => "DATE",
        2 => "TIME",
        3 => "DURATION",
        _ => "SET",
    };

    /// <inheritdoc/>
    public bool Equals(DateEntity other) =>
        Start == other.Start && End == other.End && dayNumber == other.dayNumber && type == other.type && mod == other.mod && timexType == other.timexType
        && string.Equals(Value, other.Value, StringComparison.Ordinal) && string.Equals(TimexValue, other.TimexValue, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateEntity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, dayNumber, type, mod, timexType, Value, TimexValue);

    /// <inheritdoc/>
    public override string ToString() =>
        $"DateEntity {{ Start = {Start}, End = {End}, Type = {Type}, Value = {Value}, Date = {Date}, TimexValue = {TimexValue}, Mod = {Mod}, TimexType = {TimexType} }}";

    /// <summary>True when both are the same expression with the same values.</summary>
    public static bool operator ==(DateEntity left, DateEntity right) => left.Equals(right);

    /// <summary>True when they differ.</summary>
    public static bool operator !=(DateEntity left, DateEntity right) => !left.Equals(right);
}
