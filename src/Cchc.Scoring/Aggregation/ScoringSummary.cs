using System;
using System.Linq;
using System.Collections.Generic;

namespace Cchc.Scoring;

/// <summary>
/// A scoring result with what is read from it in a report: every scorecard ranked (shared ranks), the unit in focus and
/// its trajectories to the targets. Reports and other views read this; they compute nothing themselves.
/// </summary>
public sealed class ScoringSummary
{
    private ScoringSummary(ScoringResult result, IReadOnlyList<RankedScorecard> ranking, Scorecard focus, TrajectoryReport trajectories, YearOnYear? yearOnYear = null, ReportingStatus? reportingStatus = null)
    {
        Result = result;
        Ranking = ranking;
        Focus = focus;
        Trajectories = trajectories;
        YearOnYear = yearOnYear;
        ReportingStatus = reportingStatus;
    }

    /// <summary>The scoring result.</summary>
    public ScoringResult Result { get; }

    /// <summary>Every scorecard ranked by index, with shared ranks after rounding.</summary>
    public IReadOnlyList<RankedScorecard> Ranking { get; }

    /// <summary>The unit the summary is about.</summary>
    public Scorecard Focus { get; }

    /// <summary>The trajectories of the unit in focus, as known at the result's as-of instant.</summary>
    public TrajectoryReport Trajectories { get; }

    /// <summary>Each unit's index and rank beside those of the earlier comparable period, or null when none was given (<see cref="WithYearOnYear"/>).</summary>
    public YearOnYear? YearOnYear { get; }

    /// <summary>Who has reported for the period, or null when not given (<see cref="WithReportingStatus"/>).</summary>
    public ReportingStatus? ReportingStatus { get; }

    /// <summary>The same summary carrying a year-on-year comparison (for example <c>YearOnYear.Compare(summary.Result, previous)</c>).</summary>
    /// <param name="comparison">The comparison; its period must be the result's.</param>
    /// <returns>The summary with the comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentException">The comparison is of another period.</exception>
    public ScoringSummary WithYearOnYear(YearOnYear comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Period != Result.Request.Period)
        {
            throw new ArgumentException("The comparison is of " + comparison.Period.ToString() + ", the result of " + Result.Request.Period.ToString() + ".", nameof(comparison));
        }

        return new ScoringSummary(Result, Ranking, Focus, Trajectories, comparison, ReportingStatus);
    }

    /// <summary>The same summary carrying the reporting status of the period (<see cref="Scoring.ReportingStatus.Compute"/>).</summary>
    /// <param name="status">The status; its framework and period must be the result's.</param>
    /// <returns>The summary with the status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    /// <exception cref="ArgumentException">The status is of another framework or period.</exception>
    public ScoringSummary WithReportingStatus(ReportingStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Period != Result.Request.Period || !string.Equals(status.FrameworkId, Result.Framework.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException("The status is of " + status.FrameworkId + " " + status.Period.ToString() + ", the result of " + Result.Framework.Id + " " + Result.Request.Period.ToString() + ".", nameof(status));
        }

        return new ScoringSummary(Result, Ranking, Focus, Trajectories, YearOnYear, status);
    }

    /// <summary>Summarises a result: ranks it, picks the unit in focus and computes its trajectories.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="submissions">The submissions scored (the trajectories are drawn from their yearly values; the hierarchy picks the default focus).</param>
    /// <param name="focusUnitId">The unit in focus; null for the department: the declared unit without a parent that has units reporting to it, else the first such root, else the first scorecard.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="submissions"/> is null.</exception>
    /// <exception cref="ArgumentException">The result has no scorecards, or none for <paramref name="focusUnitId"/> (or it is empty).</exception>
    public static ScoringSummary Create(ScoringResult result, SubmissionSet submissions, string? focusUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(submissions);
        if (result.Scorecards.Count == 0)
        {
            throw new ArgumentException("The scoring result has no scorecards to report.", nameof(result));
        }

        if (focusUnitId is not null && focusUnitId.Length == 0)
        {
            throw new ArgumentException("The unit identifier is empty.", nameof(focusUnitId));
        }

        var focus = focusUnitId is null ? DefaultFocus(result, submissions) : result.Find(focusUnitId) ?? throw new ArgumentException(
            "The scoring result has no scorecard for unit '" + focusUnitId + "'; it has " + string.Join(", ", result.Scorecards.Select(s => s.UnitId)) + ".",
            nameof(focusUnitId));
        var ranking = Cchc.Scoring.Ranking.Rank(result.Scorecards);
        var trajectories = Cchc.Scoring.Trajectories.Compute(result.Framework, submissions, focus.UnitId, result.Request.AsOf);
        return new ScoringSummary(result, ranking, focus, trajectories);
    }

    private static Scorecard DefaultFocus(ScoringResult result, SubmissionSet submissions)
    {
        var roots = result.Scorecards.Where(s => s.Unit is { ParentId: null }).ToArray();
        var departments = roots.Where(s => submissions.Units.ChildrenOf(s.UnitId).Count > 0).ToArray();
        return departments.FirstOrDefault() ?? roots.FirstOrDefault() ?? result.Scorecards[0];
    }
}
