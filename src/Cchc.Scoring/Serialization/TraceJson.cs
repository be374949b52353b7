using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Serialization;

/// <summary>The JSON form of an <see cref="IndicatorTrace"/> inside a scoring result.</summary>
internal static class TraceJson
{
    public static TraceDto ToDto(IndicatorTrace t) => new()
    {
        Outcome = OutcomeName(t.Outcome),
        Sources = t.Sources.Count == 0 ? null : t.Sources.Select(Source).ToList(),
        Ignored = t.IgnoredSubmission is null ? null : Source(t.IgnoredSubmission),
        LeftOut = t.LeftOut.Count == 0 ? null : t.LeftOut.Select(l => new LeftOutDto { Unit = l.Submission.UnitId, Period = l.Submission.Period.ToString(), RecordedAt = l.Submission.RecordedAt, Reason = FileNames.Of(l.Reason), CoveredBy = l.CoveredBy?.ToString() }).ToList(),
        RollUp = t.RollUp is null ? null : RollUp(t.RollUp),
        Value = t.ValueFormula,
        Baseline = t.Indicator.Target.IsBaselineRelative
            ? new TraceBaselineDto
            {
                Value = t.Baseline,
                Sources = t.BaselineSources.Count == 0 ? null : t.BaselineSources.Select(Source).ToList(),
                RollUp = t.BaselineRollUp is null ? null : RollUp(t.BaselineRollUp),
            }
            : null,
        Target = t.Indicator.Target + (t.Indicator.Target.IsBaselineRelative && t.Target is decimal eff ? " = " + Num.Format(eff) : string.Empty),
        Rule = FrameworkJson.RuleElementOf(t.Indicator.Rule),
        Formula = t.RuleFormula,
        RulePoints = t.RuleFormula is null ? null : t.RulePoints,
        ExactPoints = t.RuleFormula is null ? null : t.ExactPoints,
        Rounding = t.RuleFormula is null ? null : t.Rounding.ToString(),
        SelfAssessment = t.SelfAssessment is null ? null : Source(t.SelfAssessment),
        Appraisal = t.Appraisal is null ? null : Source(t.Appraisal),
        AppraisalUsed = t.Appraisal is null ? null : t.AppraisalUsed,
        Imputed = ScorecardJson.ImputationDto(t.Imputation),
        Peers = t.PeerSources.Count == 0 ? null : t.PeerSources.Select(Source).ToList(),
        Assessment = AssessedPointsDto.Of(t.Assessment),
        SurveyNotHeld = t.SurveyNotHeld ? true : null,
    };

    public static string OutcomeName(TraceOutcome outcome) => outcome switch
    {
        TraceOutcome.Scored => "scored",
        TraceOutcome.NoSubmission => "noSubmission",
        TraceOutcome.DeclaredNotApplicable => "declaredNotApplicable",
        TraceOutcome.NotApplicableToKind => "notApplicableToKind",
        TraceOutcome.NothingToMeasure => "nothingToMeasure",
        TraceOutcome.Unusable => "unusable",
        TraceOutcome.MissingBaseline => "missingBaseline",
        TraceOutcome.NoUnitFigures => "noUnitFigures",
        _ => "noApplicableUnits",
    };

    private static SourceDto Source(TraceSource source) => new()
    {
        Unit = source.Submission.UnitId,
        Period = source.Submission.Period.ToString(),
        RecordedAt = source.Submission.RecordedAt,
        Revision = source.Revision,
        Revisions = source.Revisions,
        Figure = Figure(source.Submission.Measurement),
    };

    private static RollUpDto RollUp(RollUpTrace r) => new()
    {
        Method = FrameworkJson.RollUpName(r.Method),
        Units = r.Parts.Select(p => new RollUpPartDto { Unit = p.UnitId, Figure = Figure(p.Figure), Value = p.Value, RolledUp = p.IsRollUp ? true : null }).ToList(),
        NotApplicable = r.NotApplicableUnits.Count == 0 ? null : r.NotApplicableUnits.ToList(),
        Missing = r.MissingUnits.Count == 0 ? null : r.MissingUnits.ToList(),
        Figure = r.Figure is Measurement m ? Figure(m) : null,
        Formula = r.Formula,
    };

    private static FigureDto Figure(Measurement m)
    {
        if (!m.IsApplicable)
        {
            return new FigureDto { Applicable = false };
        }

        return m.Kind switch
        {
            MeasureKind.Ratio => new FigureDto { Numerator = m.Numerator, Denominator = m.Denominator, Excluded = m.Excluded == 0 ? null : m.Excluded },
            MeasureKind.YesNo => new FigureDto { Answer = m.Answer },
            _ => new FigureDto { Value = m.Value },
        };
    }
}
