using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Cchc.Scoring.Serialization;

#pragma warning disable SA1402, CA1812 // DTOs of the file formats live together; they are created by the serializer.

internal abstract class Dto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class TextDto : Dto
{
    public string? Vi { get; set; }

    public string? En { get; set; }
}

internal sealed class PlanDto : Dto
{
    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}

internal sealed class RoundingDto : Dto
{
    public int? Digits { get; set; }

    public string? Mode { get; set; }

    public string? Level { get; set; }
}

internal sealed class BandDto : Dto
{
    public string? Code { get; set; }

    public TextDto? Name { get; set; }

    public decimal? Min { get; set; }
}

internal sealed class DeadlineDto : Dto
{
    public int? WorkingDays { get; set; }

    public List<string>? Weekend { get; set; }

    public List<LocalDate>? Holidays { get; set; }

    public string? UtcOffset { get; set; }
}

internal sealed class TrajectoryThresholdsDto : Dto
{
    public decimal? OnTrack { get; set; }

    public decimal? NeedsAcceleration { get; set; }

    public decimal? LimitedProgress { get; set; }
}

internal sealed class MilestoneDto : Dto
{
    public int? Year { get; set; }

    public decimal? Value { get; set; }
}

internal sealed class FrameworkDto : Dto
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public TextDto? Name { get; set; }

    public PlanDto? Plan { get; set; }

    public string? Calendar { get; set; }

    public DeadlineDto? Deadline { get; set; }

    public TrajectoryThresholdsDto? TrajectoryThresholds { get; set; }

    public RoundingDto? Rounding { get; set; }

    public decimal? TotalPoints { get; set; }

    public List<BandDto>? Bands { get; set; }

    public string? UnitRollUp { get; set; }

    public AdjustmentCapsDto? AdjustmentCaps { get; set; }

    public MissingDataDto? MissingData { get; set; }
    public bool? SurveyOptional { get; set; }

    public List<JsonElement>? Areas { get; set; }
}

internal sealed class AdjustmentCapsDto : Dto
{
    public decimal? MaxBonus { get; set; }

    public decimal? MaxDeduction { get; set; }
}

internal sealed class AreaDto : Dto
{
    public string? Code { get; set; }

    public TextDto? Name { get; set; }

    public List<string>? NotApplicableTo { get; set; }

    public List<JsonElement>? Indicators { get; set; }
}

internal sealed class BaselineDto : Dto
{
    public string? Period { get; set; }

    public decimal? Value { get; set; }
}

internal sealed class TargetDto : Dto
{
    public string? Comparison { get; set; }

    public decimal? Value { get; set; }

    public LocalDate? Due { get; set; }

    public BaselineDto? Baseline { get; set; }

    public string? Change { get; set; }

    public List<MilestoneDto>? Milestones { get; set; }
}

internal sealed class IndicatorDto : Dto
{
    public string? Code { get; set; }

    public TextDto? Name { get; set; }

    public string? Measure { get; set; }

    public string? Unit { get; set; }

    public string? PeriodRollUp { get; set; }

    public TargetDto? Target { get; set; }

    public JsonElement? Rule { get; set; }

    public decimal? Points { get; set; }

    public string? UnitRollUp { get; set; }

    public List<string>? NotApplicableTo { get; set; }

    public MissingDataDto? MissingData { get; set; }
    public List<string>? RequiredEvidence { get; set; }

    public bool? SurveyOnly { get; set; }
}

internal sealed class UnitDto : Dto
{
    public string? Id { get; set; }

    public TextDto? Name { get; set; }

    public string? Kind { get; set; }

    public string? Parent { get; set; }

    public LocalDate? From { get; set; }

    public LocalDate? To { get; set; }
}

internal sealed class LineageDto : Dto
{
    public string? Kind { get; set; }

    public LocalDate? Date { get; set; }

    public string? Unit { get; set; }

    public List<string>? From { get; set; }

    public List<string>? Into { get; set; }

    public TextDto? Name { get; set; }

    public string? Parent { get; set; }

    public Dictionary<string, JsonElement>? Shares { get; set; }
}

internal sealed class SubmissionDto : Dto
{
    public string? Unit { get; set; }

    public string? Period { get; set; }

    public string? Indicator { get; set; }

    public Instant? RecordedAt { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public decimal? Excluded { get; set; }

    public decimal? Value { get; set; }

    public decimal? Count { get; set; }

    public bool? Answer { get; set; }

    public bool? Applicable { get; set; }

    public string? Note { get; set; }

    public string? Evidence { get; set; }

    public decimal? SelfAssessedPoints { get; set; }

    public decimal? AppraisedPoints { get; set; }
}

internal sealed class SubmissionFileDto : Dto
{
    public string? Framework { get; set; }

    public List<JsonElement>? Units { get; set; }

    public List<JsonElement>? Lineage { get; set; }

    public List<JsonElement>? Submissions { get; set; }

    public List<JsonElement>? Adjustments { get; set; }
}

internal sealed class AdjustmentDto : Dto
{
    public string? Unit { get; set; }

    public string? Period { get; set; }

    public decimal? Points { get; set; }

    public string? Reason { get; set; }

    public Instant? RecordedAt { get; set; }

    public string? Evidence { get; set; }
}

internal sealed class ResultDto
{
    public string? Framework { get; set; }

    public string? Version { get; set; }

    public string? Period { get; set; }

    public LocalDate? PeriodStart { get; set; }

    public LocalDate? PeriodEnd { get; set; }

    public Instant? AsOf { get; set; }

    public RoundingDto? Rounding { get; set; }

    public bool? RollUpUnits { get; set; }

    public bool? WithinPlan { get; set; }

    public string? Fingerprint { get; set; }

    public List<ScorecardDto>? Scorecards { get; set; }

    public List<ProblemDto>? Problems { get; set; }
}

internal sealed class ScorecardDto
{
    public string? Unit { get; set; }

    public TextDto? Name { get; set; }

    public string? Kind { get; set; }

    public decimal Points { get; set; }

    public decimal MaxPoints { get; set; }

    public decimal? Index { get; set; }

    public string? Class { get; set; }

    public bool? RollUp { get; set; }

    public decimal? Bonus { get; set; }

    public decimal? Deduction { get; set; }

    public List<AdjustmentDto>? Adjustments { get; set; }

    public string? Fingerprint { get; set; }

    public CoverageDto? Coverage { get; set; }

    public bool? Partial { get; set; }

    public List<AreaScoreDto>? Areas { get; set; }
}

internal sealed class CoverageDto
{
    public int Indicators { get; set; }

    public int Scored { get; set; }

    public int NoData { get; set; }

    public int NotApplicable { get; set; }

    public int Partial { get; set; }

    public int? Imputed { get; set; }
}

internal sealed class ImputedDto
{
    public string? Method { get; set; }

    public string? From { get; set; }

    public int? Peers { get; set; }
}

internal sealed class MissingDataDto : Dto
{
    public string? Method { get; set; }

    public int? Periods { get; set; }
}

internal sealed class AreaScoreDto
{
    public string? Code { get; set; }

    public decimal Points { get; set; }

    public decimal MaxPoints { get; set; }

    public List<IndicatorScoreDto>? Indicators { get; set; }
}

internal sealed class IndicatorScoreDto
{
    public string? Code { get; set; }

    public string? Status { get; set; }

    public decimal? Value { get; set; }

    public decimal? Baseline { get; set; }

    public decimal? Target { get; set; }

    public decimal Points { get; set; }

    public decimal MaxPoints { get; set; }

    public Instant? RecordedAt { get; set; }

    public int? Revision { get; set; }

    public int? Revisions { get; set; }

    public bool? Late { get; set; }

    public LocalDate? Deadline { get; set; }

    public string? RollUp { get; set; }

    public bool? Partial { get; set; }

    public int? CoveredMonths { get; set; }

    public int? PeriodMonths { get; set; }

    public List<PartDto>? Parts { get; set; }

    public string? Explanation { get; set; }

    public decimal? ComputedPoints { get; set; }

    public decimal? SelfAssessedPoints { get; set; }

    public decimal? AppraisedPoints { get; set; }

    public decimal? SelfAssessmentDifference { get; set; }

    public ImputedDto? Imputed { get; set; }
    public AssessedPointsDto? Assessment { get; set; }

    public TraceDto? Trace { get; set; }
}

internal sealed class TraceDto
{
    public string? Outcome { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public SourceDto? Ignored { get; set; }

    public List<LeftOutDto>? LeftOut { get; set; }

    public RollUpDto? RollUp { get; set; }

    public string? Value { get; set; }

    public TraceBaselineDto? Baseline { get; set; }

    public string? Target { get; set; }

    public JsonElement? Rule { get; set; }

    public string? Formula { get; set; }

    public decimal? RulePoints { get; set; }

    public decimal? ExactPoints { get; set; }

    public string? Rounding { get; set; }

    public SourceDto? SelfAssessment { get; set; }

    public SourceDto? Appraisal { get; set; }

    public bool? AppraisalUsed { get; set; }

    public ImputedDto? Imputed { get; set; }

    public List<SourceDto>? Peers { get; set; }
    public AssessedPointsDto? Assessment { get; set; }

    public bool? SurveyNotHeld { get; set; }
}

internal sealed class SourceDto
{
    public string? Unit { get; set; }

    public string? Period { get; set; }

    public Instant? RecordedAt { get; set; }

    public int Revision { get; set; }

    public int Revisions { get; set; }

    public FigureDto? Figure { get; set; }
}

internal sealed class LeftOutDto
{
    public string? Unit { get; set; }

    public string? Period { get; set; }

    public Instant? RecordedAt { get; set; }

    public string? Reason { get; set; }

    public string? CoveredBy { get; set; }
}

internal sealed class FigureDto
{
    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public decimal? Excluded { get; set; }

    public decimal? Value { get; set; }

    public bool? Answer { get; set; }

    public bool? Applicable { get; set; }
}

internal sealed class RollUpDto
{
    public string? Method { get; set; }

    public List<RollUpPartDto>? Units { get; set; }

    public List<string>? NotApplicable { get; set; }

    public List<string>? Missing { get; set; }

    public FigureDto? Figure { get; set; }

    public string? Formula { get; set; }
}

internal sealed class RollUpPartDto
{
    public string? Unit { get; set; }

    public FigureDto? Figure { get; set; }

    public decimal Value { get; set; }

    public bool? RolledUp { get; set; }
}

internal sealed class TraceBaselineDto
{
    public decimal? Value { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public RollUpDto? RollUp { get; set; }
}

internal sealed class PartDto
{
    public string? Period { get; set; }

    public Instant? RecordedAt { get; set; }

    public bool? Late { get; set; }
}

internal sealed class ProblemDto
{
    public string? Code { get; set; }

    public string? Severity { get; set; }

    public string? Message { get; set; }

    public string? Source { get; set; }

    public string? Path { get; set; }

    public long? Line { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(FrameworkDto))]
[JsonSerializable(typeof(AreaDto))]
[JsonSerializable(typeof(IndicatorDto))]
[JsonSerializable(typeof(UnitDto))]
[JsonSerializable(typeof(LineageDto))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Dictionary<string, decimal>))]
[JsonSerializable(typeof(SubmissionDto))]
[JsonSerializable(typeof(SubmissionFileDto))]
[JsonSerializable(typeof(AdjustmentDto))]
[JsonSerializable(typeof(ResultDto))]
internal sealed partial class CchcJsonContext : JsonSerializerContext
{
}
