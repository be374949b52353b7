using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring.Frameworks;
using Cchc.Scoring.Periods;
using Cchc.Scoring.Submissions;
using Cchc.Scoring.Units;
using Cchc.Scoring.Validation;
using NodaTime;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Reads and writes the submissions file format (<c>docs/formats.md</c>): the reporting units and every submission
/// revision. Reading checks each submission against the framework and reports every problem with its JSON path.
/// </summary>
public static class SubmissionJson
{
    /// <summary>Reads a submissions file for <paramref name="framework"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators say what each value measures.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <returns>The submission set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="framework"/> is null.</exception>
    public static ValidationResult<SubmissionSet> Read(string json, Framework framework, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(framework);
        var bag = new ProblemBag(source);
        using var document = JsonFormat.Parse(json, bag);
        return Read(document, framework, bag);
    }

    /// <summary>Writes a submission set: units by identifier, then submissions in canonical order.</summary>
    /// <param name="submissions">The set.</param>
    /// <param name="frameworkId">The framework identifier to record in the file, or null.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="submissions"/> is null.</exception>
    public static string Write(SubmissionSet submissions, string? frameworkId = null)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var dto = new SubmissionFileDto
        {
            Framework = frameworkId,
            Units = submissions.Units.Units.Select(u => JsonSerializer.SerializeToElement(
                new UnitDto { Id = u.Id, Name = JsonFormat.ToDto(u.Name), Kind = u.Kind, Parent = u.ParentId }, JsonFormat.Context.UnitDto)).ToList(),
            Submissions = submissions.Submissions.Select(s => JsonSerializer.SerializeToElement(ToDto(s), JsonFormat.Context.SubmissionDto)).ToList(),
            Adjustments = submissions.Adjustments.Count == 0 ? null : submissions.Adjustments.Select(a => JsonSerializer.SerializeToElement(ToDto(a), JsonFormat.Context.AdjustmentDto)).ToList(),
        };
        return JsonSerializer.Serialize(dto, JsonFormat.Context.SubmissionFileDto) + "\n";
    }

    private static SubmissionDto ToDto(Submission s)
    {
        var m = s.Measurement;
        var dto = new SubmissionDto { Unit = s.UnitId, Period = s.Period.ToString(), Indicator = s.IndicatorCode, RecordedAt = s.RecordedAt, Note = s.Note, Evidence = s.Evidence, SelfAssessedPoints = s.SelfAssessedPoints, AppraisedPoints = s.AppraisedPoints };
        if (!m.IsApplicable)
        {
            dto.Applicable = false;
        }
        else if (m.Kind == MeasureKind.Ratio)
        {
            dto.Numerator = m.Numerator;
            dto.Denominator = m.Denominator;
            dto.Excluded = m.Excluded == 0 ? null : m.Excluded;
        }
        else if (m.Kind == MeasureKind.YesNo)
        {
            dto.Answer = m.Answer;
        }
        else
        {
            dto.Value = m.Value;
            dto.Count = m.Count;
        }

        return dto;
    }

    internal static AdjustmentDto ToDto(Adjustment a) =>
        new() { Unit = a.UnitId, Period = a.Period.ToString(), Points = a.Points, Reason = a.Reason, RecordedAt = a.RecordedAt, Evidence = a.Evidence };

    private static ValidationResult<SubmissionSet> Read(JsonDocument? document, Framework framework, ProblemBag bag)
    {
        if (document is null)
        {
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        var file = JsonFormat.Read(document.RootElement, JsonFormat.Context.SubmissionFileDto, "$", bag);
        if (file is null)
        {
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        JsonFormat.ReportExtra(file, "$", bag);
        if (file.Framework is not null && !string.Equals(file.Framework, framework.Id, StringComparison.Ordinal))
        {
            bag.Warning(ProblemCodes.InvalidValue, "$.framework", "The file is for framework '" + file.Framework + "' but is read for '" + framework.Id + "'.");
        }

        var units = new List<Unit>();
        var unitPaths = new List<string>();
        for (int i = 0; i < (file.Units?.Count ?? 0); i++)
        {
            string path = ProblemBag.Index("$.units", i);
            var unit = ReadUnit(file.Units![i], path, bag);
            if (unit is not null)
            {
                units.Add(unit);
                unitPaths.Add(path);
            }
        }

        UnitHierarchy.Check(units, bag, "$.units");
        var declared = new HashSet<string>(units.Select(u => u.Id), StringComparer.Ordinal);

        var submissions = new List<Submission>();
        var paths = new List<string>();
        if (file.Submissions is null)
        {
            bag.Error(ProblemCodes.MissingField, "$.submissions", "'submissions' is required (it may be an empty array).");
        }

        for (int i = 0; i < (file.Submissions?.Count ?? 0); i++)
        {
            string path = ProblemBag.Index("$.submissions", i);
            var submission = ReadSubmission(file.Submissions![i], path, framework, bag);
            if (submission is null)
            {
                continue;
            }

            if (declared.Count > 0 && !declared.Contains(submission.UnitId))
            {
                bag.Error(ProblemCodes.UnknownUnit, path + ".unit", "Unit '" + submission.UnitId + "' is not declared in 'units'.");
            }

            submissions.Add(submission);
            paths.Add(path);
        }

        SubmissionChecks.Check(submissions, paths, framework, bag);
        var adjustments = new List<Adjustment>();
        var adjustmentPaths = new List<string>();
        for (int i = 0; i < (file.Adjustments?.Count ?? 0); i++)
        {
            string path = ProblemBag.Index("$.adjustments", i);
            var adjustment = ReadAdjustment(file.Adjustments![i], path, framework, bag);
            if (adjustment is null)
            {
                continue;
            }

            if (declared.Count > 0 && !declared.Contains(adjustment.UnitId))
            {
                bag.Error(ProblemCodes.UnknownUnit, path + ".unit", "Unit '" + adjustment.UnitId + "' is not declared in 'units'.");
            }

            adjustments.Add(adjustment);
            adjustmentPaths.Add(path);
        }

        SubmissionChecks.CheckAdjustments(adjustments, adjustmentPaths, framework, bag);
        if (bag.HasErrors)
        {
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        var hierarchy = UnitHierarchy.Create(units).Value!;
        return new ValidationResult<SubmissionSet>(new SubmissionSet(submissions, hierarchy, adjustments), bag.Problems);
    }

    private static Adjustment? ReadAdjustment(JsonElement element, string path, Framework framework, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.AdjustmentDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? unit = JsonFormat.Required(dto.Unit, path, "unit", bag);
        string? reason = JsonFormat.Required(dto.Reason, path, "reason", bag);
        ReportingPeriod period = default;
        bool periodOk = JsonFormat.Required(dto.Period, path, "period", bag) is not null;
        if (periodOk && !ReportingPeriod.TryParse(dto.Period, framework.Calendar, out period))
        {
            bag.Error(ProblemCodes.InvalidPeriod, path + ".period", "'" + dto.Period + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31.");
            periodOk = false;
        }

        if (dto.Points is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".points", "'points' is required: positive for a bonus, negative for a deduction.");
        }

        if (dto.RecordedAt is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".recordedAt", "'recordedAt' is required: the instant the adjustment was recorded.");
        }

        return unit is null || reason is null || !periodOk || dto.Points is not decimal points || dto.RecordedAt is not Instant at
            ? null
            : new Adjustment(unit, period, points, reason, at, dto.Evidence);
    }

    private static Unit? ReadUnit(JsonElement element, string path, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.UnitDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? id = JsonFormat.Required(dto.Id, path, "id", bag);
        var name = JsonFormat.Text(dto.Name, path + ".name", bag);
        if (id is not null && string.Equals(id, dto.Parent, StringComparison.Ordinal))
        {
            bag.Error(ProblemCodes.UnitCycle, path + ".parent", "Unit '" + id + "' cannot report to itself.");
            return null;
        }

        return id is null || name is null ? null : new Unit(id, name, dto.Kind ?? string.Empty, dto.Parent);
    }

    private static Submission? ReadSubmission(JsonElement element, string path, Framework framework, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.SubmissionDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? unit = JsonFormat.Required(dto.Unit, path, "unit", bag);
        string? indicatorCode = JsonFormat.Required(dto.Indicator, path, "indicator", bag);
        ReportingPeriod period = default;
        bool periodOk = JsonFormat.Required(dto.Period, path, "period", bag) is not null;
        if (periodOk && !ReportingPeriod.TryParse(dto.Period, framework.Calendar, out period))
        {
            bag.Error(ProblemCodes.InvalidPeriod, path + ".period", "'" + dto.Period + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31.");
            periodOk = false;
        }

        if (dto.RecordedAt is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".recordedAt", "'recordedAt' is required: the instant this revision was recorded, e.g. 2026-01-10T02:00:00Z.");
        }

        if (unit is null || indicatorCode is null || !periodOk || dto.RecordedAt is not Instant recordedAt)
        {
            return null;
        }

        var indicator = framework.FindIndicator(indicatorCode);
        if (indicator is null)
        {
            bag.Error(ProblemCodes.UnknownIndicator, path + ".indicator", "Framework '" + framework.Id + "' has no indicator '" + indicatorCode + "'.");
            return null;
        }

        var measurement = ReadMeasurement(dto, indicator, path, bag);
        return measurement is Measurement m ? new Submission(unit, period, indicatorCode, m, recordedAt, dto.Note, dto.Evidence, dto.SelfAssessedPoints, dto.AppraisedPoints) : null;
    }

    private static Measurement? ReadMeasurement(SubmissionDto dto, Indicator indicator, string path, ProblemBag bag)
    {
        bool ratioFields = dto.Numerator is not null || dto.Denominator is not null || dto.Excluded is not null;
        int given = (ratioFields ? 1 : 0) + (dto.Value is not null ? 1 : 0) + (dto.Answer is not null ? 1 : 0);
        if (dto.Count is not null && (indicator.Measure != MeasureKind.Duration || dto.Applicable == false))
        {
            bag.Error(ProblemCodes.MeasureMismatch, path + ".count", "'count' (the number of cases a mean duration is taken over) is for durations only.");
            return null;
        }

        if (dto.Applicable == false)
        {
            if (given > 0)
            {
                bag.Error(ProblemCodes.InvalidValue, path, "A submission declared not applicable carries no figures.");
                return null;
            }

            return Measurement.NotApplicable(indicator.Measure);
        }

        string expected = indicator.Measure switch
        {
            MeasureKind.Ratio => "'numerator' and 'denominator' (and 'excluded' if any)",
            MeasureKind.YesNo => "'answer' (true or false)",
            _ => "'value'",
        };
        if (given == 0)
        {
            bag.Error(ProblemCodes.MissingField, path, "Indicator '" + indicator.Code + "' measures " + Names.Of(indicator.Measure) + ": give " + expected + ", or \"applicable\": false.");
            return null;
        }

        if (given > 1)
        {
            bag.Error(ProblemCodes.MeasureMismatch, path, "Give one kind of figure: " + expected + " for indicator '" + indicator.Code + "'.");
            return null;
        }

        switch (indicator.Measure)
        {
            case MeasureKind.Ratio when ratioFields:
                if (dto.Numerator is null || dto.Denominator is null)
                {
                    bag.Error(ProblemCodes.MissingField, path + (dto.Numerator is null ? ".numerator" : ".denominator"), "A ratio needs both 'numerator' and 'denominator'.");
                    return null;
                }

                return Measurement.Ratio(dto.Numerator.Value, dto.Denominator.Value, dto.Excluded ?? 0);
            case MeasureKind.YesNo when dto.Answer is bool answer:
                return Measurement.YesNo(answer);
            case MeasureKind.Quantity when dto.Value is decimal v:
                return Measurement.Quantity(v);
            case MeasureKind.Duration when dto.Value is decimal v:
                return dto.Count is decimal count ? Measurement.Duration(v, count) : Measurement.Duration(v);
            case MeasureKind.Percentage when dto.Value is decimal v:
                return Measurement.Percentage(v);
            default:
                bag.Error(ProblemCodes.MeasureMismatch, path, "Indicator '" + indicator.Code + "' measures " + Names.Of(indicator.Measure) + ": give " + expected + ".");
                return null;
        }
    }
}
