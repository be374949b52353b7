using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Serialization;

/// <summary>Writes trajectory reports as JSON (<c>docs/periods.md</c>): exact decimals, stable status names, counts per status.</summary>
public static class TrajectoryJson
{
    private static readonly TrajectoryJsonContext Context = new(new JsonSerializerOptions(JsonFormat.Options));

    /// <summary>Writes the trajectories of one or more units of one framework.</summary>
    /// <param name="reports">The reports, in the order to write them.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">The reports are for different frameworks or as of different instants.</exception>
    public static string Write(IEnumerable<TrajectoryReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var all = reports.ToArray();
        foreach (var report in all)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
        }

        if (all.Select(r => r.Framework).Distinct().Count() > 1 || all.Select(r => r.AsOf).Distinct().Count() > 1)
        {
            throw new ArgumentException("Write the reports of one framework as of one instant together.", nameof(reports));
        }

        var framework = all.Length > 0 ? all[0].Framework : null;
        var thresholds = framework?.TrajectoryThresholds ?? TrajectoryThresholds.Default;
        var dto = new TrajectoryFileDto
        {
            Framework = framework?.Id,
            Version = framework?.Version,
            AsOf = all.Length > 0 ? all[0].AsOf : null,
            Thresholds = new TrajectoryThresholdsDto { OnTrack = thresholds.OnTrack, NeedsAcceleration = thresholds.NeedsAcceleration, LimitedProgress = thresholds.LimitedProgress },
            Units = all.Select(r => new UnitTrajectoryDto
            {
                Unit = r.UnitId,
                Counts = Counts(r.Count),
                Lineage = r.Lineage.Count == 0 ? null : r.Lineage.Select(e => e.ToString()).ToList(),
                Areas = r.Areas.Select(a => new AreaTrajectoryDto
                {
                    Code = a.Area.Code,
                    Counts = Counts(a.Count),
                    Indicators = a.Indicators.Select(t => new IndicatorTrajectoryDto
                    {
                        Code = t.Indicator.Code,
                        Status = FileNames.Of(t.Status),
                        BaselineYear = t.BaselineYear,
                        Baseline = t.Baseline,
                        Target = t.Target,
                        Due = t.Due,
                        Milestones = t.Milestones.Select(m => new YearValueDto { Year = m.Year, Value = m.Value }).ToList(),
                        Observed = t.Observed.Select(m => new YearValueDto { Year = m.Year, Value = m.Value }).ToList(),
                        LatestYear = t.Latest?.Year,
                        Latest = t.Latest?.Value,
                        Projection = t.Projection,
                        ProgressRatio = t.ProgressRatio,
                        Explanation = t.Explanation,
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };
        return JsonSerializer.Serialize(dto, Context.TrajectoryFileDto) + "\n";
    }

    private static CountsDto Counts(Func<TrajectoryStatus, int> count) => new()
    {
        Achieved = count(TrajectoryStatus.Achieved),
        OnTrack = count(TrajectoryStatus.OnTrack),
        NeedsAcceleration = count(TrajectoryStatus.NeedsAcceleration),
        LimitedProgress = count(TrajectoryStatus.LimitedProgress),
        Deteriorating = count(TrajectoryStatus.Deteriorating),
        NoData = count(TrajectoryStatus.NoData),
        NotApplicable = count(TrajectoryStatus.NotApplicable),
        NotAchieved = count(TrajectoryStatus.NotAchieved),
    };
}

#pragma warning disable SA1402, CA1812 // DTOs of the trajectory output live together; they are created by the serializer.

internal sealed class TrajectoryFileDto
{
    public string? Framework { get; set; }

    public string? Version { get; set; }

    public Instant? AsOf { get; set; }

    public TrajectoryThresholdsDto? Thresholds { get; set; }

    public List<UnitTrajectoryDto>? Units { get; set; }
}

internal sealed class UnitTrajectoryDto
{
    public string? Unit { get; set; }

    public CountsDto? Counts { get; set; }

    /// <summary>The lineage events on the unit's line (<c>merge 2025-07-01: A + B → C</c>), left out when there are none.</summary>
    public List<string>? Lineage { get; set; }

    public List<AreaTrajectoryDto>? Areas { get; set; }
}

internal sealed class AreaTrajectoryDto
{
    public string? Code { get; set; }

    public CountsDto? Counts { get; set; }

    public List<IndicatorTrajectoryDto>? Indicators { get; set; }
}

internal sealed class IndicatorTrajectoryDto
{
    public string? Code { get; set; }

    public string? Status { get; set; }

    public int BaselineYear { get; set; }

    public decimal? Baseline { get; set; }

    public decimal? Target { get; set; }

    public LocalDate Due { get; set; }

    public List<YearValueDto>? Milestones { get; set; }

    public List<YearValueDto>? Observed { get; set; }

    public int? LatestYear { get; set; }

    public decimal? Latest { get; set; }

    public decimal? Projection { get; set; }

    public decimal? ProgressRatio { get; set; }

    public string? Explanation { get; set; }
}

internal sealed class YearValueDto
{
    public int Year { get; set; }

    public decimal Value { get; set; }
}

internal sealed class CountsDto
{
    public int Achieved { get; set; }

    public int OnTrack { get; set; }

    public int NeedsAcceleration { get; set; }

    public int LimitedProgress { get; set; }

    public int Deteriorating { get; set; }

    public int NoData { get; set; }

    public int NotApplicable { get; set; }

    public int NotAchieved { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(TrajectoryFileDto))]
internal sealed partial class TrajectoryJsonContext : JsonSerializerContext
{
}
