using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>What both reports show, gathered once: the unit in focus, the ranking, its trajectories and the submissions used.</summary>
internal sealed class ReportModel
{
    private ReportModel(ScoringResult result, SubmissionSet submissions, ReportOptions options, Scorecard focus)
    {
        Result = result;
        Submissions = submissions;
        Texts = ReportTexts.For(options.Language);
        Focus = focus;
        Ranking = Cchc.Scoring.Ranking.Rank(result.Scorecards);
        Trajectories = Cchc.Scoring.Trajectories.Compute(result.Framework, submissions, focus.UnitId, result.Request.AsOf);
        Used = SubmissionsUsed(result);
    }

    public ScoringResult Result { get; }

    public SubmissionSet Submissions { get; }

    public ReportTexts Texts { get; }

    public Language Language => Texts.Language;

    /// <summary>The unit the report is about.</summary>
    public Scorecard Focus { get; }

    /// <summary>Every scorecard ranked by index (shared ranks).</summary>
    public IReadOnlyList<RankedScorecard> Ranking { get; }

    /// <summary>The trajectories of the unit in focus, from its own yearly submissions.</summary>
    public TrajectoryReport Trajectories { get; }

    /// <summary>Every submission revision a scorecard used (values, baselines, self-assessed and appraised points).</summary>
    public IReadOnlyList<TraceSource> Used { get; }

    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The result has no scorecards, or none for the unit asked for.</exception>
    public static ReportModel Create(ScoringResult result, SubmissionSet submissions, ReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(submissions);
        options ??= ReportOptions.Default;
        if (result.Scorecards.Count == 0)
        {
            throw new ArgumentException("The scoring result has no scorecards to report.", nameof(result));
        }

        Scorecard focus;
        if (options.UnitId is string unitId)
        {
            focus = result.Find(unitId) ?? throw new ArgumentException(
                "The scoring result has no scorecard for unit '" + unitId + "'; it has " + string.Join(", ", result.Scorecards.Select(s => s.UnitId)) + ".",
                nameof(options));
        }
        else
        {
            focus = DefaultFocus(result, submissions);
        }

        return new ReportModel(result, submissions, options, focus);
    }

    /// <summary>The department: the one declared unit without a parent that has units reporting to it; else the first such root, else the first scorecard.</summary>
    internal static Scorecard DefaultFocus(ScoringResult result, SubmissionSet submissions)
    {
        var roots = result.Scorecards.Where(s => s.Unit is { ParentId: null }).ToArray();
        var departments = roots.Where(s => submissions.Units.ChildrenOf(s.UnitId).Count > 0).ToArray();
        return departments.FirstOrDefault() ?? roots.FirstOrDefault() ?? result.Scorecards[0];
    }

    private static TraceSource[] SubmissionsUsed(ScoringResult result)
    {
        var seen = new HashSet<Submission>(ReferenceEqualityComparer.Instance);
        var used = new List<TraceSource>();
        void Add(TraceSource? source)
        {
            if (source is not null && seen.Add(source.Submission))
            {
                used.Add(source);
            }
        }

        foreach (var score in result.Scorecards.SelectMany(c => c.Indicators))
        {
            var trace = score.Trace;
            foreach (var source in trace.Sources)
            {
                Add(source);
            }

            foreach (var source in trace.BaselineSources)
            {
                Add(source);
            }

            Add(trace.SelfAssessment);
            Add(trace.Appraisal);
        }

        return used
            .OrderBy(s => s.Submission.UnitId, StringComparer.Ordinal)
            .ThenBy(s => s.Submission.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(s => s.Submission.Period.Start)
            .ThenBy(s => s.Submission.Period.End)
            .ThenBy(s => s.Submission.RecordedAt)
            .ToArray();
    }

    /// <summary>The target an indicator is compared with: the effective one, or the framework's fixed value when none was formed.</summary>
    public static decimal? EffectiveTarget(IndicatorScore score) =>
        score.Target ?? (score.Indicator.Target.IsBaselineRelative ? null : score.Indicator.Target.Value);
}
