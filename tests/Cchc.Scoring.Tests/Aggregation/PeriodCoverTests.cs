using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

/// <summary>
/// D19: a period roll-up uses the best non-overlapping cover of the period by the sub-periods submitted (for each half
/// the half-year, else its quarters, else their months) and names every submission it leaves out, with the reason.
/// </summary>
public class PeriodCoverTests
{
    private static Framework One(MeasureKind measure, Target target, IScoringRule rule, PeriodRollUpMethod? rollUp = null, decimal points = 10) =>
        new("t", "1", Text("t"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), ReportingCalendar.Calendar, RoundingPolicy.Default, points, Bands,
            [Area("A1", new Indicator("I1", Text("I1"), measure, "units", target, rule, points, new IndicatorOptions { PeriodRollUp = rollUp }))]);

    private static Framework Ratio() => One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance);

    private static IndicatorScore ScoreOne(Framework framework, string period, NodaTime.Instant? asOf, params Submission[] submissions) =>
        Scorer.Score(framework, Set(submissions), new ScoringRequest(Period(period), asOf)).Scorecards.Single().Indicators.Single();

    private static IndicatorScore ScoreOne(Framework framework, string period, params Submission[] submissions) => ScoreOne(framework, period, null, submissions);

    private static Submission S(string period, Measurement m, string recorded = "2026-01-10T02:00:00Z") => Submission("VP", period, "I1", m, At(recorded));

    private static readonly Submission[] HalfAndQuarters =
    [
        S("2025-H1", Measurement.Ratio(1000, 1500)), S("2025-Q3", Measurement.Ratio(800, 800)), S("2025-Q4", Measurement.Ratio(900, 900)),
    ];

    [Fact]
    public void D19_YearFromHalfYearAndQuarters_PoolsTheWholeCover()
    {
        // Before: "pool of 1 of 2 half-years (2025-H1: 1000/1500)" = 66.67 %, Q3 and Q4 named nowhere.
        // Now H1 covers January–June, Q3 and Q4 the rest: numerators 1000 + 800 + 900 = 2700, denominators 1500 + 800 + 900 = 3200;
        // 2700 ÷ 3200 × 100 = 84.375 % < 90 → proportional 84.375 × 10 ÷ 90 = 9.375 points.
        var score = ScoreOne(Ratio(), "2025", HalfAndQuarters);
        Assert.Equal(84.375m, score.Value);
        Assert.Equal(9.38m, score.Points);
        Assert.False(score.IsPartial);
        Assert.Equal(["2025-H1", "2025-Q3", "2025-Q4"], score.Source!.Parts.Select(p => p.Period.ToString()));
        Assert.Equal(12, score.Source.CoveredMonths);
        Assert.Equal(12, score.Source.PeriodMonths);
        Assert.Equal(0, score.Source.ExpectedParts);
        Assert.Empty(score.Source.LeftOut);
        Assert.StartsWith(
            "pool of 3 parts covering 12 of 12 months (2025-H1: 1000/1500, 2025-Q3: 800/800, 2025-Q4: 900/900): numerators 1000 + 800 + 900 = 2700, denominators 1500 + 800 + 900 = 3200; value 2700 ÷ 3200 × 100 = 84.375 %",
            score.Explanation,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "cộng dồn 3 kỳ, phủ 12/12 tháng (2025-H1: 1.000/1.500, 2025-Q3: 800/800, 2025-Q4: 900/900): tử số 1.000 + 800 + 900 = 2.700, mẫu số 1.500 + 800 + 900 = 3.200; giá trị 2.700 ÷ 3.200 × 100 = 84,375 %",
            score.ExplanationIn(Language.Vi),
            StringComparison.Ordinal);
    }

    [Fact]
    public void D19_QuarterInsideAUsedHalfYear_IsNamedWithItsReason()
    {
        // H1 and Q1 both submitted: H1 is used (it contains Q1), so 1000 + 800 + 900 of 1500 + 800 + 900 as above;
        // Q1 (0/100) is left out and named: in the explanation, the trace, the JSON trace.
        var score = ScoreOne(Ratio(), "2025", [.. HalfAndQuarters, S("2025-Q1", Measurement.Ratio(0, 100))]);
        Assert.Equal(84.375m, score.Value);
        var left = Assert.Single(score.Source!.LeftOut);
        Assert.Equal("2025-Q1", left.Submission.Period.ToString());
        Assert.Equal(LeftOutReason.InsideLongerPart, left.Reason);
        Assert.Equal("2025-H1", left.CoveredBy.ToString());
        Assert.EndsWith(" Not used — inside a longer sub-period used: 2025-Q1 (in 2025-H1).", score.Explanation, StringComparison.Ordinal);
        Assert.EndsWith(" Không dùng — nằm trong một kỳ dài hơn đã dùng: 2025-Q1 (trong 2025-H1).", score.ExplanationIn(Language.Vi), StringComparison.Ordinal);
        Assert.Contains("Not used: VP 2025-Q1 I1 = 0/100, recorded 2026-01-10T02:00:00Z, revision 1 of 1 (inside a longer sub-period used: 2025-H1)\n", score.Trace.Render(Language.En), StringComparison.Ordinal);
        Assert.Single(score.Trace.LeftOut);
    }

    [Fact]
    public void D19_LeftOutAppearsInTheJsonTrace()
    {
        var fw = Ratio();
        var result = Scorer.Score(fw, Set([.. HalfAndQuarters, S("2025-Q1", Measurement.Ratio(0, 100))]), new ScoringRequest(Period("2025")));
        string json = ScorecardJson.Write(result);
        Assert.Contains("\"leftOut\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\": \"insideLongerPart\"", json, StringComparison.Ordinal);
        Assert.Contains("\"coveredBy\": \"2025-H1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void D19_ALeftOutSubmission_EntersTheFingerprint()
    {
        // The left-out Q1 is named in the trace, so changing it changes the fingerprint, though not the value.
        var fw = Ratio();
        string Print(Measurement q1) => Scorer.Score(fw, Set([.. HalfAndQuarters, S("2025-Q1", q1)]), new ScoringRequest(Period("2025"))).Scorecards.Single().Fingerprint;
        Assert.NotEqual(Print(Measurement.Ratio(0, 100)), Print(Measurement.Ratio(1, 100)));
    }

    [Fact]
    public void D19_CustomRangesTilingTheYear_AreNamedNotSilent()
    {
        // Two custom ranges cover 2025 exactly; custom ranges are not rolled up, and the explanation says so instead of
        // "No submission for 2025".
        var score = ScoreOne(Ratio(), "2025",
            S("2025-01-01..2025-06-30", Measurement.Ratio(1, 2)), S("2025-07-01..2025-12-31", Measurement.Ratio(2, 2)));
        Assert.Equal(IndicatorStatus.NoData, score.Status);
        Assert.Equal(
            "No usable submission for 2025 (custom ranges are not rolled up: 2025-01-01..2025-06-30, 2025-07-01..2025-12-31). 0 of 10 points.",
            score.Explanation);
        Assert.Equal(
            "Không có số liệu dùng được cho kỳ 2025 (khoảng thời gian tùy chọn không được tổng hợp: 2025-01-01..2025-06-30, 2025-07-01..2025-12-31). 0/10 điểm.",
            score.ExplanationIn(Language.Vi));
        Assert.Equal(2, score.Trace.LeftOut.Count);
        Assert.All(score.Trace.LeftOut, l => Assert.Equal(LeftOutReason.CustomRange, l.Reason));
    }

    [Fact]
    public void D19_YearlySubmission_IsNotUsedForAQuarter_AndSaysSo()
    {
        var score = ScoreOne(Ratio(), "2025-Q3", S("2025", Measurement.Ratio(9, 10)));
        Assert.Equal(IndicatorStatus.NoData, score.Status);
        Assert.Equal("No usable submission for 2025-Q3 (not inside 2025-Q3: 2025). 0 of 10 points.", score.Explanation);
    }

    [Fact]
    public void D19_PartialMixedCover_IsSaid()
    {
        // H1 and Q3 only: 6 + 3 = 9 of 12 months; (1000 + 800) ÷ (1500 + 800) × 100 = 1800 ÷ 2300 × 100 = 78.260869…
        var score = ScoreOne(Ratio(), "2025", HalfAndQuarters[0], HalfAndQuarters[1]);
        Assert.Equal(1800m * 100m / 2300m, score.Value);
        Assert.True(score.IsPartial);
        Assert.Contains("pool of 2 parts covering 9 of 12 months", score.Explanation, StringComparison.Ordinal);
        var card = Scorer.Score(Ratio(), Set(HalfAndQuarters[0], HalfAndQuarters[1]), new ScoringRequest(Period("2025"))).Scorecards.Single();
        Assert.Equal(new ScorecardCoverage(1, 1, 0, 0, 1), card.Coverage);
    }

    [Fact]
    public void D19_HalfYearFromAQuarterAndMonths()
    {
        // 2025-H2 from Q3 (30/40) and the months October (5/10), November (5/10), December (10/10):
        // (30 + 5 + 5 + 10) ÷ (40 + 10 + 10 + 10) × 100 = 50 ÷ 70 × 100 = 71.428571…; the whole half-year is covered.
        var score = ScoreOne(Ratio(), "2025-H2",
            S("2025-Q3", Measurement.Ratio(30, 40)), S("2025-10", Measurement.Ratio(5, 10)), S("2025-11", Measurement.Ratio(5, 10)), S("2025-12", Measurement.Ratio(10, 10)),
            S("2025-07", Measurement.Ratio(0, 1000)));
        Assert.Equal(50m * 100m / 70m, score.Value);
        Assert.False(score.IsPartial);
        Assert.Contains("covering 6 of 6 months", score.Explanation, StringComparison.Ordinal);
        Assert.Equal("2025-07", Assert.Single(score.Source!.LeftOut).Submission.Period.ToString());
    }

    [Fact]
    public void D19_AsOf_AHalfYearRecordedLater_DoesNotHideTheQuarters()
    {
        // As of 2025-08-01 only Q1 (9/10) and Q2 (10/10) were known: (9 + 10) ÷ (10 + 10) = 95 %; the H1 recorded on
        // 2025-09-01 neither counts nor covers them. Afterwards H1 (50/100) covers them: 50 %, and Q1, Q2 are left out.
        Submission[] subs = [S("2025-Q1", Measurement.Ratio(9, 10), "2025-04-10T00:00:00Z"), S("2025-Q2", Measurement.Ratio(10, 10), "2025-07-10T00:00:00Z"), S("2025-H1", Measurement.Ratio(50, 100), "2025-09-01T00:00:00Z")];
        var early = ScoreOne(Ratio(), "2025", At("2025-08-01T00:00:00Z"), subs);
        Assert.Equal(95m, early.Value);
        Assert.Empty(early.Source!.LeftOut);
        var late = ScoreOne(Ratio(), "2025", subs);
        Assert.Equal(50m, late.Value);
        Assert.Equal(2, late.Source!.LeftOut.Count);
    }

    [Theory]
    [InlineData(PeriodRollUpMethod.Sum)] // 10 + 4 + 5 = 19 (Q2's 100 lies inside H1 and is left out)
    [InlineData(PeriodRollUpMethod.Mean)] // 19 ÷ 3: each part counts once, whatever its length
    [InlineData(PeriodRollUpMethod.Max)] // 10
    [InlineData(PeriodRollUpMethod.Last)] // Q4: 5
    public void D19_Quantities_FollowTheMethod(PeriodRollUpMethod method)
    {
        decimal expected = method switch
        {
            PeriodRollUpMethod.Sum => 19m,
            PeriodRollUpMethod.Mean => 19m / 3m,
            PeriodRollUpMethod.Max => 10m,
            _ => 5m,
        };
        var fw = One(MeasureKind.Quantity, new Target(Comparison.AtMost, 100), ThresholdRule.Instance, method);
        var score = ScoreOne(fw, "2025", S("2025-H1", Measurement.Quantity(10)), S("2025-Q3", Measurement.Quantity(4)), S("2025-Q4", Measurement.Quantity(5)), S("2025-Q2", Measurement.Quantity(100)));
        Assert.Equal(expected, score.Value);
    }

    [Fact]
    public void D19_Durations_WeightedByCases()
    {
        // (20 × 100 + 10 × 100 + 10 × 200) ÷ (100 + 100 + 200) = 5000 ÷ 400 = 12.5 minutes.
        var fw = One(MeasureKind.Duration, new Target(Comparison.AtMost, 15), ThresholdRule.Instance, PeriodRollUpMethod.WeightedMean);
        var score = ScoreOne(fw, "2025", S("2025-H1", Measurement.Duration(20, 100)), S("2025-Q3", Measurement.Duration(10, 100)), S("2025-Q4", Measurement.Duration(10, 200)));
        Assert.Equal(12.5m, score.Value);
    }

    [Fact]
    public void D19_YesNo_AllPartsOfTheCover()
    {
        // H1 yes, Q3 yes, Q4 no → not every part yes → no.
        var fw = One(MeasureKind.YesNo, new Target(Comparison.Equal, 1), YesNoRule.Instance, PeriodRollUpMethod.All);
        var score = ScoreOne(fw, "2025", S("2025-H1", Measurement.YesNo(true)), S("2025-Q3", Measurement.YesNo(true)), S("2025-Q4", Measurement.YesNo(false)));
        Assert.Equal(0m, score.Value);
        Assert.Contains("not every part yes → no", score.Explanation, StringComparison.Ordinal);
    }
}
