using System;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// A bonus (điểm thưởng, positive points) or a deduction (điểm trừ, negative points) on a unit's total for a period,
/// with its reason. The framework caps what adjustments may add or take (<see cref="Framework.MaxBonus"/>,
/// <see cref="Framework.MaxDeduction"/>).
/// </summary>
public sealed class Adjustment
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period whose total it adjusts.</param>
    /// <param name="points">Positive for a bonus, negative for a deduction.</param>
    /// <param name="reason">Why (free text, required).</param>
    /// <param name="recordedAt">When it was recorded (scoring as of an earlier instant ignores it).</param>
    /// <param name="evidence">A reference to the evidence, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="reason"/> is null.</exception>
    public Adjustment(string unitId, ReportingPeriod period, decimal points, string reason, Instant recordedAt, string? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(reason);
        UnitId = unitId;
        Period = period;
        Points = points;
        Reason = reason;
        RecordedAt = recordedAt;
        Evidence = evidence;
    }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The points: positive for a bonus, negative for a deduction.</summary>
    public decimal Points { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>A reference to the evidence, or null.</summary>
    public string? Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => UnitId + " " + Period.ToString() + " " + (Points > 0 ? "+" : string.Empty) + Num.Format(Points) + " (" + Reason + ")";

    internal static int CanonicalOrder(Adjustment? a, Adjustment? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(a.UnitId, b.UnitId);
        if (c == 0)
        {
            c = a.Period.CompareTo(b.Period);
        }

        if (c == 0)
        {
            c = a.RecordedAt.CompareTo(b.RecordedAt);
        }

        if (c == 0)
        {
            c = a.Points.CompareTo(b.Points);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Reason, b.Reason);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Evidence, b.Evidence);
    }
}
