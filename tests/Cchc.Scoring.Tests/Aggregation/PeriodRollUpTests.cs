using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

public class PeriodRollUpTests
{
    private static Framework One(MeasureKind measure, Target target, IScoringRule rule, PeriodRollUpMethod? rollUp = null, SubmissionDeadline? deadline = null)
    {
        var indicator = new Indicator("I1", Text("I1"), measure, "units", target, rule, 10, new IndicatorOptions { PeriodRollUp = rollUp });
        var area = Area("A1", indicator);
        return new Framework("t", "1", Text("t"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), ReportingCalendar.Calendar, RoundingPolicy.Default, 10, Bands, [area], new FrameworkOptions { Deadline = deadline });
    }

    private static IndicatorScore ScoreOne(Framework framework, string period, params Submission[] submissions) =>
        Scorer.Score(framework, Set(submissions), new ScoringRequest(Period(period))).Scorecards.Single().Indicators.Single();

    private static Submission S(string period, Measurement m, string recorded = "2026-01-10T02:00:00Z") => Submission("VP", period, "I1", m, At(recorded));

    [Fact]
    public void Ratio_PoolsQuarters_WithExclusions()
    {
        // Σ numerators 45 + 40 + 48 + 47 = 180; Σ denominators 50 + 50 + 52 + 50 = 202; Σ excluded 0 + 0 + 2 + 0 = 2.
        // 180 ÷ (202 − 2) × 100 = 90 ≥ 90 → 10 points (the mean of the quarterly percentages would be different: 90, 80, 96, 94 → 90).
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025",
            S("2025-Q1", Measurement.Ratio(45, 50)), S("2025-Q2", Measurement.Ratio(40, 50)),
            S("2025-Q3", Measurement.Ratio(48, 52, 2)), S("2025-Q4", Measurement.Ratio(47, 50)));
        Assert.Equal(90m, score.Value);
        Assert.Equal(10m, score.Points);
        Assert.Null(score.Submission);
        Assert.True(score.Source!.IsRollUp);
        Assert.Equal(4, score.Source.Parts.Count);
        Assert.StartsWith("pool of 4 of 4 quarters (2025-Q1: 45/50, 2025-Q2: 40/50, 2025-Q3: 48/52 (2 excluded), 2025-Q4: 47/50): numerators 45 + 40 + 48 + 47 = 180, denominators 50 + 50 + 52 + 50 = 202, excluded 0 + 0 + 2 + 0 = 2; value 180 ÷ (202 − 2) × 100 = 90 %", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WholePeriodSubmission_Wins()
    {
        // The yearly 70/100 is used, not the quarters: 70 < 90 → 0 points.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025", S("2025", Measurement.Ratio(70, 100)), S("2025-Q1", Measurement.Ratio(50, 50)));
        Assert.Equal(70m, score.Value);
        Assert.False(score.Source!.IsRollUp);
        Assert.Equal("2025", score.Submission!.Period.ToString());
    }

    [Fact]
    public void PartialCoverage_IsSaid()
    {
        // Only Q1 and Q2: 9 + 10 = 19 of 20 → 95 %; "2 of 4 quarters".
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025", S("2025-Q1", Measurement.Ratio(9, 10)), S("2025-Q2", Measurement.Ratio(10, 10)));
        Assert.Equal(95m, score.Value);
        Assert.Contains("pool of 2 of 4 quarters", score.Explanation, StringComparison.Ordinal);
        Assert.Equal(4, score.Source!.ExpectedParts);
    }

    [Fact]
    public void LongestSubPeriods_AreUsed_NotAMixture()
    {
        // Half-years and quarters inside 2025: the half-years are used (10/10 and 8/10 → 18 ÷ 20 = 90 %); the quarter is not added.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025", S("2025-H1", Measurement.Ratio(10, 10)), S("2025-H2", Measurement.Ratio(8, 10)), S("2025-Q1", Measurement.Ratio(0, 100)));
        Assert.Equal(90m, score.Value);
        Assert.Contains("of 2 half-years", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_MakeAQuarter()
    {
        // Quantity summed over July–September: 3 + 4 + 5 = 12 ≥ 12 → 10.
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtLeast, 12), ThresholdRule.Instance, PeriodRollUpMethod.Sum);
        var score = ScoreOne(fw, "2025-Q3", S("2025-07", Measurement.Quantity(3)), S("2025-08", Measurement.Quantity(4)), S("2025-09", Measurement.Quantity(5)));
        Assert.Equal(12m, score.Value);
        Assert.Contains("sum of 3 of 3 months", score.Explanation, StringComparison.Ordinal);
        Assert.Contains("3 + 4 + 5 = 12", score.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PeriodRollUpMethod.Last, 4)] // Q4's value
    [InlineData(PeriodRollUpMethod.Sum, 22)] // 7 + 6 + 5 + 4
    [InlineData(PeriodRollUpMethod.Mean, 5.5)] // 22 ÷ 4
    [InlineData(PeriodRollUpMethod.Max, 7)]
    public void Quantity_Methods(PeriodRollUpMethod method, double expected)
    {
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtMost, 100), ThresholdRule.Instance, method);
        var score = ScoreOne(fw, "2025",
            S("2025-Q3", Measurement.Quantity(5)), S("2025-Q1", Measurement.Quantity(7)), S("2025-Q4", Measurement.Quantity(4)), S("2025-Q2", Measurement.Quantity(6)));
        Assert.Equal((decimal)expected, score.Value);
    }

    [Fact]
    public void Quantity_DefaultIsLast()
    {
        Assert.Equal(PeriodRollUpMethod.Last, PeriodRollUpMethods.DefaultFor(MeasureKind.Quantity));
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtMost, 100), ThresholdRule.Instance);
        Assert.Equal(4m, ScoreOne(fw, "2025-H2", S("2025-Q3", Measurement.Quantity(5)), S("2025-Q4", Measurement.Quantity(4))).Value);
    }

    [Fact]
    public void Duration_WeightedByCounts()
    {
        // (20 × 100 + 10 × 300) ÷ (100 + 300) = 5000 ÷ 400 = 12.5 minutes (the plain mean would be 15).
        var fw = One(MeasureKind.Duration, new Target(Comparison.AtMost, 15), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025-H1", S("2025-Q1", Measurement.Duration(20, 100)), S("2025-Q2", Measurement.Duration(10, 300)));
        Assert.Equal(12.5m, score.Value);
        Assert.Contains("weightedMean of 2 of 2 quarters (2025-Q1: 20 (100 cases), 2025-Q2: 10 (300 cases)): (20 × 100 + 10 × 300) ÷ (100 + 300) = 12.5", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_WithoutCounts_PlainMean_Said()
    {
        // (20 + 10) ÷ 2 = 15: one quarter gives no count.
        var fw = One(MeasureKind.Duration, new Target(Comparison.AtMost, 15), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025-H1", S("2025-Q1", Measurement.Duration(20, 100)), S("2025-Q2", Measurement.Duration(10)));
        Assert.Equal(15m, score.Value);
        Assert.Contains("unweighted, not every part gives a count", score.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PeriodRollUpMethod.Last, IndicatorStatus.Met)] // Q2 says yes
    [InlineData(PeriodRollUpMethod.All, IndicatorStatus.NotMet)] // Q1 says no
    public void YesNo_LastOrAll(PeriodRollUpMethod method, IndicatorStatus status)
    {
        var fw = One(MeasureKind.YesNo, new Target(Comparison.Equal, 1), YesNoRule.Instance, method);
        Assert.Equal(status, ScoreOne(fw, "2025-H1", S("2025-Q1", Measurement.YesNo(false)), S("2025-Q2", Measurement.YesNo(true))).Status);
    }

    [Fact]
    public void Percentage_DefaultIsMean()
    {
        // (80 + 91) ÷ 2 = 85.5.
        var fw = One(MeasureKind.Percentage, new Target(Comparison.AtLeast, 85), ThresholdRule.Instance);
        Assert.Equal(85.5m, ScoreOne(fw, "2025-H2", S("2025-Q3", Measurement.Percentage(80)), S("2025-Q4", Measurement.Percentage(91))).Value);
    }

    [Fact]
    public void NotApplicableParts_AreLeftOut_AllNotApplicable_IsNotApplicable()
    {
        // 9 ÷ 10 = 90 %; Q2 declared not applicable is left out and said so.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025-H1", S("2025-Q1", Measurement.Ratio(9, 10)), S("2025-Q2", Measurement.NotApplicable(MeasureKind.Ratio)));
        Assert.Equal(90m, score.Value);
        Assert.Contains("(1 not applicable left out)", score.Explanation, StringComparison.Ordinal);

        var none = ScoreOne(fw, "2025-H1", S("2025-Q1", Measurement.NotApplicable(MeasureKind.Ratio)));
        Assert.Equal(IndicatorStatus.NotApplicable, none.Status);
        Assert.Equal(0m, none.MaxPoints);
    }

    [Fact]
    public void UnusablePart_ScoresNoData_WithAProblem()
    {
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var result = Scorer.Score(fw, Set(S("2025-Q1", Measurement.Ratio(11, 10)), S("2025-Q2", Measurement.Ratio(9, 10))), new ScoringRequest(Period("2025")));
        Assert.Equal(IndicatorStatus.NoData, result.Scorecards[0].Indicators.Single().Status);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.MeasureMismatch);
    }

    [Fact]
    public void MonthAndCustomRequests_DoNotRollUp()
    {
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtLeast, 1), ThresholdRule.Instance);
        Assert.Equal(IndicatorStatus.NoData, ScoreOne(fw, "2025-01-01..2025-12-31", S("2025-Q1", Measurement.Quantity(3))).Status);
    }

    [Fact]
    public void Baseline_RolledUpFromQuarters()
    {
        // Baseline 2021 from its quarters (default for a quantity: the last, Q4 = 10); target 10 × (1 − 10 ÷ 100) = 9; 2025 value 9 → met.
        var target = new Target(Comparison.AtMost, 10, null, Baseline.FromPeriod(Period("2021")), TargetChange.RelativeReduction);
        var fw = One(MeasureKind.Quantity, target, ThresholdRule.Instance);
        var score = ScoreOne(fw, "2025", S("2021-Q3", Measurement.Quantity(12)), S("2021-Q4", Measurement.Quantity(10)), S("2025", Measurement.Quantity(9)));
        Assert.Equal(10m, score.Baseline);
        Assert.Equal(9m, score.Target);
        Assert.Equal(IndicatorStatus.Met, score.Status);
        Assert.Contains("(baseline 10)", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_RollUpUsesOnlyPartsKnownThen()
    {
        // As of 2025-07-20, Q1 (recorded 2025-04-10) and Q2's first revision (2025-07-10) are known: 8 + 9 = 17 of 20 → 85 %.
        // Q2's correction (2025-08-01) and Q3 come later.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance);
        var set = Set(
            S("2025-Q1", Measurement.Ratio(8, 10), "2025-04-10T00:00:00Z"),
            S("2025-Q2", Measurement.Ratio(9, 10), "2025-07-10T00:00:00Z"),
            S("2025-Q2", Measurement.Ratio(10, 10), "2025-08-01T00:00:00Z"),
            S("2025-Q3", Measurement.Ratio(10, 10), "2025-10-10T00:00:00Z"));
        var then = Scorer.Score(fw, set, new ScoringRequest(Period("2025"), At("2025-07-20T00:00:00Z"))).Scorecards[0].Indicators.Single();
        Assert.Equal(85m, then.Value);
        Assert.All(then.Source!.Parts, p => Assert.True(p.RecordedAt <= At("2025-07-20T00:00:00Z")));

        // Latest: 8 + 10 + 10 = 28 of 30 → 93.33…%.
        var now = Scorer.Score(fw, set, new ScoringRequest(Period("2025"))).Scorecards[0].Indicators.Single();
        Assert.Equal(28m * 100 / 30, now.Value);
    }

    [Fact]
    public void Revisions_KOfN_CountOnlyWhatWasKnown()
    {
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtLeast, 1), ThresholdRule.Instance);
        var set = Set(
            S("2025", Measurement.Quantity(1), "2026-01-10T00:00:00Z"),
            S("2025", Measurement.Quantity(2), "2026-01-20T00:00:00Z"),
            S("2025", Measurement.Quantity(3), "2026-02-01T00:00:00Z"));
        var early = Scorer.Score(fw, set, new ScoringRequest(Period("2025"), At("2026-01-25T00:00:00Z"))).Scorecards[0].Indicators.Single();
        Assert.Equal((2, 2), (early.Source!.Revision, early.Source.RevisionCount));
        var latest = Scorer.Score(fw, set, new ScoringRequest(Period("2025"))).Scorecards[0].Indicators.Single();
        Assert.Equal((3, 3), (latest.Source!.Revision, latest.Source.RevisionCount));
        string json = ScorecardJson.Write(Scorer.Score(fw, set, new ScoringRequest(Period("2025"), At("2026-01-25T00:00:00Z"))));
        Assert.Contains("\"revision\": 2,\n", json, StringComparison.Ordinal);
        Assert.Contains("\"revisions\": 2,\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void LateSubmission_IsFlagged_NotDropped()
    {
        // Calendar 2025-Q3 ends Tue 30 Sep; 3 working days → due Fri 3 Oct; late from 4 Oct 00:00 +07:00 = 3 Oct 17:00 UTC.
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtLeast, 1), ThresholdRule.Instance, deadline: new SubmissionDeadline(3));
        var onTime = ScoreOne(fw, "2025-Q3", S("2025-Q3", Measurement.Quantity(2), "2025-10-03T16:59:59Z"));
        Assert.False(onTime.IsLate);
        Assert.Equal(Date("2025-10-03"), onTime.Source!.Deadline);

        var late = ScoreOne(fw, "2025-Q3", S("2025-Q3", Measurement.Quantity(2), "2025-10-03T17:00:00Z"));
        Assert.True(late.IsLate);
        Assert.Equal(10m, late.Points);
        Assert.EndsWith(" Late: 2025-Q3 recorded 2025-10-03T17:00:00Z, due by the end of 2025-10-03 (UTC+07:00).", late.Explanation, StringComparison.Ordinal);

        string json = ScorecardJson.Write(Scorer.Score(fw, Set(S("2025-Q3", Measurement.Quantity(2), "2025-10-03T17:00:00Z")), new ScoringRequest(Period("2025-Q3"))));
        Assert.Contains("\"late\": true,\n", json, StringComparison.Ordinal);
        Assert.Contains("\"deadline\": \"2025-10-03\",\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void LateParts_OfARollUp_AreNamed()
    {
        // Q1 (due Thu 3 Apr 2025) recorded on 2025-04-10: late; Q2 (due Thu 3 Jul) recorded 2025-07-01: on time.
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtLeast, 1), ThresholdRule.Instance, PeriodRollUpMethod.Sum, new SubmissionDeadline(3));
        var score = ScoreOne(fw, "2025-H1", S("2025-Q1", Measurement.Quantity(1), "2025-04-10T00:00:00Z"), S("2025-Q2", Measurement.Quantity(1), "2025-07-01T00:00:00Z"));
        Assert.True(score.IsLate);
        Assert.Equal("2025-Q1", Assert.Single(score.Source!.Late).Period.ToString());
        string json = ScorecardJson.Write(Scorer.Score(fw, Set(S("2025-Q1", Measurement.Quantity(1), "2025-04-10T00:00:00Z")), new ScoringRequest(Period("2025-H1"))));
        Assert.Contains("\"rollUp\": \"sum\"", json, StringComparison.Ordinal);
        Assert.Contains("\"period\": \"2025-Q1\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PeriodRollUpMethod.Pool, MeasureKind.Ratio, true)]
    [InlineData(PeriodRollUpMethod.Sum, MeasureKind.Ratio, false)]
    [InlineData(PeriodRollUpMethod.Mean, MeasureKind.Ratio, false)]
    [InlineData(PeriodRollUpMethod.WeightedMean, MeasureKind.Duration, true)]
    [InlineData(PeriodRollUpMethod.Sum, MeasureKind.Duration, false)]
    [InlineData(PeriodRollUpMethod.All, MeasureKind.YesNo, true)]
    [InlineData(PeriodRollUpMethod.All, MeasureKind.Quantity, false)]
    [InlineData(PeriodRollUpMethod.Max, MeasureKind.Percentage, true)]
    public void Fits(PeriodRollUpMethod method, MeasureKind measure, bool fits)
    {
        Assert.Equal(fits, PeriodRollUpMethods.Fits(method, measure));
    }

    [Fact]
    public void Names_RoundTrip()
    {
        foreach (var method in Enum.GetValues<PeriodRollUpMethod>())
        {
            Assert.True(Cchc.Scoring.Serialization.FileNames.TryParse<PeriodRollUpMethod>(Cchc.Scoring.Serialization.FileNames.Of(method), out var back));
            Assert.Equal(method, back);
        }

        Assert.False(Cchc.Scoring.Serialization.FileNames.TryParse<PeriodRollUpMethod>("median", out _));
    }
}
