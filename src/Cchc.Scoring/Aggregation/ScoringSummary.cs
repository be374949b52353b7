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
    private ScoringSummary(ScoringResult result, IReadOnlyList<RankedScorecard> ranking, Scorecard focus, TrajectoryReport trajectories)
    {
        Result = result;
        Ranking = ranking;
        Focus = focus;
        Trajectories = trajectories;
    }

    /// <summary>The scoring result.</summary>
    public ScoringResult Result { get; }

    /// <summary>Every scorecard ranked by index, with shared ranks after rounding.</summary>
    public IReadOnlyList<RankedScorecard> Ranking { get; }

    /// <summary>The unit the summary is about.</summary>
    public Scorecard Focus { get; }

    /// <summary>The trajectories of the unit in focus, as known at the result's as-of instant.</summary>
    public TrajectoryReport Trajectories { get; }

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
