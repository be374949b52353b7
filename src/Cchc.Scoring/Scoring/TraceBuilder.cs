using System.Collections.Generic;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>Collects the steps of one indicator's scoring; <see cref="Build"/> freezes them into an <see cref="IndicatorTrace"/>.</summary>
internal sealed class TraceBuilder
{
    public TraceBuilder(Framework framework, SubmissionSet submissions, ScoringRequest request, string unitId, Indicator indicator)
    {
        Set = submissions;
        UnitId = unitId;
        UnitKind = submissions.Units.Find(unitId)?.Kind;
        Period = request.Period;
        AsOf = request.AsOf;
        Indicator = indicator;
        Rounding = framework.Rounding;
    }

    public SubmissionSet Set { get; }

    public string UnitId { get; }

    public string? UnitKind { get; }

    public ReportingPeriod Period { get; }

    public Instant? AsOf { get; }

    public Indicator Indicator { get; }

    public List<TraceSource> Sources { get; } = [];

    public TraceSource? Ignored { get; set; }

    public RollUpTrace? RollUp { get; set; }

    public Measurement? Figure { get; set; }

    public decimal? Value { get; set; }

    public string? ValueFormula { get; set; }

    public decimal? Baseline { get; set; }

    public List<TraceSource> BaselineSources { get; } = [];

    public RollUpTrace? BaselineRollUp { get; set; }

    public decimal? Target { get; set; }

    public string? RuleFormula { get; set; }

    public decimal? RulePoints { get; set; }

    public decimal ExactPoints { get; set; }

    public RoundingPolicy Rounding { get; }

    public decimal ComputedPoints { get; set; }

    public TraceSource? SelfAssessment { get; set; }

    public TraceSource? Appraisal { get; set; }

    public bool AppraisalUsed { get; set; }

    /// <summary>The revision; its number among the revisions recorded by the scoring instant is counted when first asked for.</summary>
    public static TraceSource Source(SubmissionSet set, Submission submission, Instant? asOf) => new(submission, set, asOf);

    public TraceSource Source(Submission submission) => Source(Set, submission, AsOf);

    public IndicatorTrace Build(TraceOutcome outcome, decimal points, decimal maxPoints) => new(this, outcome, points, maxPoints);
}
