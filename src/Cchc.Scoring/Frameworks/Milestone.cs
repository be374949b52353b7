using System;

namespace Cchc.Scoring;

/// <summary>
/// An intermediate target of a trajectory: the value to reach by the end of <see cref="Year"/>, in the same terms as the
/// target's value (for a baseline-relative target, the size of the change by then: a reduction of 4 % by 2023).
/// </summary>
public readonly struct Milestone : IEquatable<Milestone>
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="year">The year.</param>
    /// <param name="value">The value to reach by the end of the year (or the size of the change by then).</param>
    public Milestone(int year, decimal value)
    {
        Year = year;
        Value = value;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The value, or the size of the change.</summary>
    public decimal Value { get; }

    /// <summary>Equality.</summary>
    /// <param name="left">A milestone.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Milestone left, Milestone right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A milestone.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Milestone left, Milestone right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Milestone other) => Year == other.Year && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Milestone other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Value);

    /// <inheritdoc/>
    public override string ToString() => Num.Format(Year) + ": " + Num.Format(Value);
}
