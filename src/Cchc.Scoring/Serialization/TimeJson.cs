using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Serialization;

/// <summary>Reading and writing the time fields of the framework format: deadline, trajectory thresholds, period roll-up, milestones.</summary>
internal static class TimeJson
{
    private static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static DeadlineDto? ToDto(SubmissionDeadline? deadline) => deadline is null ? null : new DeadlineDto
    {
        WorkingDays = deadline.WorkingDays,
        Weekend = deadline.HasDefaultWeekend ? null : deadline.Weekend.Select(d => DayNames[(int)d - 1]).ToList(),
        Holidays = deadline.Holidays.Count == 0 ? null : deadline.Holidays.ToList(),
        UtcOffset = deadline.UtcOffset == SubmissionDeadline.VietnamOffset ? null : OffsetText.Format(deadline.UtcOffset),
    };

    public static TrajectoryThresholdsDto? ToDto(TrajectoryThresholds thresholds) => thresholds.Equals(TrajectoryThresholds.Default) ? null : new TrajectoryThresholdsDto
    {
        OnTrack = thresholds.OnTrack,
        NeedsAcceleration = thresholds.NeedsAcceleration,
        LimitedProgress = thresholds.LimitedProgress,
    };

    public static List<MilestoneDto>? ToDto(IReadOnlyList<Milestone> milestones) =>
        milestones.Count == 0 ? null : milestones.Select(m => new MilestoneDto { Year = m.Year, Value = m.Value }).ToList();

    public static SubmissionDeadline? ReadDeadline(DeadlineDto? dto, ProblemBag bag)
    {
        const string path = "$.deadline";
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        bool ok = true;
        if (dto.WorkingDays is not int days)
        {
            bag.Error(ProblemCodes.MissingField, path + ".workingDays", "'workingDays' is required: the working days after the cut-off, e.g. 3.");
            days = 0;
            ok = false;
        }
        else if (days < 0 || days > SubmissionDeadline.MaxWorkingDays)
        {
            bag.Error(ProblemCodes.OutOfRange, path + ".workingDays", "'workingDays' lies between 0 and " + Num.Format(SubmissionDeadline.MaxWorkingDays) + ".");
            ok = false;
        }

        var weekend = new List<IsoDayOfWeek>();
        for (int i = 0; i < (dto.Weekend?.Count ?? 0); i++)
        {
            int day = Array.IndexOf(DayNames, dto.Weekend![i]);
            if (day < 0)
            {
                bag.Error(ProblemCodes.InvalidValue, ProblemBag.Index(path + ".weekend", i), "A weekend day is one of " + string.Join(", ", DayNames) + ".");
                ok = false;
            }
            else
            {
                weekend.Add((IsoDayOfWeek)(day + 1));
            }
        }

        if (weekend.Distinct().Count() == 7)
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".weekend", "At least one day of the week must be a working day.");
            ok = false;
        }

        var offset = SubmissionDeadline.VietnamOffset;
        if (dto.UtcOffset is not null)
        {
            var parsed = OffsetText.Parse(dto.UtcOffset);
            if (parsed.Success && Math.Abs(parsed.Value.Seconds) <= 14 * 3600)
            {
                offset = parsed.Value;
            }
            else
            {
                bag.Error(ProblemCodes.InvalidValue, path + ".utcOffset", "'utcOffset' is a fixed offset such as \"+07:00\" (between -14:00 and +14:00).");
                ok = false;
            }
        }

        return ok ? new SubmissionDeadline(days, dto.Holidays, dto.Weekend is null ? null : weekend, offset) : null;
    }

    public static TrajectoryThresholds? ReadThresholds(TrajectoryThresholdsDto? dto, ProblemBag bag)
    {
        const string path = "$.trajectoryThresholds";
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        var d = TrajectoryThresholds.Default;
        decimal onTrack = dto.OnTrack ?? d.OnTrack, acceleration = dto.NeedsAcceleration ?? d.NeedsAcceleration, limited = dto.LimitedProgress ?? d.LimitedProgress;
        if (onTrack < acceleration || acceleration < limited)
        {
            bag.Error(ProblemCodes.InvalidValue, path, "Trajectory thresholds descend: onTrack ≥ needsAcceleration ≥ limitedProgress (here " + Num.Format(onTrack) + ", " + Num.Format(acceleration) + ", " + Num.Format(limited) + ").");
            return null;
        }

        return new TrajectoryThresholds(onTrack, acceleration, limited);
    }

    public static bool TryReadRollUp(string? name, string path, ProblemBag bag, out PeriodRollUpMethod? method)
    {
        method = null;
        if (name is null)
        {
            return true;
        }

        if (FileNames.TryParse<PeriodRollUpMethod>(name, out var parsed))
        {
            method = parsed;
            return true;
        }

        bag.Error(ProblemCodes.InvalidValue, path + ".periodRollUp", "'periodRollUp' is one of " + string.Join(", ", Enum.GetValues<PeriodRollUpMethod>().Select(m => "\"" + FileNames.Of(m) + "\"")) + ".");
        return false;
    }

    public static bool TryReadMilestones(List<MilestoneDto>? dtos, string path, ProblemBag bag, out List<Milestone> milestones)
    {
        milestones = [];
        bool ok = true;
        for (int i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            string at = ProblemBag.Index(path + ".milestones", i);
            if (dto is null)
            {
                bag.Error(ProblemCodes.InvalidValue, at, "A milestone is { \"year\": 2023, \"value\": … }.");
                ok = false;
                continue;
            }

            JsonFormat.ReportExtra(dto, at, bag);
            if (dto.Year is not int year || dto.Value is not decimal value)
            {
                bag.Error(ProblemCodes.MissingField, at, "A milestone needs 'year' and 'value'.");
                ok = false;
                continue;
            }

            milestones.Add(new Milestone(year, value));
        }

        return ok;
    }
}
