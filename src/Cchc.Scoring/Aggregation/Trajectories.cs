using Cchc.Scoring.Serialization;
using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Trajectories to the target year (docs/periods.md): for each indicator of a unit, the baseline, yearly milestones
/// (a straight line from the baseline to the target, or through the framework's explicit milestones), the yearly values
/// observed, a least-squares projection to the due year and a status with the framework's thresholds. Pure.
/// </summary>
public static class Trajectories
{
    /// <summary>Computes a unit's trajectories.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="submissions">Every submission revision.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="asOf">Use what was recorded at or before this instant; null for the latest revisions.</param>
    /// <returns>The trajectories, area by area.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static TrajectoryReport Compute(Framework framework, SubmissionSet submissions, string unitId, Instant? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(unitId);
        var areas = framework.Areas
            .Select(a => new AreaTrajectory(a, a.Indicators.Select(i => SafeCompute(framework, submissions, unitId, i, asOf)).ToArray()))
            .ToArray();
        return new TrajectoryReport(framework, unitId, asOf, areas) { Lineage = submissions.Units.HistoryOf(unitId) };
    }

    /// <summary>
    /// One indicator's trajectory, or no data when its numbers are beyond the bounds of framework numbers (a framework
    /// built in code) or a step passes decimal's range (a progress ratio over a vanishing distance).
    /// </summary>
    private static IndicatorTrajectory SafeCompute(Framework framework, SubmissionSet submissions, string unitId, Indicator indicator, Instant? asOf)
    {
        var why = new LocalizedText(
            "không có lộ trình: các con số của chỉ tiêu này cho kết quả vượt quá phạm vi số thập phân (docs/formats.md, giới hạn số của khung).",
            "no trajectory: the numbers of this indicator give a result beyond the range of decimal numbers (docs/formats.md, bounds of framework numbers).");
        if (framework.OutOfBounds.Count == 0)
        {
            try
            {
                return Compute(framework, submissions, unitId, indicator, asOf);
            }
            catch (OverflowException)
            {
            }
        }

        return new IndicatorTrajectory(indicator, TrajectoryStatus.NoData, framework.BaselineYearOf(indicator), null, null, framework.DueDateOf(indicator), [], [], null, null, why);
    }

    private static IndicatorTrajectory Compute(Framework framework, SubmissionSet submissions, string unitId, Indicator indicator, Instant? asOf)
    {
        var target = indicator.Target;
        var due = framework.DueDateOf(indicator);
        int dueYear = due.Year;
        int y0 = framework.BaselineYearOf(indicator);
        bool notApplicable = false;
        decimal? ValueOf(ReportingPeriod period)
        {
            if (LineageFigures.Applies(submissions.Units, unitId, period))
            {
                // Across the unit's lineage: its predecessors' figures for the days before each event.
                var lineage = LineageFigures.Resolve(framework, submissions, unitId, indicator, period, asOf, false);
                if (lineage.Figure is Measurement figure && !figure.IsApplicable)
                {
                    notApplicable = true;
                }

                return lineage.IsIncomplete && period == target.Baseline?.Period ? null : lineage.Value;
            }

            var found = PeriodRollUp.Find(framework, submissions, unitId, indicator, period, asOf);
            if (found?.Measurement is not Measurement m)
            {
                return null;
            }

            if (!m.IsApplicable)
            {
                notApplicable = true;
                return null;
            }

            return m.Kind == indicator.Measure && MeasurementChecks.IsUsable(m) ? m.ComparableValue : null;
        }

        var observed = new List<YearValue>();
        for (int y = y0; y <= Math.Max(y0, dueYear); y++)
        {
            if (ValueOf(ReportingPeriod.ForYear(y, framework.Calendar)) is decimal v)
            {
                observed.Add(new YearValue(y, v));
            }
        }

        bool anyObservation = observed.Count > 0;
        decimal? baseline;
        if (target.Baseline is { Value: decimal fixedValue })
        {
            baseline = fixedValue;
        }
        else if (target.Baseline?.Period is ReportingPeriod baselinePeriod)
        {
            baseline = ValueOf(baselinePeriod);
        }
        else
        {
            // No baseline in the target: the trajectory starts from the first year observed.
            baseline = anyObservation ? observed[0].Value : null;
            y0 = anyObservation ? observed[0].Year : y0;
        }

        var resolved = target.Resolve(baseline);
        var head = W("giá trị gốc ", "baseline ") + (baseline is decimal bb ? N(y0) + " = " + N(bb) : W("thiếu", "missing"))
            + W("; mục tiêu ", "; target ") + new Bi(Explanations.TargetText(target, Language.Vi), target.ToString())
            + (resolved is decimal r0 && target.IsBaselineRelative ? " = " + N(r0) : Bi.Empty)
            + W(" đến ", " by ") + NodaTime.Text.LocalDatePattern.Iso.Format(due);
        if (!anyObservation || baseline is not decimal b0 || resolved is not decimal t)
        {
            var status = !anyObservation && notApplicable ? TrajectoryStatus.NotApplicable : TrajectoryStatus.NoData;
            var why = status == TrajectoryStatus.NotApplicable ? W("khai báo không áp dụng", "declared not applicable")
                : !anyObservation ? W("không có giá trị năm nào", "no yearly value") : W("thiếu giá trị gốc", "the baseline is missing");
            return new IndicatorTrajectory(indicator, status, y0, baseline, resolved, due, [], anyObservation ? observed : [], null, null, (head + "; " + why + ".").Text);
        }

        var milestones = Milestones(target, y0, dueYear, b0, t);
        var latest = observed[^1];
        var latestText = W("; gần nhất ", "; latest ") + N(latest.Year) + " = " + N(latest.Value);
        if (target.Comparison.IsMet(latest.Value, t))
        {
            return new IndicatorTrajectory(indicator, TrajectoryStatus.Achieved, y0, b0, t, due, milestones, observed, latest.Value, null,
                (head + latestText + W(" đạt mục tiêu → ", " meets the target → ") + Status(TrajectoryStatus.Achieved) + ".").Text);
        }

        var points = observed.Where(o => o.Year > y0).Prepend(new YearValue(y0, b0)).ToArray();
        (decimal projection, Bi method) = Project(points, latest, dueYear);
        int direction = target.Comparison.HigherIsBetter() || (target.Comparison == Comparison.Equal && t >= b0) ? 1 : -1;
        decimal needed = direction * (t - b0);
        decimal progress = direction * (projection - b0);
        var projText = "; " + method + W(" → dự báo ", " → projection ") + N(dueYear) + " = " + N(projection);
        Bi Progress(decimal ratio) => W("; tiến độ (", "; progress (") + N(projection) + " − " + N(b0) + ") ÷ (" + N(t) + " − " + N(b0) + ") = " + N(ratio);
        if (latest.Year >= dueYear)
        {
            // The due year is observed and misses the target: no trend can reach it any more, whatever the progress made.
            decimal? achieved = needed > 0 ? progress / needed : null;
            var progressText = achieved is decimal r ? Progress(r) : Bi.Empty;
            return new IndicatorTrajectory(indicator, TrajectoryStatus.NotAchieved, y0, b0, t, due, milestones, observed, projection, achieved,
                (head + latestText + projText + progressText + W("; năm đến hạn không đạt mục tiêu → ", "; the due year does not meet the target → ") + Status(TrajectoryStatus.NotAchieved) + ".").Text);
        }

        if (needed <= 0)
        {
            var s = target.Comparison.IsMet(projection, t) ? TrajectoryStatus.OnTrack : progress < 0 ? TrajectoryStatus.Deteriorating : TrajectoryStatus.LimitedProgress;
            return new IndicatorTrajectory(indicator, s, y0, b0, t, due, milestones, observed, projection, null,
                (head + latestText + projText + W("; giá trị gốc đã đạt mục tiêu → ", "; the baseline already meets the target → ") + Status(s) + ".").Text);
        }

        decimal ratio = progress / needed;
        var status2 = framework.TrajectoryThresholds.Classify(ratio);
        return new IndicatorTrajectory(indicator, status2, y0, b0, t, due, milestones, observed, projection, ratio,
            (head + latestText + projText + Progress(ratio) + " → " + Status(status2) + ".").Text);
    }

    private static Bi W(string vi, string en) => new(vi, en);

    private static Bi N(decimal value) => new(Num.Cut(value, Language.Vi), Num.Cut(value));

    private static Bi N(int year) => new(Num.Format(year), Num.Format(year));

    /// <summary>A status in a sentence: its Vietnamese name, or its file name in English (<c>onTrack</c>).</summary>
    private static Bi Status(TrajectoryStatus status) => new(StatusNames.Of(status).Vi, FileNames.Of(status));

    /// <summary>A piece of an explanation written in both languages at once.</summary>
    private readonly record struct Bi(string Vi, string En)
    {
        public static Bi Empty { get; } = new(string.Empty, string.Empty);

        public LocalizedText Text => new(Vi, En);

        public static implicit operator Bi(string both) => new(both, both);

        public static Bi operator +(Bi a, Bi b) => new(a.Vi + b.Vi, a.En + b.En);
    }

    /// <summary>
    /// The milestone of each year after <paramref name="y0"/> up to the due year: the explicit milestones (resolved
    /// against the baseline), and between them, and between the baseline and the target, a straight line.
    /// </summary>
    private static YearValue[] Milestones(Target target, int y0, int dueYear, decimal baseline, decimal resolvedTarget)
    {
        var anchors = new List<YearValue> { new(y0, baseline) };
        foreach (var m in target.Milestones.Where(m => m.Year > y0 && m.Year < dueYear))
        {
            if (anchors[^1].Year < m.Year && target.Resolve(m.Value, baseline) is decimal v)
            {
                anchors.Add(new YearValue(m.Year, v));
            }
        }

        anchors.Add(new YearValue(dueYear, resolvedTarget));
        var result = new List<YearValue>();
        for (int y = y0 + 1; y <= dueYear; y++)
        {
            int next = anchors.FindIndex(a => a.Year >= y);
            var right = anchors[next];
            var left = anchors[next - 1];
            decimal value = right.Year == y ? right.Value : left.Value + ((right.Value - left.Value) * (y - left.Year) / (right.Year - left.Year));
            result.Add(new YearValue(y, value));
        }

        return result.ToArray();
    }

    /// <summary>
    /// The value for the due year from the observed yearly values: the observed value itself once the due year has
    /// one; otherwise the ordinary least-squares line through the points (year, value) taken at the due year; flat
    /// (the latest value) with a single point.
    /// </summary>
    private static (decimal Projection, Bi Method) Project(IReadOnlyList<YearValue> points, YearValue latest, int dueYear)
    {
        if (latest.Year >= dueYear)
        {
            return (latest.Value, W("đã có giá trị của năm đến hạn", "the due year is observed"));
        }

        if (points.Count == 1)
        {
            return (latest.Value, W("một giá trị năm, không có xu hướng", "one yearly value, no trend"));
        }

        decimal meanX = points.Sum(p => (decimal)p.Year) / points.Count;
        decimal meanY = points.Sum(p => p.Value) / points.Count;
        decimal sxx = points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        decimal sxy = points.Sum(p => (p.Year - meanX) * (p.Value - meanY));
        decimal slope = sxy / sxx;
        decimal projection = meanY + (slope * (dueYear - meanX));
        return (projection, W("bình phương nhỏ nhất qua " + Num.Format(points.Count) + " năm ", "least squares over " + Num.Format(points.Count) + " years ")
            + Num.Format(points[0].Year) + "–" + Num.Format(points[^1].Year) + W(": độ dốc ", ": slope ") + N(slope) + W(" mỗi năm", " per year"));
    }
}
