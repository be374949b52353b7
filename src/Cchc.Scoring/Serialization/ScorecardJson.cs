using System;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Serialization;

/// <summary>Writes scoring results as JSON (<c>docs/formats.md</c>): exact decimals, invariant text, the rounding recorded.</summary>
public static class ScorecardJson
{
    /// <summary>Writes a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(ScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var period = result.Request.Period;
        var dto = new ResultDto
        {
            Framework = result.Framework.Id,
            Version = result.Framework.Version,
            Period = period.ToString(),
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            AsOf = result.Request.AsOf,
            Rounding = FrameworkJson.RoundingDto(result.Framework.Rounding),
            RollUpUnits = result.Request.RollUpUnits ? true : null,
            WithinPlan = result.IsWithinPlan ? null : false,
            Fingerprint = result.Fingerprint,
            Scorecards = result.Scorecards.Select(card => new ScorecardDto
            {
                Unit = card.UnitId,
                Name = card.Unit is null ? null : JsonFormat.ToDto(card.Unit.Name),
                Kind = card.Unit?.Kind,
                Points = card.Points,
                MaxPoints = card.MaxPoints,
                Index = card.Index,
                Class = card.Class?.Code,
                RollUp = card.IsRollUp ? true : null,
                Bonus = card.Bonus == 0 ? null : card.Bonus,
                Deduction = card.Deduction == 0 ? null : card.Deduction,
                Adjustments = card.Adjustments.Count == 0 ? null : card.Adjustments.Select(SubmissionJson.ToDto).ToList(),
                Fingerprint = card.Fingerprint,
                Coverage = new CoverageDto { Indicators = card.Coverage.Indicators, Scored = card.Coverage.Scored, NoData = card.Coverage.NoData, NotApplicable = card.Coverage.NotApplicable, Partial = card.Coverage.Partial, Imputed = card.Coverage.Imputed == 0 ? null : card.Coverage.Imputed },
                Partial = card.Coverage.IsPartial ? true : null,
                Areas = card.Areas.Select(area => new AreaScoreDto
                {
                    Code = area.Area.Code,
                    Points = area.Points,
                    MaxPoints = area.MaxPoints,
                    Indicators = area.Indicators.Select(s => new IndicatorScoreDto
                    {
                        Code = s.Indicator.Code,
                        Status = StatusName(s.Status),
                        Value = s.Value,
                        Baseline = s.Baseline,
                        Target = s.Target,
                        Points = s.Points,
                        MaxPoints = s.MaxPoints,
                        RecordedAt = s.Submission?.RecordedAt,
                        Revision = s.Source is { Revision: > 0 } whole ? whole.Revision : null,
                        Revisions = s.Source is { RevisionCount: > 0 } counted ? counted.RevisionCount : null,
                        Late = s.IsLate ? true : null,
                        Deadline = s.Source?.Deadline,
                        RollUp = s.Source?.RollUp is PeriodRollUpMethod rollUp ? FileNames.Of(rollUp) : null,
                        Partial = s.IsPartial ? true : null,
                        CoveredMonths = s.Source is { IsPartial: true } covered ? covered.CoveredMonths : null,
                        PeriodMonths = s.Source is { IsPartial: true } spanned ? spanned.PeriodMonths : null,
                        Parts = s.Source is { IsRollUp: true } parts ? parts.Parts.Select(p => new PartDto { Period = p.Period.ToString(), RecordedAt = p.RecordedAt, Late = parts.Late.Contains(p) ? true : null }).ToList() : null,
                        Explanation = s.Explanation,
                        ComputedPoints = s.AppraisedPoints is null && s.Assessment is null ? null : s.ComputedPoints,
                        SelfAssessedPoints = s.SelfAssessedPoints,
                        AppraisedPoints = s.AppraisedPoints,
                        SelfAssessmentDifference = s.SelfAssessmentDifference,
                        Imputed = ImputationDto(s.Imputation),
                        Assessment = AssessedPointsDto.Of(s.Assessment),
                        Trace = TraceJson.ToDto(s.Trace),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
            Problems = result.Problems.Select(p => new ProblemDto
            {
                Code = p.Code,
                Severity = p.Severity == Severity.Error ? "error" : "warning",
                Message = p.Message,
                Source = p.Source,
                Path = p.Path,
                Line = p.Line,
            }).ToList(),
        };
        return JsonSerializer.Serialize(dto, JsonFormat.Context.ResultDto) + "\n";
    }

    /// <summary>The JSON form of an imputation, or null.</summary>
    internal static ImputedDto? ImputationDto(Imputation? imputation) => imputation is null ? null : new ImputedDto
    {
        Method = FrameworkJson.MissingDataName(imputation.Method),
        From = imputation.FromPeriod?.ToString(),
        Peers = imputation.Method == MissingDataMethod.PeerMean ? imputation.Peers : null,
    };

    /// <summary>The name of a status as written in files: <c>met</c>, <c>notMet</c>, <c>noData</c>, <c>notApplicable</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string StatusName(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.NotMet => "notMet",
        IndicatorStatus.NoData => "noData",
        _ => "notApplicable",
    };
}
