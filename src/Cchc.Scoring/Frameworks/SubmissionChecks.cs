using System.Collections.Generic;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring;

/// <summary>The checks on submissions, shared by the reader (paths in file order) and <see cref="Framework.Validate(SubmissionSet)"/>.</summary>
internal static class SubmissionChecks
{
    public static void Check(IReadOnlyList<Submission> submissions, IReadOnlyList<string> paths, Framework? framework, ProblemBag bag)
    {
        var seen = new Dictionary<(string, ReportingPeriod, string, NodaTime.Instant), Submission>();
        for (int i = 0; i < submissions.Count; i++)
        {
            var s = submissions[i];
            string path = paths[i];
            MeasurementChecks.Check(s.Measurement, path, bag);
            if (framework is not null)
            {
                var indicator = framework.FindIndicator(s.IndicatorCode);
                if (indicator is null)
                {
                    bag.Error(ProblemCodes.UnknownIndicator, path + ".indicator", "Framework '" + framework.Id + "' has no indicator '" + s.IndicatorCode + "'.");
                }
                else if (s.Measurement.IsApplicable && indicator.Measure != s.Measurement.Kind)
                {
                    bag.Error(ProblemCodes.MeasureMismatch, path, "Indicator '" + indicator.Code + "' measures " + FileNames.Of(indicator.Measure) + ", but this submission gives " + FileNames.Of(s.Measurement.Kind) + ".");
                }

                if (indicator is not null)
                {
                    CheckPoints(s, indicator, path, bag);
                }
            }

            var key = (s.UnitId, s.Period, s.IndicatorCode, s.RecordedAt);
            if (seen.TryGetValue(key, out var earlier))
            {
                if (earlier.Measurement != s.Measurement || earlier.SelfAssessedPoints != s.SelfAssessedPoints || earlier.AppraisedPoints != s.AppraisedPoints)
                {
                    bag.Error(ProblemCodes.Duplicate, path, "Another revision for " + s.UnitId + " " + s.Period.ToString() + " " + s.IndicatorCode + " was recorded at the same instant with a different value.");
                }
                else
                {
                    bag.Warning(ProblemCodes.Duplicate, path, "The same revision for " + s.UnitId + " " + s.Period.ToString() + " " + s.IndicatorCode + " appears twice.");
                }
            }
            else
            {
                seen.Add(key, s);
            }
        }
    }

    private static void CheckPoints(Submission s, Indicator indicator, string path, ProblemBag bag)
    {
        foreach ((string field, decimal? value) in new[] { ("selfAssessedPoints", s.SelfAssessedPoints), ("appraisedPoints", s.AppraisedPoints) })
        {
            if (value is not decimal points)
            {
                continue;
            }

            if (!s.Measurement.IsApplicable)
            {
                bag.Error(ProblemCodes.InvalidValue, path + "." + field, "A submission declared not applicable carries no points.");
            }
            else if (points < 0 || points > indicator.MaxPoints)
            {
                bag.Error(ProblemCodes.OutOfRange, path + "." + field, "Points lie between 0 and the indicator's " + Num.Format(indicator.MaxPoints) + " (" + Num.Format(points) + ").");
            }
        }
    }

    /// <summary>Checks adjustments against the framework's caps: a bonus or deduction the framework does not allow is an error.</summary>
    public static void CheckAdjustments(IReadOnlyList<Adjustment> adjustments, IReadOnlyList<string> paths, Framework framework, ProblemBag bag)
    {
        for (int i = 0; i < adjustments.Count; i++)
        {
            var a = adjustments[i];
            bool inBounds = FrameworkBounds.Check(a.Points, FrameworkBounds.MaxPoints, paths[i] + ".points", "The adjustment", bag);
            if (inBounds && a.Points == 0)
            {
                bag.Error(ProblemCodes.InvalidValue, paths[i] + ".points", "An adjustment of 0 points adjusts nothing.");
            }
            else if (inBounds && a.Points > 0 && framework.MaxBonus == 0)
            {
                bag.Error(ProblemCodes.AdjustmentNotAllowed, paths[i] + ".points", "Framework '" + framework.Id + "' allows no bonus points (adjustmentCaps.maxBonus is 0).");
            }
            else if (inBounds && a.Points < 0 && framework.MaxDeduction == 0)
            {
                bag.Error(ProblemCodes.AdjustmentNotAllowed, paths[i] + ".points", "Framework '" + framework.Id + "' allows no deductions (adjustmentCaps.maxDeduction is 0).");
            }

            if (string.IsNullOrWhiteSpace(a.Reason))
            {
                bag.Error(ProblemCodes.MissingField, paths[i] + ".reason", "An adjustment needs a reason.");
            }
        }
    }
}
