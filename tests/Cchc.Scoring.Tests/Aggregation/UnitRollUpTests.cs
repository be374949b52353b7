using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

public class UnitRollUpTests
{
    private static SubmissionSet NineTenthsAndOneNinetieth(params Submission[] more) => new(
        new[]
        {
            Submission("A", "2025", "R", Measurement.Ratio(9, 10)),
            Submission("B", "2025", "R", Measurement.Ratio(1, 90)),
        }.Concat(more),
        DeptAB);

    [Fact]
    public void Pool_NineTenthsAndOneNinetieth_TenPercent()
    {
        // (9 + 1) ÷ (10 + 90) × 100 = 10 %; proportional ≥ 100 with 100 points: 10 × 100 ÷ 100 = 10 points; index 10.
        var result = Score(Framework([Ratio(rollUp: UnitRollUpMethod.Pool)]), NineTenthsAndOneNinetieth());
        var score = Find(result, "P", "R");
        Assert.Equal(10m, score.Value);
        Assert.Equal(10m, score.Points);
        Assert.Equal(IndicatorStatus.NotMet, score.Status);
        Assert.Equal(10m, result.Find("P")!.Index);
        Assert.True(result.Find("P")!.IsRollUp);
        Assert.Equal(Measurement.Ratio(10, 100), score.Trace.Figure);
        Assert.Equal("(9 + 1) ÷ (10 + 90) × 100 = 10 ÷ 100 × 100 = 10 %", score.Trace.RollUp!.Formula);
        Assert.Equal(["A", "B"], score.Trace.RollUp.Parts.Select(p => p.UnitId));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Mean_NineTenthsAndOneNinetieth_FortyFiveFiftySix()
    {
        // (90 + 1.1111…) ÷ 2 = 45.5555…%; points 45.5555… × 100 ÷ 100 → rounded to 45.56; index 45.56.
        var result = Score(Framework([Ratio(rollUp: UnitRollUpMethod.Mean)]), NineTenthsAndOneNinetieth());
        var score = Find(result, "P", "R");
        Assert.Equal(45.56m, System.Math.Round(score.Value!.Value, 2));
        Assert.Equal(45.56m, score.Points);
        Assert.Equal(45.56m, result.Find("P")!.Index);
        Assert.Equal("(90 + 1.111111…) ÷ 2 = 45.555556… %", score.Trace.RollUp!.Formula);
    }

    [Fact]
    public void FrameworkDefault_AppliesWhenTheIndicatorDeclaresNone()
    {
        var mean = Score(Framework([Ratio()], defaultUnitRollUp: UnitRollUpMethod.Mean), NineTenthsAndOneNinetieth());
        Assert.Equal(45.56m, Find(mean, "P", "R").Points);
        var pool = Score(Framework([Ratio()]), NineTenthsAndOneNinetieth());
        Assert.Equal(10m, Find(pool, "P", "R").Points);
    }

    [Fact]
    public void Pool_IgnoresTheParentsOwnSubmission_AndTracesIt()
    {
        var set = NineTenthsAndOneNinetieth(Submission("P", "2025", "R", Measurement.Ratio(50, 50)));
        var score = Find(Score(Framework([Ratio()]), set), "P", "R");
        Assert.Equal(10m, score.Points);
        Assert.Equal("P", score.Trace.IgnoredSubmission!.Submission.UnitId);
        Assert.Contains("not used: the indicator is rolled up from the units", score.Trace.Render(Language.En), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Own_UsesTheParentsOwnSubmission()
    {
        // The parent's own 50/50 = 100 % → 100 points, whatever its units report.
        var set = NineTenthsAndOneNinetieth(Submission("P", "2025", "R", Measurement.Ratio(50, 50)));
        var score = Find(Score(Framework([Ratio(rollUp: UnitRollUpMethod.Own)]), set), "P", "R");
        Assert.Equal(100m, score.Points);
        Assert.Null(score.Trace.RollUp);
    }

    [Fact]
    public void WithoutRollUpRequest_ParentIsScoredFromItsOwnSubmission()
    {
        var set = NineTenthsAndOneNinetieth(Submission("P", "2025", "R", Measurement.Ratio(50, 50)));
        var result = Score(Framework([Ratio()]), set, rollUp: false);
        Assert.Equal(100m, Find(result, "P", "R").Points);
        Assert.False(result.Find("P")!.IsRollUp);
    }

    [Fact]
    public void Nested_ChildWithUnitsContributesItsRollUp()
    {
        // G ← P ← {A, B}; G ← C. Pool: (9 + 1 + 40) ÷ (10 + 90 + 100) × 100 = 50 ÷ 200 × 100 = 25 %.
        var units = Hierarchy(new Cchc.Scoring.Unit("G", Text("G"), "province"), new Cchc.Scoring.Unit("P", Text("P"), "department", "G"), DivA, DivB, new Cchc.Scoring.Unit("C", Text("C"), "division", "G"));
        var set = new SubmissionSet(
            [
                Submission("A", "2025", "R", Measurement.Ratio(9, 10)),
                Submission("B", "2025", "R", Measurement.Ratio(1, 90)),
                Submission("C", "2025", "R", Measurement.Ratio(40, 100)),
            ],
            units);
        var score = Find(Score(Framework([Ratio()]), set), "G", "R");
        Assert.Equal(25m, score.Value);
        var parts = score.Trace.RollUp!.Parts;
        Assert.Equal(["C", "P"], parts.Select(p => p.UnitId));
        Assert.True(parts[1].IsRollUp);
        Assert.Equal(Measurement.Ratio(10, 100), parts[1].Figure);
    }

    [Fact]
    public void MissingUnit_IsLeftOutAndReported()
    {
        var set = new SubmissionSet([Submission("A", "2025", "R", Measurement.Ratio(9, 10))], DeptAB);
        var result = Score(Framework([Ratio()]), set);
        var score = Find(result, "P", "R");
        Assert.Equal(90m, score.Value); // only A: 9 ÷ 10 × 100 = 90
        Assert.Equal(["B"], score.Trace.RollUp!.MissingUnits);
        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.RollUpIncomplete);
        Assert.Equal(Severity.Warning, problem.Severity);
    }

    [Fact]
    public void NoUnitFigures_NoData_AllNotApplicable_NotApplicable()
    {
        var none = Find(Score(Framework([Ratio()]), new SubmissionSet([], DeptAB)), "P", "R");
        Assert.Equal(IndicatorStatus.NoData, none.Status);
        Assert.Equal(100m, none.MaxPoints);
        Assert.Equal(TraceOutcome.NoUnitFigures, none.Trace.Outcome);

        var set = new SubmissionSet(
            [
                Submission("A", "2025", "R", Measurement.NotApplicable(MeasureKind.Ratio)),
                Submission("B", "2025", "R", Measurement.Ratio(0, 5, 5)),
            ],
            DeptAB);
        var na = Find(Score(Framework([Ratio()]), set), "P", "R");
        Assert.Equal(IndicatorStatus.NotApplicable, na.Status);
        Assert.Equal(0m, na.MaxPoints);
        Assert.Equal(TraceOutcome.NoApplicableUnits, na.Trace.Outcome);
    }

    [Fact]
    public void Pool_Quantities_AddUp_WithRolledUpBaseline()
    {
        // T10-like: ≤ baseline(2021) × (1 − 10 ÷ 100), goalposts from the baseline, 10 points.
        // 2021: 4 + 6 = 10 → target 9; 2025: 4 + 5 = 9 ≤ 9 → met, 10 points.
        var t10 = new Indicator("Q", Text("Q"), MeasureKind.Quantity, "units", new Target(Comparison.AtMost, 10, null, Baseline.FromPeriod(Period("2021")), TargetChange.RelativeReduction), GoalpostsRule.FromBaseline, 10);
        var set = new SubmissionSet(
            [
                Submission("A", "2021", "Q", Measurement.Quantity(4)),
                Submission("B", "2021", "Q", Measurement.Quantity(6)),
                Submission("A", "2025", "Q", Measurement.Quantity(4)),
                Submission("B", "2025", "Q", Measurement.Quantity(5)),
            ],
            DeptAB);
        var score = Find(Score(Framework([t10]), set), "P", "Q");
        Assert.Equal(9m, score.Value);
        Assert.Equal(10m, score.Baseline);
        Assert.Equal(9m, score.Target);
        Assert.Equal(10m, score.Points);
        Assert.Equal("4 + 6 = 10", score.Trace.BaselineRollUp!.Formula.Replace("(", string.Empty, System.StringComparison.Ordinal).Replace(")", string.Empty, System.StringComparison.Ordinal));
        Assert.Equal(2, score.Trace.BaselineSources.Count);
    }

    [Fact]
    public void Pool_Durations_Average_AndYesNo_NeedsEveryUnit()
    {
        // Durations carry no weights: (12 + 26) ÷ 2 = 19 minutes. Yes/no: yes and no → no.
        var wait = new Indicator("D", Text("D"), MeasureKind.Duration, "minutes", new Target(Comparison.AtMost, 15), ThresholdRule.Instance, 10);
        var iso = new Indicator("Y", Text("Y"), MeasureKind.YesNo, string.Empty, new Target(Comparison.Equal, 1), YesNoRule.Instance, 10);
        var set = new SubmissionSet(
            [
                Submission("A", "2025", "D", Measurement.Duration(12)),
                Submission("B", "2025", "D", Measurement.Duration(26)),
                Submission("A", "2025", "Y", Measurement.YesNo(true)),
                Submission("B", "2025", "Y", Measurement.YesNo(false)),
            ],
            DeptAB);
        var result = Score(Framework([wait, iso]), set);
        Assert.Equal(19m, Find(result, "P", "D").Value);
        Assert.Equal(0m, Find(result, "P", "Y").Points);
        Assert.Equal("all of (yes, no) = no", Find(result, "P", "Y").Trace.RollUp!.Formula);
    }

    [Fact]
    public void BuiltInPlan_PooledIndicatorsOfTheDepartment_EqualItsOwnFigures()
    {
        // The synthetic sample's department figures for T01–T06, T09, T17–T20, T23 are the sums of its units' figures,
        // and the framework declares 'own' for the rest: so the roll-up of SO scores exactly as its own submissions.
        var plan = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var sample = BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);
        foreach (int year in new[] { 2021, 2025 })
        {
            var own = Scorer.Score(plan, sample, new ScoringRequest(Cchc.Scoring.ReportingPeriod.ForYear(year), units: ["SO"])).Find("SO")!;
            var rolled = Scorer.Score(plan, sample, new ScoringRequest(Cchc.Scoring.ReportingPeriod.ForYear(year), units: ["SO"], rollUpUnits: true)).Find("SO")!;
            Assert.True(rolled.IsRollUp);
            Assert.Equal(own.Indicators.Select(s => s.Points), rolled.Indicators.Select(s => s.Points));
            Assert.Equal(own.Index, rolled.Index);
            Assert.Equal(
                ["T01", "T02", "T03", "T04", "T05", "T06", "T09", "T17", "T18", "T19", "T20", "T23"],
                rolled.Indicators.Where(s => s.Trace.RollUp is not null).Select(s => s.Indicator.Code).Order(System.StringComparer.Ordinal));
        }
    }
}
