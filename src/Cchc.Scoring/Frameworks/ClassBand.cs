using System;

namespace Cchc.Scoring;

/// <summary>
/// A classification band: an index at or above <see cref="MinIndex"/> (inclusive) and below the next band's minimum
/// falls in this band (A ≥ 90; B from 80 to under 90; Tốt / Khá / Trung bình / Yếu with a province's thresholds).
/// </summary>
public sealed class ClassBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="code">A short code, e.g. <c>A</c> or <c>tot</c>.</param>
    /// <param name="name">The band's name.</param>
    /// <param name="minIndex">The lowest index of the band, inclusive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    public ClassBand(string code, LocalizedText name, decimal minIndex)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(name);
        Code = code;
        Name = name;
        MinIndex = minIndex;
    }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The lowest index of the band, inclusive.</summary>
    public decimal MinIndex { get; }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
