using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>What both reports show, gathered once: the unit in focus, the ranking, its trajectories and the submissions used.</summary>
internal sealed class ReportModel
{
    private ReportModel(ScoringSummary summary, ReportOptions options)
    {
        Summary = summary;
        Result = summary.Result;
        Texts = ReportTexts.For(options.Language);
        Focus = summary.Focus;
        Ranking = summary.Ranking;
        Trajectories = summary.Trajectories;
        Used = SubmissionsUsed(summary.Result);
        Sensitivity = options.Sensitivity;
    }

    /// <summary>A sensitivity analysis to show, or null.</summary>
    public SensitivityResult? Sensitivity { get; }

    public ScoringSummary Summary { get; }

    public ScoringResult Result { get; }

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

    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static ReportModel Create(ScoringSummary summary, ReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ReportModel(summary, options ?? ReportOptions.Default);
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

    /// <summary>True when some points of the card come from assessment records (the reports then show each indicator's stage).</summary>
    public static bool HasAssessments(Scorecard card) => card.Indicators.Any(s => s.Assessment is not null);

    /// <summary>
    /// Where an indicator's points come from: "final decision (council), published", "appraisal round 1 (appraisal team)",
    /// "self-assessment", or "figures" when no assessment record is in force (Vietnamese on request).
    /// </summary>
    public static string Stage(IndicatorScore score, Language language) =>
        score.Assessment is { } a
            ? a.Describe(language) + (a.IsPublished ? ", " + Glossary.Published.Get(language) : string.Empty)
            : Glossary.FromFigures.Get(language);

    /// <summary>The stage as a name for data attributes: <c>finalDecision</c>, <c>appraisal</c>, <c>selfAssessment</c> or <c>figures</c>.</summary>
    public static string StageName(IndicatorScore score) => score.Assessment?.Stage switch
    {
        AssessmentStage.FinalDecision => "finalDecision",
        AssessmentStage.Appraisal => "appraisal",
        AssessmentStage.SelfAssessment => "selfAssessment",
        _ => "figures",
    };

    /// <summary>
    /// How many indicators of the card take their points from each stage, the most settled first:
    /// "Final decision 3 · Round 2 · …" — e.g. "Quyết định cuối cùng: 3 · Thẩm định vòng 1: 1 · Tự đánh giá: 2 · tính từ số liệu: 1".
    /// </summary>
    public static string StageCounts(Scorecard card, Language language)
    {
        var parts = new List<string>();
        void Add(string words, int n)
        {
            if (n > 0)
            {
                parts.Add(words + ": " + ViNumber.Integer(n));
            }
        }

        Add(Glossary.FinalDecision.Get(language), card.Indicators.Count(s => s.Assessment?.Stage == AssessmentStage.FinalDecision));
        foreach (var round in card.Indicators.Where(s => s.Assessment?.Stage == AssessmentStage.Appraisal).GroupBy(s => s.Assessment!.Round ?? 0).OrderByDescending(g => g.Key))
        {
            Add(Glossary.AppraisalRound.Get(language) + " " + ViNumber.Integer(round.Key), round.Count());
        }

        Add(Glossary.SelfAssessment.Get(language), card.Indicators.Count(s => s.Assessment?.Stage == AssessmentStage.SelfAssessment));
        Add(Glossary.FromFigures.Get(language), card.Indicators.Count(s => s.Assessment is null));
        return string.Join(" · ", parts);
    }

    /// <summary>The target an indicator is compared with: the effective one, or the framework's fixed value when none was formed.</summary>
    public static decimal? EffectiveTarget(IndicatorScore score) =>
        score.Target ?? (score.Indicator.Target.IsBaselineRelative ? null : score.Indicator.Target.Value);
}
