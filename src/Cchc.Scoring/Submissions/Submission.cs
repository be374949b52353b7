using System;
using Cchc.Scoring.Periods;
using NodaTime;

namespace Cchc.Scoring.Submissions;

/// <summary>
/// One revision of what a unit reported for one indicator and one period. Corrections are new submissions with a
/// later <see cref="RecordedAt"/>; none is ever overwritten.
/// </summary>
public sealed class Submission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="unitId">The reporting unit's identifier.</param>
    /// <param name="period">The period reported on.</param>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="measurement">What was measured.</param>
    /// <param name="recordedAt">When this revision was recorded.</param>
    /// <param name="note">A free note, or null.</param>
    /// <param name="evidence">A reference to the evidence (tài liệu kiểm chứng), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public Submission(string unitId, ReportingPeriod period, string indicatorCode, Measurement measurement, Instant recordedAt, string? note = null, string? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        UnitId = unitId;
        Period = period;
        IndicatorCode = indicatorCode;
        Measurement = measurement;
        RecordedAt = recordedAt;
        Note = note;
        Evidence = evidence;
    }

    /// <summary>The reporting unit.</summary>
    public string UnitId { get; }

    /// <summary>The period reported on.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The indicator.</summary>
    public string IndicatorCode { get; }

    /// <summary>What was measured.</summary>
    public Measurement Measurement { get; }

    /// <summary>When this revision was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>A free note, or null.</summary>
    public string? Note { get; }

    /// <summary>A reference to the evidence, or null.</summary>
    public string? Evidence { get; }

    /// <inheritdoc/>
    public override string ToString() => UnitId + " " + Period.ToString() + " " + IndicatorCode + " = " + Measurement.ToString();
}
