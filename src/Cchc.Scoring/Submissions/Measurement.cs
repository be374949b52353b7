using System;

namespace Cchc.Scoring;

/// <summary>What an indicator measures.</summary>
public enum MeasureKind
{
    /// <summary>A ratio of counts, kept as numerator, denominator and excluded items, compared as a percentage.</summary>
    Ratio,

    /// <summary>A count or amount (for example the number of public service units).</summary>
    Quantity,

    /// <summary>A duration in minutes (for example waiting time per transaction).</summary>
    Duration,

    /// <summary>A percentage given as such (for example a survey index published as 95.20).</summary>
    Percentage,

    /// <summary>Yes or no (for example "a quality management system is applied").</summary>
    YesNo,
}

/// <summary>
/// One measured figure. A ratio travels as numerator, denominator and excluded count, never as a bare percent:
/// <c>excluded</c> items (secret dossiers, secret documents) are part of the denominator as reported and are taken
/// out of it before the ratio is formed; the numerator counts qualifying items among the rest.
/// So the percentage is <c>numerator ÷ (denominator − excluded) × 100</c>.
/// </summary>
public readonly struct Measurement : IEquatable<Measurement>
{
    private Measurement(MeasureKind kind, decimal value, decimal numerator, decimal denominator, decimal excluded, bool applicable, decimal? count = null)
    {
        Count = count;
        Kind = kind;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Excluded = excluded;
        IsApplicable = applicable;
    }

    /// <summary>The kind of measurement.</summary>
    public MeasureKind Kind { get; }

    /// <summary>The value of a quantity, duration (minutes) or percentage; 1 or 0 for yes/no; 0 for a ratio.</summary>
    public decimal Value { get; }

    /// <summary>A ratio's numerator: qualifying items, excluded items not among them.</summary>
    public decimal Numerator { get; }

    /// <summary>A ratio's denominator as reported, excluded items included.</summary>
    public decimal Denominator { get; }

    /// <summary>A ratio's excluded items, taken out of the denominator.</summary>
    public decimal Excluded { get; }

    /// <summary>
    /// For a duration: how many cases the value is the mean of (for example the number of transactions whose waiting
    /// time was averaged); it weighs the value when periods are rolled up. Null when not given.
    /// </summary>
    public decimal? Count { get; }

    /// <summary>False when the unit declares that the indicator does not apply to it in the period.</summary>
    public bool IsApplicable { get; }

    /// <summary>A yes/no answer (meaningful for <see cref="MeasureKind.YesNo"/> only).</summary>
    public bool Answer => Value != 0;

    /// <summary>A ratio.</summary>
    /// <param name="numerator">Qualifying items.</param>
    /// <param name="denominator">All items, excluded ones included.</param>
    /// <param name="excluded">Items left out of both (for example secret dossiers).</param>
    /// <returns>The measurement.</returns>
    /// <remarks>Consistency (no negative counts, numerator within the denominator) is checked by validation, so that bad data is reported, not thrown.</remarks>
    public static Measurement Ratio(decimal numerator, decimal denominator, decimal excluded = 0) =>
        new(MeasureKind.Ratio, 0, numerator, denominator, excluded, true);

    /// <summary>A count or amount.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The measurement.</returns>
    public static Measurement Quantity(decimal value) => new(MeasureKind.Quantity, value, 0, 0, 0, true);

    /// <summary>A duration in minutes.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The measurement.</returns>
    public static Measurement Duration(decimal minutes) => new(MeasureKind.Duration, minutes, 0, 0, 0, true);

    /// <summary>A mean duration in minutes over <paramref name="count"/> cases; the count weighs it in period roll-ups.</summary>
    /// <param name="minutes">The mean minutes.</param>
    /// <param name="count">The number of cases averaged.</param>
    /// <returns>The measurement.</returns>
    public static Measurement Duration(decimal minutes, decimal count) => new(MeasureKind.Duration, minutes, 0, 0, 0, true, count);

    /// <summary>A percentage given as such.</summary>
    /// <param name="percent">The percentage (95.5 means 95.5 %).</param>
    /// <returns>The measurement.</returns>
    public static Measurement Percentage(decimal percent) => new(MeasureKind.Percentage, percent, 0, 0, 0, true);

    /// <summary>A yes/no answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>The measurement.</returns>
    public static Measurement YesNo(bool answer) => new(MeasureKind.YesNo, answer ? 1 : 0, 0, 0, 0, true);

    /// <summary>A declaration that the indicator does not apply to the unit in the period: its points leave the maximum.</summary>
    /// <param name="kind">The indicator's measure kind.</param>
    /// <returns>The measurement.</returns>
    public static Measurement NotApplicable(MeasureKind kind) => new(kind, 0, 0, 0, 0, false);

    /// <summary>
    /// The number compared with the target: the percentage of a ratio, the value of the others, 1 or 0 for yes/no;
    /// null when there is none (a ratio whose denominator less exclusions is 0, or a not-applicable declaration).
    /// </summary>
    public decimal? ComparableValue => !IsApplicable ? null : Kind switch
    {
        MeasureKind.Ratio => Denominator - Excluded is var d && d > 0 ? Numerator * 100m / d : null,
        _ => Value,
    };

    /// <inheritdoc/>
    public bool Equals(Measurement other) =>
        Kind == other.Kind && Value == other.Value && Numerator == other.Numerator && Denominator == other.Denominator
        && Excluded == other.Excluded && IsApplicable == other.IsApplicable && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Measurement other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Value, Numerator, Denominator, Excluded, IsApplicable, Count);

    /// <summary>The measurement as text, for example <c>875/1000 (5 excluded)</c> or <c>12.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (!IsApplicable)
        {
            return "not applicable";
        }

        return Kind switch
        {
            MeasureKind.Ratio => Num.Format(Numerator) + "/" + Num.Format(Denominator) + (Excluded != 0 ? " (" + Num.Format(Excluded) + " excluded)" : string.Empty),
            MeasureKind.YesNo => Answer ? "yes" : "no",
            _ => Num.Format(Value) + (Count is decimal n ? " (" + Num.Format(n) + " cases)" : string.Empty),
        };
    }

    /// <summary>Equality.</summary>
    /// <param name="left">A measurement.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Measurement left, Measurement right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A measurement.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Measurement left, Measurement right) => !left.Equals(right);
}
