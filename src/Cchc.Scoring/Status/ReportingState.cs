using System;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>Where one unit stands with one indicator due for a period: exactly one of these.</summary>
public enum ReportingState
{
    /// <summary>The figure for the whole period was in before the deadline, and no revision came after it.</summary>
    OnTime,

    /// <summary>The figure for the whole period came in at or after the deadline.</summary>
    Late,

    /// <summary>The figure was in on time, but a revision came in at or after the deadline.</summary>
    RevisedAfterDeadline,

    /// <summary>No figure for the whole period was known at the as-of instant: the unit still owes it.</summary>
    Missing,

    /// <summary>The indicator does not apply: the framework says so for the unit's kind, or the unit declared it.</summary>
    NotApplicable,
}

/// <summary>
/// One unit's reporting of one indicator for a period, as known at the as-of instant: its <see cref="State"/>, when
/// the figure came in and how many working days late.
/// </summary>
public sealed class IndicatorReportingStatus
{
    internal IndicatorReportingStatus(string indicatorCode, ReportingState state, Instant? submittedAt, Instant? lastRecordedAt, int? workingDaysLate)
    {
        IndicatorCode = indicatorCode;
        State = state;
        SubmittedAt = submittedAt;
        LastRecordedAt = lastRecordedAt;
        WorkingDaysLate = workingDaysLate;
    }

    /// <summary>The indicator's code.</summary>
    public string IndicatorCode { get; }

    /// <summary>The state.</summary>
    public ReportingState State { get; }

    /// <summary>
    /// When a figure for the whole period was first known: the first revision for the period itself, or the instant
    /// its sub-periods (months, quarters) first covered every month of it, whichever came first; null when missing
    /// (and for an indicator that does not apply to the unit's kind).
    /// </summary>
    public Instant? SubmittedAt { get; }

    /// <summary>The latest revision known for the period or its sub-periods, or null when there is none.</summary>
    public Instant? LastRecordedAt { get; }

    /// <summary>
    /// Working days late (<see cref="SubmissionDeadline.WorkingDaysLate"/>): of the first figure when
    /// <see cref="ReportingState.Late"/>, of the latest revision when <see cref="ReportingState.RevisedAfterDeadline"/>,
    /// and, when <see cref="ReportingState.Missing"/> and the as-of instant is past the deadline, how many working days
    /// overdue the figure is by then. Null otherwise.
    /// </summary>
    public int? WorkingDaysLate { get; }

    /// <inheritdoc/>
    public override string ToString() => IndicatorCode + " " + State.ToString();
}

/// <summary>How many unit × indicator pairs are in each <see cref="ReportingState"/>.</summary>
public readonly record struct ReportingStateCounts
{
    /// <summary>Creates counts.</summary>
    /// <param name="onTime">In on time.</param>
    /// <param name="late">In late.</param>
    /// <param name="revisedAfterDeadline">In on time, revised after the deadline.</param>
    /// <param name="missing">Still owed.</param>
    /// <param name="notApplicable">Not applicable.</param>
    public ReportingStateCounts(int onTime, int late, int revisedAfterDeadline, int missing, int notApplicable)
    {
        OnTime = onTime;
        Late = late;
        RevisedAfterDeadline = revisedAfterDeadline;
        Missing = missing;
        NotApplicable = notApplicable;
    }

    /// <summary>In on time.</summary>
    public int OnTime { get; }

    /// <summary>In late.</summary>
    public int Late { get; }

    /// <summary>In on time, revised after the deadline.</summary>
    public int RevisedAfterDeadline { get; }

    /// <summary>Still owed.</summary>
    public int Missing { get; }

    /// <summary>Not applicable.</summary>
    public int NotApplicable { get; }

    /// <summary>Figures that are in: on time, late or revised after the deadline.</summary>
    public int Submitted => OnTime + Late + RevisedAfterDeadline;

    /// <summary>Figures that apply: submitted or missing.</summary>
    public int Applicable => Submitted + Missing;

    /// <summary>Every pair counted, in any state.</summary>
    public int Total => Applicable + NotApplicable;

    /// <summary>The count of one state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public int Of(ReportingState state) => state switch
    {
        ReportingState.OnTime => OnTime,
        ReportingState.Late => Late,
        ReportingState.RevisedAfterDeadline => RevisedAfterDeadline,
        ReportingState.Missing => Missing,
        ReportingState.NotApplicable => NotApplicable,
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>The sum of two counts.</summary>
    /// <param name="left">Counts.</param>
    /// <param name="right">Other counts.</param>
    /// <returns>The sum.</returns>
    public static ReportingStateCounts operator +(ReportingStateCounts left, ReportingStateCounts right) => new(
        left.OnTime + right.OnTime,
        left.Late + right.Late,
        left.RevisedAfterDeadline + right.RevisedAfterDeadline,
        left.Missing + right.Missing,
        left.NotApplicable + right.NotApplicable);

    internal static ReportingStateCounts Of(System.Collections.Generic.IEnumerable<IndicatorReportingStatus> items)
    {
        int onTime = 0, late = 0, revised = 0, missing = 0, notApplicable = 0;
        foreach (var item in items)
        {
            switch (item.State)
            {
                case ReportingState.OnTime: onTime++; break;
                case ReportingState.Late: late++; break;
                case ReportingState.RevisedAfterDeadline: revised++; break;
                case ReportingState.Missing: missing++; break;
                default: notApplicable++; break;
            }
        }

        return new ReportingStateCounts(onTime, late, revised, missing, notApplicable);
    }
}
