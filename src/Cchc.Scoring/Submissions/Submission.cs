using System;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

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
    /// <param name="options">What a revision may carry beyond its figures: a note, evidence, self-assessed and appraised points; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public Submission(string unitId, ReportingPeriod period, string indicatorCode, Measurement measurement, Instant recordedAt, SubmissionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        UnitId = unitId;
        Period = period;
        IndicatorCode = indicatorCode;
        Measurement = measurement;
        RecordedAt = recordedAt;
        if (options is not null)
        {
            Note = options.Note;
            Evidence = options.Evidence;
            SelfAssessedPoints = options.SelfAssessedPoints;
            AppraisedPoints = options.AppraisedPoints;
        }
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

    /// <summary>The unit's self-assessed points, or null. Shown beside the points that count; never counted.</summary>
    public decimal? SelfAssessedPoints { get; }

    /// <summary>
    /// The appraised points, or null. When the revision in force carries them, they replace the points computed from
    /// the figures (see <c>docs/aggregation.md</c>).
    /// </summary>
    public decimal? AppraisedPoints { get; }

    /// <inheritdoc/>
    public override string ToString() => UnitId + " " + Period.ToString() + " " + IndicatorCode + " = " + Measurement.ToString();
}
