using System.Collections.Generic;
using Cchc.Scoring;

namespace Cchc.Scoring;

/// <summary>The checks on submissions, shared by the reader (paths in file order) and <see cref="SubmissionSet.Validate"/>.</summary>
internal static class SubmissionChecks
{
    /// <summary>The largest magnitude accepted for any figure: far above any real count, far below decimal overflow.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public static void Check(IReadOnlyList<Submission> submissions, IReadOnlyList<string> paths, Framework? framework, ProblemBag bag)
    {
        var seen = new Dictionary<(string, ReportingPeriod, string, NodaTime.Instant), Submission>();
        for (int i = 0; i < submissions.Count; i++)
        {
            var s = submissions[i];
            string path = paths[i];
            CheckMeasurement(s.Measurement, path, bag);
            if (framework is not null)
            {
                var indicator = framework.FindIndicator(s.IndicatorCode);
                if (indicator is null)
                {
                    bag.Error(ProblemCodes.UnknownIndicator, path + ".indicator", "Framework '" + framework.Id + "' has no indicator '" + s.IndicatorCode + "'.");
                }
                else if (s.Measurement.IsApplicable && indicator.Measure != s.Measurement.Kind)
                {
                    bag.Error(ProblemCodes.MeasureMismatch, path, "Indicator '" + indicator.Code + "' measures " + Names.Of(indicator.Measure) + ", but this submission gives " + Names.Of(s.Measurement.Kind) + ".");
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
            if (a.Points == 0)
            {
                bag.Error(ProblemCodes.InvalidValue, paths[i] + ".points", "An adjustment of 0 points adjusts nothing.");
            }
            else if (a.Points > 0 && framework.MaxBonus == 0)
            {
                bag.Error(ProblemCodes.AdjustmentNotAllowed, paths[i] + ".points", "Framework '" + framework.Id + "' allows no bonus points (adjustmentCaps.maxBonus is 0).");
            }
            else if (a.Points < 0 && framework.MaxDeduction == 0)
            {
                bag.Error(ProblemCodes.AdjustmentNotAllowed, paths[i] + ".points", "Framework '" + framework.Id + "' allows no deductions (adjustmentCaps.maxDeduction is 0).");
            }

            if (string.IsNullOrWhiteSpace(a.Reason))
            {
                bag.Error(ProblemCodes.MissingField, paths[i] + ".reason", "An adjustment needs a reason.");
            }
        }
    }

    private static void CheckMeasurement(Measurement m, string path, ProblemBag bag)
    {
        if (!m.IsApplicable)
        {
            return;
        }

        foreach ((string field, decimal value) in new[] { ("value", m.Value), ("numerator", m.Numerator), ("denominator", m.Denominator), ("excluded", m.Excluded) })
        {
            if (value > MaxMagnitude || value < -MaxMagnitude)
            {
                bag.Error(ProblemCodes.OutOfRange, path + "." + field, "The number " + Num.Format(value) + " is too large (at most " + Num.Format(MaxMagnitude) + ").");
                return;
            }
        }

        if (m.Count is decimal count && (count < 0 || count > MaxMagnitude))
        {
            bag.Error(count < 0 ? ProblemCodes.NegativeCount : ProblemCodes.OutOfRange, path + ".count", "The count " + Num.Format(count) + " is not a number of cases (0 to " + Num.Format(MaxMagnitude) + ").");
        }

        switch (m.Kind)
        {
            case MeasureKind.Ratio:
                bool negative = false;
                foreach ((string field, decimal value) in new[] { ("numerator", m.Numerator), ("denominator", m.Denominator), ("excluded", m.Excluded) })
                {
                    if (value < 0)
                    {
                        bag.Error(ProblemCodes.NegativeCount, path + "." + field, "The " + field + " cannot be negative (" + Num.Format(value) + ").");
                        negative = true;
                    }
                }

                if (negative)
                {
                    return;
                }

                if (m.Excluded > m.Denominator)
                {
                    bag.Error(ProblemCodes.ExcludedExceedsDenominator, path + ".excluded", "The excluded count " + Num.Format(m.Excluded) + " exceeds the denominator " + Num.Format(m.Denominator) + ".");
                }
                else if (m.Numerator > m.Denominator - m.Excluded)
                {
                    bag.Error(
                        ProblemCodes.NumeratorExceedsDenominator,
                        path + ".numerator",
                        "The numerator " + Num.Format(m.Numerator) + " exceeds the denominator " + Num.Format(m.Denominator)
                        + (m.Excluded != 0 ? " less " + Num.Format(m.Excluded) + " excluded" : string.Empty) + ".");
                }

                break;
            case MeasureKind.Quantity or MeasureKind.Duration when m.Value < 0:
                bag.Error(ProblemCodes.NegativeCount, path + ".value", "A " + Names.Of(m.Kind) + " cannot be negative (" + Num.Format(m.Value) + ").");
                break;
            case MeasureKind.Percentage when m.Value is < 0 or > 100:
                bag.Error(ProblemCodes.OutOfRange, path + ".value", "A percentage lies between 0 and 100 (" + Num.Format(m.Value) + ").");
                break;
        }
    }
}

/// <summary>Names of enum values as written in files.</summary>
internal static class Names
{
    public static string Of(MeasureKind kind) => kind switch
    {
        MeasureKind.Ratio => "ratio",
        MeasureKind.Quantity => "quantity",
        MeasureKind.Duration => "duration",
        MeasureKind.Percentage => "percentage",
        _ => "yesNo",
    };

    public static bool TryParse(string? text, out MeasureKind kind)
    {
        (bool ok, kind) = text switch
        {
            "ratio" => (true, MeasureKind.Ratio),
            "quantity" => (true, MeasureKind.Quantity),
            "duration" => (true, MeasureKind.Duration),
            "percentage" => (true, MeasureKind.Percentage),
            "yesNo" => (true, MeasureKind.YesNo),
            _ => (false, MeasureKind.Ratio),
        };
        return ok;
    }
}
