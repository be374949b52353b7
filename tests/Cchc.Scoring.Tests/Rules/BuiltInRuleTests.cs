using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Rules;

public class BuiltInRuleTests
{
    [Fact]
    public void Threshold_AtLeast_ExactBoundary_Met()
    {
        // T09 "tối thiểu 95%": 95.00 >= 95 holds, so the full 10 points.
        var outcome = Evaluate(ThresholdRule.Instance, 95.00m, Comparison.AtLeast, 95, 10);
        Assert.Equal(10m, outcome.Points);
        Assert.Equal("95 ≥ 95 → 10", outcome.Formula);
    }

    [Fact]
    public void Threshold_GreaterThan_ExactBoundary_NotMet()
    {
        // T21 "đạt trên 95%": 95.00 > 95 is false, so 0 points.
        var outcome = Evaluate(ThresholdRule.Instance, 95.00m, Comparison.GreaterThan, 95, 10);
        Assert.Equal(0m, outcome.Points);
        Assert.Equal("95 ≤ 95 → 0", outcome.Formula);
    }

    [Fact]
    public void Threshold_GreaterThan_JustAbove_Met()
    {
        // 95.01 > 95 holds.
        Assert.Equal(10m, Evaluate(ThresholdRule.Instance, 95.01m, Comparison.GreaterThan, 95, 10).Points);
    }

    [Fact]
    public void Threshold_AtMost_Fifteen_Met()
    {
        // T07 "tối đa 15 phút": 15 <= 15 holds.
        Assert.Equal(10m, Evaluate(ThresholdRule.Instance, 15m, Comparison.AtMost, 15, 10).Points);
    }

    [Fact]
    public void Threshold_AtMost_JustAbove_NotMet()
    {
        // 15.01 <= 15 is false.
        var outcome = Evaluate(ThresholdRule.Instance, 15.01m, Comparison.AtMost, 15, 10);
        Assert.Equal(0m, outcome.Points);
        Assert.Equal("15.01 > 15 → 0", outcome.Formula);
    }

    [Fact]
    public void Threshold_LessThan_Boundary_NotMet()
    {
        // 15 < 15 is false.
        Assert.Equal(0m, Evaluate(ThresholdRule.Instance, 15m, Comparison.LessThan, 15, 10).Points);
    }

    [Fact]
    public void Proportional_AtLeast_BelowTarget()
    {
        // 87.5 × 10 ÷ 90 = 875 ÷ 90 = 9.7222…
        var outcome = Evaluate(ProportionalRule.Instance, 87.5m, Comparison.AtLeast, 90, 10);
        Assert.Equal(875m / 90m, outcome.Points);
        Assert.Equal("87.5 < 90 → 87.5 × 10 ÷ 90 = 9.722222…", outcome.Formula);
    }

    [Fact]
    public void Proportional_AtLeast_AtTarget_Full()
    {
        // 90 >= 90: met, full points.
        Assert.Equal(10m, Evaluate(ProportionalRule.Instance, 90m, Comparison.AtLeast, 90, 10).Points);
    }

    [Fact]
    public void Proportional_AtLeast_AboveTarget_CappedAtMax()
    {
        // 100 >= 90: met, the maximum (not 100 × 10 ÷ 90 = 11.1).
        Assert.Equal(10m, Evaluate(ProportionalRule.Instance, 100m, Comparison.AtLeast, 90, 10).Points);
    }

    [Fact]
    public void Proportional_AtLeast_Zero_NoPoints()
    {
        // 0 × 10 ÷ 90 = 0.
        Assert.Equal(0m, Evaluate(ProportionalRule.Instance, 0m, Comparison.AtLeast, 90, 10).Points);
    }

    [Fact]
    public void Proportional_AtMost_MirrorForm()
    {
        // Lower is better: target × max ÷ value = 15 × 10 ÷ 20 = 7.5.
        var outcome = Evaluate(ProportionalRule.Instance, 20m, Comparison.AtMost, 15, 10);
        Assert.Equal(7.5m, outcome.Points);
        Assert.Equal("20 > 15 → 15 × 10 ÷ 20 = 7.5", outcome.Formula);
    }

    [Fact]
    public void Proportional_AtMost_Boundary_Full()
    {
        // 15 <= 15: met; 15.01 → 15 × 10 ÷ 15.01 = 9.99333…
        Assert.Equal(10m, Evaluate(ProportionalRule.Instance, 15m, Comparison.AtMost, 15, 10).Points);
        Assert.Equal(150m / 15.01m, Evaluate(ProportionalRule.Instance, 15.01m, Comparison.AtMost, 15, 10).Points);
    }

    [Fact]
    public void Goalposts_AtLeast_Floor_Midpoint_Target()
    {
        var rule = new GoalpostsRule(50);

        // At the floor: (50 − 50) ÷ (90 − 50) = 0 → 0 points.
        Assert.Equal(0m, Evaluate(rule, 50m, Comparison.AtLeast, 90, 10).Points);

        // Midpoint: (70 − 50) ÷ (90 − 50) = 0.5 → 0.5 × 10 = 5.
        var mid = Evaluate(rule, 70m, Comparison.AtLeast, 90, 10);
        Assert.Equal(5m, mid.Points);
        Assert.Equal("70 < 90 → (70 − 50) ÷ (90 − 50) = 0.5; × 10 = 5", mid.Formula);

        // At the target: met → 10.
        Assert.Equal(10m, Evaluate(rule, 90m, Comparison.AtLeast, 90, 10).Points);

        // Below the floor: clamped to 0.
        Assert.Equal(0m, Evaluate(rule, 30m, Comparison.AtLeast, 90, 10).Points);
    }

    [Fact]
    public void Goalposts_AtMost_Floor_Midpoint_Target()
    {
        var rule = new GoalpostsRule(60);

        // Floor 60 minutes → 0; target 15 → 10.
        Assert.Equal(0m, Evaluate(rule, 60m, Comparison.AtMost, 15, 10).Points);
        Assert.Equal(10m, Evaluate(rule, 15m, Comparison.AtMost, 15, 10).Points);

        // Midpoint 37.5: (60 − 37.5) ÷ (60 − 15) = 22.5 ÷ 45 = 0.5 → 5.
        var mid = Evaluate(rule, 37.5m, Comparison.AtMost, 15, 10);
        Assert.Equal(5m, mid.Points);
        Assert.Equal("37.5 > 15 → (60 − 37.5) ÷ (60 − 15) = 0.5; × 10 = 5", mid.Formula);

        // Above the floor: clamped to 0.
        Assert.Equal(0m, Evaluate(rule, 90m, Comparison.AtMost, 15, 10).Points);
    }

    [Fact]
    public void Goalposts_BaselineFloor()
    {
        // T10: baseline 10 units, target 10 × (1 − 10 ÷ 100) = 9.
        // Value 9.5: (10 − 9.5) ÷ (10 − 9) = 0.5 → 5 of 10.
        var outcome = Evaluate(GoalpostsRule.FromBaseline, 9.5m, Comparison.AtMost, 9, 10, baseline: 10);
        Assert.Equal(5m, outcome.Points);
        Assert.Equal("9.5 > 9 → (10 − 9.5) ÷ (10 − 9) = 0.5; × 10 = 5", outcome.Formula);

        // At the baseline: 0; at the target: 10.
        Assert.Equal(0m, Evaluate(GoalpostsRule.FromBaseline, 10m, Comparison.AtMost, 9, 10, baseline: 10).Points);
        Assert.Equal(10m, Evaluate(GoalpostsRule.FromBaseline, 9m, Comparison.AtMost, 9, 10, baseline: 10).Points);
    }

    [Fact]
    public void Goalposts_BaselineFloor_NoBaseline_Zero()
    {
        var outcome = Evaluate(GoalpostsRule.FromBaseline, 9.5m, Comparison.AtMost, 9, 10, baseline: null);
        Assert.Equal(0m, outcome.Points);
        Assert.Contains("no baseline", outcome.Formula, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Goalposts_GreaterThan_BelowTarget_Linear()
    {
        // 89 > 90 fails: (89 − 50) ÷ (90 − 50) = 39 ÷ 40 = 0.975 → 0.975 × 10 = 9.75.
        Assert.Equal(9.75m, Evaluate(new GoalpostsRule(50), 89m, Comparison.GreaterThan, 90, 10).Points);
    }

    private static readonly StepsRule HigherSteps = new([new Breakpoint(80, 4), new Breakpoint(90, 7), new Breakpoint(95, 10)]);

    private static readonly StepsRule LowerSteps = new([new Breakpoint(15, 10), new Breakpoint(30, 5), new Breakpoint(60, 2)]);

    [Theory]
    [InlineData("100", "10")] // above the top step: the largest at ≤ 100 is 95 → 10
    [InlineData("95", "10")] // exactly at 95 → 10
    [InlineData("94.99", "7")] // largest at ≤ 94.99 is 90 → 7
    [InlineData("90", "7")] // exactly at 90 → 7
    [InlineData("89.99", "4")] // 80 → 4
    [InlineData("80", "4")] // exactly at 80 → 4
    [InlineData("79.99", "0")] // below every step → 0
    public void Steps_AtLeast_Breakpoints(string value, string points)
    {
        decimal v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        decimal p = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(p, Evaluate(HigherSteps, v, Comparison.AtLeast, 95, 10).Points);
    }

    [Theory]
    [InlineData("0", "10")] // below the first step: the smallest at ≥ 0 is 15 → 10
    [InlineData("15", "10")] // exactly at 15 → 10
    [InlineData("15.01", "5")] // smallest at ≥ 15.01 is 30 → 5
    [InlineData("30", "5")] // exactly at 30 → 5
    [InlineData("30.5", "2")] // 60 → 2
    [InlineData("60", "2")] // exactly at 60 → 2
    [InlineData("60.01", "0")] // beyond every step → 0
    public void Steps_AtMost_Breakpoints(string value, string points)
    {
        decimal v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        decimal p = decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(p, Evaluate(LowerSteps, v, Comparison.AtMost, 15, 10).Points);
    }

    [Fact]
    public void Steps_Formula_NamesTheStep()
    {
        Assert.Equal("90 < 95; step 90 ≥ 90 → 7", Evaluate(HigherSteps, 90m, Comparison.AtLeast, 95, 10).Formula);
        Assert.Equal("60.01 > 15; 60.01 > 60 (beyond every step) → 0", Evaluate(LowerSteps, 60.01m, Comparison.AtMost, 15, 10).Formula);
    }

    [Fact]
    public void Steps_Construction_Invalid_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => new StepsRule([]));
        Assert.Throws<System.ArgumentException>(() => new StepsRule([new Breakpoint(1, 1), new Breakpoint(1, 2)]));
        Assert.Throws<System.ArgumentNullException>(() => new StepsRule(null!));
    }

    [Fact]
    public void YesNo_WantedAnswer_Full()
    {
        // T16: yes = yes → 10; no ≠ yes → 0.
        var yes = Cchc.Scoring.Measurement.YesNo(true);
        var no = Cchc.Scoring.Measurement.YesNo(false);
        var met = RuleOutcome.Of(YesNoRule.Instance, new RuleInput(yes, 1, 1, Comparison.Equal, null, 10));
        var notMet = RuleOutcome.Of(YesNoRule.Instance, new RuleInput(no, 0, 1, Comparison.Equal, null, 10));
        Assert.Equal(10m, met.Points);
        Assert.Equal("yes = yes → 10", met.Formula);
        Assert.Equal(0m, notMet.Points);
        Assert.Equal("no ≠ yes → 0", notMet.Formula);
    }

    [Fact]
    public void YesNo_TargetNo_NoIsMet()
    {
        var no = Cchc.Scoring.Measurement.YesNo(false);
        Assert.Equal(5m, YesNoRule.Instance.Evaluate(new RuleInput(no, 0, 0, Comparison.Equal, null, 5)));
    }

    [Fact]
    public void Tracked_AlwaysZero()
    {
        var met = Evaluate(TrackedRule.Instance, 99m, Comparison.AtLeast, 95, 0);
        Assert.Equal(0m, met.Points);
        Assert.Equal("99 ≥ 95; tracked only → 0", met.Formula);
        Assert.Equal(0m, Evaluate(TrackedRule.Instance, 10m, Comparison.AtLeast, 95, 0).Points);
    }

    [Fact]
    public void Registry_Default_KnowsBuiltIns()
    {
        Assert.Equal(["goalposts", "piecewise", "proportional", "steps", "threshold", "tracked", "yesNo"], RuleRegistry.Default.Kinds);
    }

    [Fact]
    public void Registry_With_DuplicateKind_Throws()
    {
        var factory = RuleRegistry.Default.Find("threshold")!;
        Assert.Throws<System.ArgumentException>(() => RuleRegistry.Default.With(factory));
    }
}
