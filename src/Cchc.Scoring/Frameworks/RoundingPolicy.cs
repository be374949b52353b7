using System;

namespace Cchc.Scoring;

/// <summary>How numbers are rounded.</summary>
public enum RoundingMode
{
    /// <summary>Half away from zero (89.455 → 89.46), the usual school rounding.</summary>
    HalfAwayFromZero,

    /// <summary>Half to even (89.445 → 89.44), banker's rounding.</summary>
    HalfToEven,

    /// <summary>Truncation toward zero (89.459 → 89.45).</summary>
    Truncate,
}

/// <summary>From which level on points are rounded.</summary>
public enum RoundingLevel
{
    /// <summary>Each indicator's points are rounded; areas, total and index add rounded figures.</summary>
    Indicator,

    /// <summary>Indicator points stay exact; each area's total is rounded, and the total and index after it.</summary>
    Area,

    /// <summary>Everything stays exact until the total and the index, which are rounded.</summary>
    Index,
}

/// <summary>
/// The framework's rounding, declared once and applied in one place (<see cref="Round(decimal, RoundingLevel)"/>).
/// The index is always rounded; the level says what is rounded before it.
/// </summary>
public sealed class RoundingPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="digits">Decimal places, 0 to 10.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="level">From which level on figures are rounded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is out of range.</exception>
    public RoundingPolicy(int digits, RoundingMode mode, RoundingLevel level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 10);
        Digits = digits;
        Mode = mode;
        Level = level;
    }

    /// <summary>Two decimals, half away from zero, from each indicator on: what published indices show.</summary>
    public static RoundingPolicy Default { get; } = new(2, RoundingMode.HalfAwayFromZero, RoundingLevel.Indicator);

    /// <summary>Decimal places.</summary>
    public int Digits { get; }

    /// <summary>The mode.</summary>
    public RoundingMode Mode { get; }

    /// <summary>From which level on figures are rounded.</summary>
    public RoundingLevel Level { get; }

    /// <summary>Rounds <paramref name="value"/> with the digits and mode.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value.</returns>
    public decimal Round(decimal value) => Mode switch
    {
        RoundingMode.HalfToEven => Math.Round(value, Digits, MidpointRounding.ToEven),
        RoundingMode.Truncate => Math.Round(value, Digits, MidpointRounding.ToZero),
        _ => Math.Round(value, Digits, MidpointRounding.AwayFromZero),
    };

    /// <summary>Rounds a figure of level <paramref name="at"/> when the policy rounds at that level, else returns it exact.</summary>
    /// <param name="value">The figure.</param>
    /// <param name="at">Its level: an indicator's points, an area's points, or the total and index.</param>
    /// <returns>The figure as the policy wants it.</returns>
    public decimal Round(decimal value, RoundingLevel at) => at >= Level ? Round(value) : value;

    /// <summary>The policy as text, e.g. <c>2 digits, halfAwayFromZero, from indicator</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Num.Format(Digits) + " digits, " + Mode.ToString() + ", from " + Level.ToString();
}
