using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Scoring;

public class ScorerTests
{
    private static readonly Indicator T02 = Indicator("T02", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
    private static readonly Indicator T07 = Indicator("T07", MeasureKind.Duration, new Target(Comparison.AtMost, 15), ThresholdRule.Instance, 10);
    private static readonly Indicator T16 = Indicator("T16", MeasureKind.YesNo, new Target(Comparison.Equal, 1), YesNoRule.Instance, 10);
    private static readonly Indicator T21 = Indicator("T21", MeasureKind.Percentage, new Target(Comparison.GreaterThan, 95), ThresholdRule.Instance, 10);
    private static readonly Framework Small = Framework(Area("A3", T02, T07), Area("A7", T16, T21));

    private static ScoringResult Score(Framework framework, SubmissionSet set, string period = "2025", NodaTime.Instant? asOf = null) =>
        Scorer.Score(framework, set, new ScoringRequest(Period(period), asOf));

    private static IndicatorScore Find(ScoringResult result, string unit, string code) =>
        result.Find(unit)!.Indicators.Single(i => i.Indicator.Code == code);

    [Fact]
    public void Score_Statuses()
    {
        var set = Set(
            Submission("VP", "2025", "T02", Measurement.Ratio(900, 1000)), // 90 % ≥ 90 → met
            Submission("VP", "2025", "T07", Measurement.Duration(15.01m)), // 15.01 > 15 → not met
            Submission("VP", "2025", "T21", Measurement.NotApplicable(MeasureKind.Percentage))); // T16 has no submission
        var result = Score(Small, set);
        Assert.Equal(IndicatorStatus.Met, Find(result, "VP", "T02").Status);
        Assert.Equal(IndicatorStatus.NotMet, Find(result, "VP", "T07").Status);
        Assert.Equal(IndicatorStatus.NoData, Find(result, "VP", "T16").Status);
        Assert.Equal(IndicatorStatus.NotApplicable, Find(result, "VP", "T21").Status);
        Assert.True(Find(result, "VP", "T02").Met);
        Assert.False(Find(result, "VP", "T07").Met);
        Assert.Null(Find(result, "VP", "T16").Met);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Score_NotApplicable_LowersMax()
    {
        // T02 met (10), T07 met (10), T16 no (0 of 10), T21 not applicable (its 10 leave the max).
        // Points 20, applicable max 30, index 20 ÷ 30 × 100 = 66.666… → 66.67.
        var set = Set(
            Submission("VP", "2025", "T02", Measurement.Ratio(950, 1000)),
            Submission("VP", "2025", "T07", Measurement.Duration(12)),
            Submission("VP", "2025", "T16", Measurement.YesNo(false)),
            Submission("VP", "2025", "T21", Measurement.NotApplicable(MeasureKind.Percentage)));
        var card = Score(Small, set).Find("VP")!;
        Assert.Equal(20m, card.Points);
        Assert.Equal(30m, card.MaxPoints);
        Assert.Equal(66.67m, card.Index);
        Assert.Equal("C", card.Class!.Code);
        Assert.Equal([20m, 0m], card.Areas.Select(a => a.Points));
        Assert.Equal([20m, 10m], card.Areas.Select(a => a.MaxPoints));
    }

    [Fact]
    public void Score_NoData_KeepsMax()
    {
        // Nothing submitted for T07, T16, T21: 10 points of 40 → 25.
        var card = Score(Small, Set(Submission("VP", "2025", "T02", Measurement.Ratio(9, 10)))).Find("VP")!;
        Assert.Equal(10m, card.Points);
        Assert.Equal(40m, card.MaxPoints);
        Assert.Equal(25m, card.Index);
    }

    [Fact]
    public void Score_ZeroOverZero_NotApplicable()
    {
        var score = Find(Score(Small, Set(Submission("VP", "2025", "T02", Measurement.Ratio(0, 5, 5)))), "VP", "T02");
        Assert.Equal(IndicatorStatus.NotApplicable, score.Status);
        Assert.Equal(0m, score.MaxPoints);
        Assert.Contains("nothing to measure", score.Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Score_AllNotApplicable_NoIndex()
    {
        var framework = Framework(Area("A3", T02));
        var card = Score(framework, Set(Submission("VP", "2025", "T02", Measurement.NotApplicable(MeasureKind.Ratio)))).Find("VP")!;
        Assert.Equal(0m, card.MaxPoints);
        Assert.Null(card.Index);
        Assert.Null(card.Class);
    }

    [Fact]
    public void Score_StrictBoundary_NotMet()
    {
        // T21 "> 95": 95.00 fails, 95.01 passes.
        var at = Find(Score(Small, Set(Submission("VP", "2025", "T21", Measurement.Percentage(95.00m)))), "VP", "T21");
        var above = Find(Score(Small, Set(Submission("VP", "2025", "T21", Measurement.Percentage(95.01m)))), "VP", "T21");
        Assert.Equal((IndicatorStatus.NotMet, 0m), (at.Status, at.Points));
        Assert.Equal((IndicatorStatus.Met, 10m), (above.Status, above.Points));
    }

    [Fact]
    public void Score_UnusableSubmission_NoDataAndProblem()
    {
        // 101 of 100 cannot be used: no data, reported, never thrown.
        var result = Score(Small, Set(Submission("VP", "2025", "T02", Measurement.Ratio(101, 100))));
        Assert.Equal(IndicatorStatus.NoData, Find(result, "VP", "T02").Status);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.MeasureMismatch, problem.Code);
    }

    [Fact]
    public void Score_AsOf_UsesRevisionInForce()
    {
        var set = Set(
            Submission("VP", "2025", "T02", Measurement.Ratio(80, 100), At("2026-01-10T00:00:00Z")),
            Submission("VP", "2025", "T02", Measurement.Ratio(95, 100), At("2026-01-20T00:00:00Z")));

        // As of 15 January the 80 % revision is in force: 80 × 10 ÷ 90 = 8.888… → 8.89.
        var early = Find(Score(Small, set, asOf: At("2026-01-15T00:00:00Z")), "VP", "T02");
        Assert.Equal(8.89m, early.Points);
        Assert.Equal(10m, Find(Score(Small, set), "VP", "T02").Points);
        Assert.Equal(IndicatorStatus.NoData, Find(Score(Small, set, asOf: At("2026-01-01T00:00:00Z")), "VP", "T02").Status);
    }

    [Fact]
    public void Score_RequestedUnknownUnit_WarnsAndScoresNoData()
    {
        var result = Scorer.Score(Small, Set3(), new ScoringRequest(Period("2025"), units: ["ZZ"]));
        var card = Assert.Single(result.Scorecards);
        Assert.Equal("ZZ", card.UnitId);
        Assert.Equal(0m, card.Points);
        Assert.Equal(ProblemCodes.UnknownUnit, Assert.Single(result.Problems).Code);
    }

    private static SubmissionSet Set3() => Set(Submission("VP", "2025", "T02", Measurement.Ratio(1, 2)));

    [Fact]
    public void Score_UnitsOrdered()
    {
        var set = Set(Submission("VP", "2025", "T02", Measurement.Ratio(1, 2)), Submission("P1", "2025", "T02", Measurement.Ratio(1, 2)), Submission("SO", "2025", "T02", Measurement.Ratio(1, 2)));
        Assert.Equal(["P1", "SO", "VP"], Score(Small, set).Scorecards.Select(c => c.UnitId));
    }

    private static readonly Indicator T10 = Indicator(
        "T10",
        MeasureKind.Quantity,
        new Target(Comparison.AtMost, 10, Date("2025-12-31"), Baseline.FromPeriod(Period("2021")), TargetChange.RelativeReduction),
        ThresholdRule.Instance,
        10);

    [Fact]
    public void Score_BaselineRelative_Met()
    {
        // Baseline 2021: 10 units; target 10 × (1 − 10 ÷ 100) = 9; 2025: 9 ≤ 9 → met.
        var set = Set(Submission("SO", "2021", "T10", Measurement.Quantity(10)), Submission("SO", "2025", "T10", Measurement.Quantity(9)));
        var score = Find(Score(Framework(Area("A4", T10)), set), "SO", "T10");
        Assert.Equal(IndicatorStatus.Met, score.Status);
        Assert.Equal(10m, score.Baseline);
        Assert.Equal(9m, score.Target);
        Assert.Equal(10m, score.Points);
        Assert.Equal("value 9; target <= baseline(2021) × (1 − 10 ÷ 100) = 9 (baseline 10); threshold: 9 ≤ 9 → 10.", score.Explanation);
    }

    [Fact]
    public void Score_BaselineRelative_NotMet()
    {
        // 9.5 > 9 → not met.
        var set = Set(Submission("SO", "2021", "T10", Measurement.Quantity(10)), Submission("SO", "2025", "T10", Measurement.Quantity(9.5m)));
        var score = Find(Score(Framework(Area("A4", T10)), set), "SO", "T10");
        Assert.Equal(IndicatorStatus.NotMet, score.Status);
        Assert.Equal(0m, score.Points);
    }

    [Fact]
    public void Score_BaselineRelative_MissingBaseline_NoData()
    {
        var set = Set(Submission("SO", "2025", "T10", Measurement.Quantity(9)));
        var score = Find(Score(Framework(Area("A4", T10)), set), "SO", "T10");
        Assert.Equal(IndicatorStatus.NoData, score.Status);
        Assert.Equal(10m, score.MaxPoints);
        Assert.Equal(9m, score.Value);
        Assert.Null(score.Target);
        Assert.Contains("baseline 2021", score.Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BaselineRelative_BaselineRecordedAfterAsOf_NoData()
    {
        var set = Set(
            Submission("SO", "2021", "T10", Measurement.Quantity(10), At("2026-02-01T00:00:00Z")),
            Submission("SO", "2025", "T10", Measurement.Quantity(9), At("2026-01-10T00:00:00Z")));
        var score = Find(Score(Framework(Area("A4", T10)), set, asOf: At("2026-01-15T00:00:00Z")), "SO", "T10");
        Assert.Equal(IndicatorStatus.NoData, score.Status);
    }

    [Fact]
    public void Score_BaselineFixedValue_AbsoluteReduction()
    {
        // T08 read as "cut by 30 minutes": fixed baseline 75, target 75 − 30 = 45; 44 ≤ 45 → met.
        var t08 = Indicator("T08", MeasureKind.Duration, new Target(Comparison.AtMost, 30, null, Baseline.FromValue(75), TargetChange.AbsoluteReduction), ThresholdRule.Instance, 10);
        var score = Find(Score(Framework(Area("A3", t08)), Set(Submission("SO", "2025", "T08", Measurement.Duration(44)))), "SO", "T08");
        Assert.Equal(45m, score.Target);
        Assert.Equal(IndicatorStatus.Met, score.Status);
    }

    [Fact]
    public void Score_Explanation_ContainsNumbers()
    {
        // 875 ÷ (1005 − 5) × 100 = 87.5 %; 87.5 × 10 ÷ 90 = 9.7222… → 9.72.
        var score = Find(Score(Small, Set(Submission("VP", "2025", "T02", Measurement.Ratio(875, 1005, 5)))), "VP", "T02");
        Assert.Equal(875m / 90m, score.ExactPoints);
        Assert.Equal(9.72m, score.Points);
        Assert.Equal(
            "value 875 ÷ (1005 − 5) × 100 = 87.5 %; target >= 90; proportional: 87.5 < 90 → 87.5 × 10 ÷ 90 = 9.722222…; rounded (2 digits, HalfAwayFromZero, from Indicator) to 9.72.",
            score.Explanation);
    }

    // Rounding: an index of 62.62 of 70 = 89.457142… (two areas: 42.62 and 20).
    private static Framework RoundingFramework(RoundingMode mode, RoundingLevel level) => Framework(
        new RoundingPolicy(2, mode, level),
        Area("A1", Indicator("P1", MeasureKind.Percentage, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50)),
        Area("A2", Indicator("Y1", MeasureKind.YesNo, new Target(Comparison.Equal, 1), YesNoRule.Instance, 20)));

    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, "89.46")] // 89.457… → 89.46
    [InlineData(RoundingMode.HalfToEven, "89.46")] // not a midpoint: same as half-up
    [InlineData(RoundingMode.Truncate, "89.45")] // 89.457… → 89.45
    public void Score_IndexRounding_Modes(RoundingMode mode, string expected)
    {
        // P1: 85.24 × 50 ÷ 100 = 42.62; Y1: yes → 20; 62.62 × 100 ÷ 70 = 89.457142…
        var set = Set(Submission("VP", "2025", "P1", Measurement.Percentage(85.24m)), Submission("VP", "2025", "Y1", Measurement.YesNo(true)));
        var card = Score(RoundingFramework(mode, RoundingLevel.Indicator), set).Find("VP")!;
        Assert.Equal(62.62m, card.Points);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), card.Index);
    }

    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, "89.45")] // 89.445 → 89.45
    [InlineData(RoundingMode.HalfToEven, "89.44")] // midpoint to the even 4
    [InlineData(RoundingMode.Truncate, "89.44")]
    public void Score_Midpoint_Modes(RoundingMode mode, string expected)
    {
        // One 100-point indicator, proportional to 100: 89.445 × 100 ÷ 100 = 89.445 points, index 89.445.
        var framework = Framework(
            new RoundingPolicy(2, mode, RoundingLevel.Index),
            Area("A1", Indicator("P1", MeasureKind.Percentage, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 100)));
        var card = Score(framework, Set(Submission("VP", "2025", "P1", Measurement.Percentage(89.445m)))).Find("VP")!;
        decimal e = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(e, card.Points);
        Assert.Equal(e, card.Index);
    }

    // Four indicators of 10 points, two per area, each 11.125 × 10 ÷ 100 = 1.1125 exact.
    private static Framework LevelFramework(RoundingLevel level)
    {
        Indicator P(string code) => Indicator(code, MeasureKind.Percentage, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 10);
        return Framework(new RoundingPolicy(2, RoundingMode.HalfAwayFromZero, level), Area("A1", P("P1"), P("P2")), Area("A2", P("P3"), P("P4")));
    }

    [Theory]
    [InlineData(RoundingLevel.Indicator, "1.11", "2.22", "4.44", "11.1")] // 1.1125 → 1.11; 4 × 1.11 = 4.44; 4.44 ÷ 40 × 100 = 11.1
    [InlineData(RoundingLevel.Area, "1.1125", "2.23", "4.46", "11.15")] // area 2.225 → 2.23; 2 × 2.23 = 4.46; 11.15
    [InlineData(RoundingLevel.Index, "1.1125", "2.225", "4.45", "11.13")] // total 4.45 exact; 4.45 ÷ 40 × 100 = 11.125 → 11.13
    public void Score_RoundingLevels(RoundingLevel level, string indicator, string area, string total, string index)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var set = Set(new[] { "P1", "P2", "P3", "P4" }.Select(code => Submission("VP", "2025", code, Measurement.Percentage(11.125m))).ToArray());
        var card = Score(LevelFramework(level), set).Find("VP")!;
        Assert.All(card.Indicators, i => Assert.Equal(D(indicator), i.Points));
        Assert.All(card.Indicators, i => Assert.Equal(1.1125m, i.ExactPoints));
        Assert.All(card.Areas, a => Assert.Equal(D(area), a.Points));
        Assert.Equal(D(total), card.Points);
        Assert.Equal(D(index), card.Index);
    }

    [Theory]
    [InlineData("90", "A")] // exactly 90 is A
    [InlineData("89.99", "B")]
    [InlineData("80", "B")]
    [InlineData("79.99", "C")]
    [InlineData("0", "C")]
    [InlineData("100", "A")]
    public void Classify_BandBoundaries(string index, string band)
    {
        var framework = Framework(Area("A1", T02));
        Assert.Equal(band, framework.Classify(decimal.Parse(index, System.Globalization.CultureInfo.InvariantCulture))!.Code);
    }

    [Fact]
    public void Score_IndexExactlyNinety_ClassA()
    {
        // 90 × 100 ÷ 100 = 90 points of 100 → index 90 → A.
        var framework = Framework(Area("A1", Indicator("P1", MeasureKind.Percentage, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 100)));
        var card = Score(framework, Set(Submission("VP", "2025", "P1", Measurement.Percentage(90)))).Find("VP")!;
        Assert.Equal(90m, card.Index);
        Assert.Equal("A", card.Class!.Code);
    }

    [Fact]
    public void Score_Deterministic_SameText()
    {
        var set = Set(Submission("VP", "2025", "T02", Measurement.Ratio(875, 1005, 5)), Submission("SO", "2025", "T07", Measurement.Duration(20)));
        Assert.Equal(
            Cchc.Scoring.Serialization.ScorecardJson.Write(Score(Small, set)),
            Cchc.Scoring.Serialization.ScorecardJson.Write(Score(Small, set)));
    }
}
