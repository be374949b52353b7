using System;

namespace Cchc.Scoring;

/// <summary>A value for a year: an observed yearly value or a milestone of a trajectory.</summary>
public readonly struct YearValue : IEquatable<YearValue>
{
    /// <summary>Creates a year value.</summary>
    /// <param name="year">The year.</param>
    /// <param name="value">The value.</param>
    public YearValue(int year, decimal value)
    {
        Year = year;
        Value = value;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>Equality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(YearValue left, YearValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(YearValue left, YearValue right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(YearValue other) => Year == other.Year && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is YearValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Value);

    /// <inheritdoc/>
    public override string ToString() => Num.Format(Year) + ": " + Num.Format(Value);
}
