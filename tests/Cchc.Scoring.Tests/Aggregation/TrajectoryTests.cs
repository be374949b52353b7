using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

public class TrajectoryTests
{
    private static readonly Target AtLeast90 = new(Comparison.AtLeast, 90, Date("2025-12-31"));

    private static Framework Fw(Target target, MeasureKind measure = MeasureKind.Percentage, TrajectoryThresholds? thresholds = null) =>
        new("t", "1", Text("t"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), ReportingCalendar.Calendar, RoundingPolicy.Default, 10, Bands,
            [Area("A1", new Indicator("I1", Text("I1"), measure, "%", target, ThresholdRule.Instance, 10)), Area("A2", new Indicator("I2", Text("I2"), MeasureKind.Percentage, "%", AtLeast90, ThresholdRule.Instance, 0))],
            new FrameworkOptions { TrajectoryThresholds = thresholds });

    private static SubmissionSet Yearly(params (int Year, decimal Value)[] values) =>
        Set(values.Select(v => Submission("VP", v.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "I1", Measurement.Percentage(v.Value), At(v.Year + 1 + "-01-10T00:00:00Z"))).ToArray());

    private static IndicatorTrajectory I1(Framework fw, SubmissionSet set, NodaTime.Instant? asOf = null) =>
        Trajectories.Compute(fw, set, "VP", asOf).Indicators.First(t => t.Indicator.Code == "I1");

    [Fact]
    public void StraightLine_Milestones_And_OnTrack()
    {
        // Baseline 2021 = 50, target ≥ 90 by 2025: milestones 50 + 40 × k ÷ 4 = 60, 70, 80, 90.
        // Observed 50, 60, 70 (2021–2023): least squares slope 10 per year, projection 2025 = 60 + 10 × (2025 − 2022) = 90.
        // Progress (90 − 50) ÷ (90 − 50) = 1 ≥ 0.95 → on track.
        var t = I1(Fw(AtLeast90), Yearly((2021, 50), (2022, 60), (2023, 70)));
        Assert.Equal(2021, t.BaselineYear);
        Assert.Equal(50m, t.Baseline);
        Assert.Equal(90m, t.Target);
        Assert.Equal([new YearValue(2022, 60), new YearValue(2023, 70), new YearValue(2024, 80), new YearValue(2025, 90)], t.Milestones);
        Assert.Equal(new YearValue(2023, 70), t.Latest);
        Assert.Equal(90m, t.Projection);
        Assert.Equal(1m, t.ProgressRatio);
        Assert.Equal(TrajectoryStatus.OnTrack, t.Status);
        Assert.Contains("least squares over 3 years 2021–2023: slope 10 per year → projection 2025 = 90", t.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(55, 60, TrajectoryStatus.NeedsAcceleration, 0.5)] // slope 5, projection 55 + 5 × 3 = 70: (70 − 50) ÷ 40 = 0.5
    [InlineData(51, 52, TrajectoryStatus.LimitedProgress, 0.1)] // slope 1, projection 51 + 3 = 54: 4 ÷ 40 = 0.1
    [InlineData(50, 50, TrajectoryStatus.LimitedProgress, 0)] // flat: 0 ÷ 40 = 0
    [InlineData(45, 40, TrajectoryStatus.Deteriorating, -0.5)] // slope −5, projection 45 − 15 = 30: −20 ÷ 40 = −0.5
    public void Status_FromProgressRatio(double v2022, double v2023, TrajectoryStatus status, double ratio)
    {
        var t = I1(Fw(AtLeast90), Yearly((2021, 50), (2022, (decimal)v2022), (2023, (decimal)v2023)));
        Assert.Equal(status, t.Status);
        Assert.Equal((decimal)ratio, t.ProgressRatio);
    }

    [Fact]
    public void Newcomer14b_DueYearObservedAndMissed_IsNotAchieved_NotOnTrack()
    {
        // Baseline 2021 = 50, target >= 100 by 2025, observed 2025 = 98: progress (98 − 50) ÷ (100 − 50) = 48 ÷ 50 = 0.96,
        // which reads "on track" (≥ 0.95) although the due year is over and the target missed: not achieved.
        var fw = Fw(new Target(Comparison.AtLeast, 100, Date("2025-12-31")));
        var t = I1(fw, Yearly((2021, 50), (2025, 98)));
        Assert.Equal(TrajectoryStatus.NotAchieved, t.Status);
        Assert.Equal(98m, t.Projection);
        Assert.Equal(0.96m, t.ProgressRatio);
        Assert.Equal(
            "baseline 2021 = 50; target >= 100 by 2025-12-31; latest 2025 = 98; the due year is observed → projection 2025 = 98; progress (98 − 50) ÷ (100 − 50) = 0.96; the due year does not meet the target → notAchieved.",
            t.Explanation);
        Assert.Equal(
            "giá trị gốc 2021 = 50; mục tiêu >= 100 đến 2025-12-31; gần nhất 2025 = 98; đã có giá trị của năm đến hạn → dự báo 2025 = 98; tiến độ (98 − 50) ÷ (100 − 50) = 0,96; năm đến hạn không đạt mục tiêu → Không đạt.",
            t.ExplanationIn(Language.Vi));
        Assert.Equal(new LocalizedText("Không đạt", "not achieved"), StatusNames.Of(TrajectoryStatus.NotAchieved));
        Assert.Equal("notAchieved", FileNames.Of(TrajectoryStatus.NotAchieved));

        // Before the due year the same progress is on track.
        Assert.Equal(TrajectoryStatus.OnTrack, I1(fw, Yearly((2021, 50), (2024, 98))).Status);
    }

    [Fact]
    public void Achieved_WhenLatestMeetsTarget()
    {
        var t = I1(Fw(AtLeast90), Yearly((2021, 50), (2024, 91)));
        Assert.Equal(TrajectoryStatus.Achieved, t.Status);
        Assert.Null(t.ProgressRatio);
    }

    [Fact]
    public void LowerIsBetter_RelativeReduction()
    {
        // T10-like: baseline 2021 = 10, reduce by 10 % → target 9. Observed 10, 10, 9.5 (2021–2023): mean year 2022, mean 9.8333…;
        // slope ((−1)(0.1667) + 0 + (1)(−0.3333)) ÷ 2 = −0.25; projection 2025 = 9.8333… − 0.25 × 3 = 9.0833…
        // Progress (10 − 9.0833…) ÷ (10 − 9) = 0.9166… < 0.95 → needs acceleration.
        var target = new Target(Comparison.AtMost, 10, Date("2025-12-31"), Baseline.FromPeriod(Period("2021")), TargetChange.RelativeReduction);
        var t = I1(Fw(target, MeasureKind.Quantity), Set(
            Submission("VP", "2021", "I1", Measurement.Quantity(10)), Submission("VP", "2022", "I1", Measurement.Quantity(10)), Submission("VP", "2023", "I1", Measurement.Quantity(9.5m))));
        Assert.Equal(9m, t.Target);
        Assert.Equal(9.75m, t.Milestones[0].Value); // 10 − 1 × 1 ÷ 4
        Assert.Equal(TrajectoryStatus.NeedsAcceleration, t.Status);
        Assert.Equal(0.9167m, Math.Round(t.ProgressRatio!.Value, 4));

        // The same with onTrack at 0.9 (thresholds are data): on track.
        var lenient = I1(Fw(target, MeasureKind.Quantity, new TrajectoryThresholds(0.9m, 0.5m, 0m)), Set(
            Submission("VP", "2021", "I1", Measurement.Quantity(10)), Submission("VP", "2022", "I1", Measurement.Quantity(10)), Submission("VP", "2023", "I1", Measurement.Quantity(9.5m))));
        Assert.Equal(TrajectoryStatus.OnTrack, lenient.Status);
    }

    [Fact]
    public void ExplicitMilestones_StraightBetweenThem()
    {
        // Baseline 50 (2021), explicit 2023: 60, target 90 (2025): 2022 = 55, 2023 = 60, 2024 = 75, 2025 = 90.
        var target = new Target(Comparison.AtLeast, 90, Date("2025-12-31"), milestones: [new Milestone(2023, 60)]);
        var t = I1(Fw(target), Yearly((2021, 50)));
        Assert.Equal([55m, 60m, 75m, 90m], t.Milestones.Select(m => m.Value));
    }

    [Fact]
    public void ExplicitMilestones_OfABaselineRelativeTarget_AreChanges()
    {
        // Baseline 20, reduction milestones 2023: 5 % → 19; target 10 % → 18. 2022 = 19.5, 2023 = 19, 2024 = 18.5, 2025 = 18.
        var target = new Target(Comparison.AtMost, 10, Date("2025-12-31"), Baseline.FromValue(20), TargetChange.RelativeReduction, [new Milestone(2023, 5)]);
        var t = I1(Fw(target, MeasureKind.Quantity), Set(Submission("VP", "2022", "I1", Measurement.Quantity(19))));
        Assert.Equal([19.5m, 19m, 18.5m, 18m], t.Milestones.Select(m => m.Value));
        Assert.Equal(20m, t.Baseline);

        // Points (2021, 20 fixed) and (2022, 19): slope −1, projection 2025 = 16 ≤ 18; progress (20 − 16) ÷ (20 − 18) = 2 → on track.
        Assert.Equal(16m, t.Projection);
        Assert.Equal(TrajectoryStatus.OnTrack, t.Status);
    }

    [Fact]
    public void NoBaselineInTarget_StartsFromFirstObservedYear()
    {
        // First value 2022 = 60; 2023 = 70: slope 10, projection 2025 = 90 → on track.
        var t = I1(Fw(AtLeast90), Yearly((2022, 60), (2023, 70)));
        Assert.Equal(2022, t.BaselineYear);
        Assert.Equal(TrajectoryStatus.OnTrack, t.Status);
    }

    [Fact]
    public void OneYear_NoTrend_Flat()
    {
        var t = I1(Fw(AtLeast90), Yearly((2021, 50)));
        Assert.Equal(50m, t.Projection);
        Assert.Equal(TrajectoryStatus.LimitedProgress, t.Status);
    }

    [Fact]
    public void DueYearObserved_ProjectionIsTheValue()
    {
        // 2025 observed as 80: progress (80 − 50) ÷ 40 = 0.75, but the due year is over and 80 < 90 → not achieved.
        var t = I1(Fw(AtLeast90), Yearly((2021, 50), (2025, 80)));
        Assert.Equal(80m, t.Projection);
        Assert.Equal(0.75m, t.ProgressRatio);
        Assert.Equal(TrajectoryStatus.NotAchieved, t.Status);
    }

    [Fact]
    public void NoData_NotApplicable_MissingBaseline()
    {
        Assert.Equal(TrajectoryStatus.NoData, I1(Fw(AtLeast90), SubmissionSet.Empty).Status);
        var na = Set(Submission("VP", "2022", "I1", Measurement.NotApplicable(MeasureKind.Percentage)));
        Assert.Equal(TrajectoryStatus.NotApplicable, I1(Fw(AtLeast90), na).Status);

        var relative = new Target(Comparison.AtMost, 10, null, Baseline.FromPeriod(Period("2021")), TargetChange.RelativeReduction);
        var t = I1(Fw(relative, MeasureKind.Quantity), Set(Submission("VP", "2023", "I1", Measurement.Quantity(5))));
        Assert.Equal(TrajectoryStatus.NoData, t.Status);
        Assert.Contains("the baseline is missing", t.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void YearlyValues_RolledUpFromQuarters()
    {
        // 2022 only has quarters: their mean (percentage default) (60 + 70) ÷ 2 = 65.
        var set = Set(
            Submission("VP", "2021", "I1", Measurement.Percentage(50)),
            Submission("VP", "2022-Q1", "I1", Measurement.Percentage(60)),
            Submission("VP", "2022-Q2", "I1", Measurement.Percentage(70)));
        Assert.Equal(new YearValue(2022, 65), I1(Fw(AtLeast90), set).Latest);
    }

    [Fact]
    public void AsOf_IgnoresLaterSubmissions()
    {
        // As of 2023-06-01 only 2021 and 2022 (recorded 2022-01-10, 2023-01-10) are known.
        var t = I1(Fw(AtLeast90), Yearly((2021, 50), (2022, 60), (2023, 95)), At("2023-06-01T00:00:00Z"));
        Assert.Equal(new YearValue(2022, 60), t.Latest);
        Assert.NotEqual(TrajectoryStatus.Achieved, t.Status);
    }

    [Fact]
    public void StatusesRollUpToAreas()
    {
        var report = Trajectories.Compute(Fw(AtLeast90), Yearly((2021, 50), (2024, 91)), "VP");
        Assert.Equal(1, report.Areas[0].Count(TrajectoryStatus.Achieved));
        Assert.Equal(1, report.Areas[1].Count(TrajectoryStatus.NoData));
        Assert.Equal(1, report.Count(TrajectoryStatus.Achieved));
        Assert.Equal(2, Enum.GetValues<TrajectoryStatus>().Sum(report.Count));
        Assert.Single(report.ForIndicators(["I2"]).Areas);

        string json = TrajectoryJson.Write([report]);
        Assert.Contains("\"status\": \"achieved\"", json, StringComparison.Ordinal);
        Assert.Contains("\"achieved\": 1,", json, StringComparison.Ordinal);
        Assert.Contains("\"latestYear\": 2024,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_MustDescend()
    {
        Assert.Throws<ArgumentException>(() => new TrajectoryThresholds(0.5m, 0.9m, 0m));
        Assert.Equal(TrajectoryStatus.Deteriorating, TrajectoryThresholds.Default.Classify(-0.01m));
        Assert.Equal(TrajectoryStatus.OnTrack, TrajectoryThresholds.Default.Classify(0.95m));
    }

    [Fact]
    public void BuiltInPlan_EveryUnitHasAStatusForEveryIndicator()
    {
        var framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var sample = BuiltInFrameworks.GetSample(framework.Id);
        foreach (string unit in sample.UnitIds)
        {
            var report = Trajectories.Compute(framework, sample, unit);
            Assert.Equal(framework.Indicators.Count(), Enum.GetValues<TrajectoryStatus>().Sum(report.Count));
        }
    }
}
