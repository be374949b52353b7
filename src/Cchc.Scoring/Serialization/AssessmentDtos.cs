using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Cchc.Scoring.Serialization;

#pragma warning disable SA1402, CA1812 // DTOs of the assessment records format live together; they are created by the serializer.

internal sealed class AssessmentFileDto : Dto
{
    public string? Framework { get; set; }

    public List<JsonElement>? Entries { get; set; }
}

internal sealed class AssessmentEntryDto : Dto
{
    public string? Unit { get; set; }

    public string? Period { get; set; }

    public string? Indicator { get; set; }

    public string? Kind { get; set; }

    public Instant? RecordedAt { get; set; }

    public string? By { get; set; }

    public int? Round { get; set; }

    public decimal? Points { get; set; }

    public bool? Accepted { get; set; }

    public string? Text { get; set; }

    public List<EvidenceDto>? Evidence { get; set; }
}

internal sealed class EvidenceDto : Dto
{
    public string? Title { get; set; }

    public string? DocumentNumber { get; set; }

    public LocalDate? DocumentDate { get; set; }

    public string? File { get; set; }

    public string? Sha256 { get; set; }

    public string? Url { get; set; }

    public string? Meets { get; set; }
}

/// <summary>The points in force of the assessment records in a scoring result: their stage and where they come from.</summary>
internal sealed class AssessedPointsDto
{
    public string? Stage { get; set; }

    public int? Round { get; set; }

    public string? By { get; set; }

    public decimal Points { get; set; }

    public Instant RecordedAt { get; set; }

    public bool? Published { get; set; }

    public decimal? SelfAssessedPoints { get; set; }

    public List<string>? MissingEvidence { get; set; }

    public bool? ZeroedForMissingEvidence { get; set; }

    public bool? ExplanationAccepted { get; set; }

    /// <summary>The form written for <paramref name="a"/>, or null.</summary>
    public static AssessedPointsDto? Of(AssessedPoints? a) => a is null ? null : new()
    {
        Stage = FileNames.Of(a.Stage),
        Round = a.Round,
        By = FileNames.Of(a.Author),
        Points = a.Points,
        RecordedAt = a.RecordedAt,
        Published = a.IsPublished ? true : null,
        SelfAssessedPoints = a.SelfAssessment?.Points,
        MissingEvidence = a.MissingEvidence.Count == 0 ? null : [.. a.MissingEvidence],
        ZeroedForMissingEvidence = a.IsZeroedForMissingEvidence ? true : null,
        ExplanationAccepted = a.ExplanationAccepted ? true : null,
    };
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(AssessmentFileDto))]
[JsonSerializable(typeof(AssessmentEntryDto))]
[JsonSerializable(typeof(List<EvidenceDto>))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext
{
    /// <summary>The context with the shared options (exact numbers, ISO dates and instants).</summary>
    public static AssessmentJsonContext Shared { get; } = new(new JsonSerializerOptions(JsonFormat.Options));
}
