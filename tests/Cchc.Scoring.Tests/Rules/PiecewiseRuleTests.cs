using System;
using System.Linq;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Rules;

public sealed class PiecewiseRuleTests
{
    private const string RulePath = "$.areas[0].indicators[0].rule";

    // "≤ 15 minutes full points (4), linear down to 0 at 30 minutes."
    private static readonly PiecewiseRule WaitingTime = new(Interpolation.Linear, [new Breakpoint(15, 4), new Breakpoint(30, 0)]);

    // Higher is better, three breakpoints: 50 → 0, 80 → 6, 100 → 10.
    private static readonly Breakpoint[] Rates = [new Breakpoint(50, 0), new Breakpoint(80, 6), new Breakpoint(100, 10)];

    [Theory]
    [InlineData(15, 4)] // first breakpoint: its points
    [InlineData(30, 0)] // last breakpoint: its points
    [InlineData(22.5, 2)] // 4 + 7.5 × (−4) ÷ 15 = 4 − 2
    [InlineData(10, 4)] // before the first breakpoint: the first's points
    [InlineData(60, 0)] // after the last: the last's points
    public void Linear_LowerIsBetter_AtEveryBreakpointAndBetween(decimal minutes, decimal expected)
    {
        Assert.Equal(expected, Evaluate(WaitingTime, minutes, Comparison.AtMost, 15, 4).Points);
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(80, 6)]
    [InlineData(100, 10)]
    [InlineData(65, 3)] // 0 + 15 × 6 ÷ 30
    [InlineData(90, 8)] // 6 + 10 × 4 ÷ 20
    [InlineData(49.99, 0)]
    [InlineData(100.5, 10)]
    public void Linear_HigherIsBetter_AtEveryBreakpointAndBetween(decimal rate, decimal expected)
    {
        Assert.Equal(expected, Evaluate(new PiecewiseRule(Interpolation.Linear, Rates), rate, Comparison.AtLeast, 80, 10).Points);
    }

    [Theory]
    [InlineData(50, 0)]
    [InlineData(79.99, 0)] // the breakpoint on the worse side is 50
    [InlineData(80, 6)]
    [InlineData(99.99, 6)]
    [InlineData(100, 10)]
    [InlineData(30, 0)]
    public void Step_HigherIsBetter_AtEveryBreakpointAndJustBelow(decimal rate, decimal expected)
    {
        Assert.Equal(expected, Evaluate(new PiecewiseRule(Interpolation.Step, Rates), rate, Comparison.AtLeast, 80, 10).Points);
    }

    [Theory]
    [InlineData(15, 4)]
    [InlineData(15.01, 2)] // the breakpoint on the worse side is 30
    [InlineData(30, 2)]
    [InlineData(30.01, 0)]
    [InlineData(45, 0)]
    [InlineData(5, 4)]
    public void Step_LowerIsBetter_AtEveryBreakpointAndJustAbove(decimal minutes, decimal expected)
    {
        var rule = new PiecewiseRule(Interpolation.Step, [new Breakpoint(15, 4), new Breakpoint(30, 2), new Breakpoint(45, 0)]);
        Assert.Equal(expected, Evaluate(rule, minutes, Comparison.AtMost, 15, 4).Points);
    }

    [Fact]
    public void Linear_BetweenBreakpoints_ExactDecimal()
    {
        // 4 + (20 − 15) × (0 − 4) ÷ (30 − 15) = 4 − 20 ÷ 15 = 4 − 1.3333333333333333333333333333.
        Assert.Equal(2.6666666666666666666666666667m, Evaluate(WaitingTime, 20, Comparison.AtMost, 15, 4).Points);
    }

    [Fact]
    public void Linear_Explains_TheArithmetic()
    {
        Assert.Equal("20 > 15; 4 + (20 − 15) × (0 − 4) ÷ (30 − 15) = 2.666667…", Evaluate(WaitingTime, 20, Comparison.AtMost, 15, 4).Formula);
    }

    [Fact]
    public void Read_WritesBack_Canonically()
    {
        string rule = """{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 30, "points": 0 }, { "at": 15, "points": 4 }] }""";
        var framework = FrameworkJson.Read(OneIndicatorJson(rule, "duration", """{ "comparison": "<=", "value": 15 }""", 4)).GetValueOrThrow();
        var read = Assert.IsType<PiecewiseRule>(framework.Indicators.Single().Rule);
        Assert.Equal([15m, 30m], read.Breakpoints.Select(b => b.At));
        string text = FrameworkJson.Write(framework);
        Assert.Contains("\"kind\": \"piecewise\",\n", text, StringComparison.Ordinal);
        Assert.Equal(text, FrameworkJson.Write(FrameworkJson.Read(text).GetValueOrThrow()));
    }

    [Theory]
    [InlineData("""{ "kind": "piecewise", "breakpoints": [{ "at": 15, "points": 4 }, { "at": 30, "points": 0 }] }""", "", "'interpolation'")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "cubic", "breakpoints": [{ "at": 15, "points": 4 }, { "at": 30, "points": 0 }] }""", ".interpolation", "\"linear\" or \"step\"")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear" }""", "", "'breakpoints'")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 15, "points": 4 }] }""", ".breakpoints", "at least two")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 15, "points": 4 }, { "at": 15, "points": 0 }] }""", ".breakpoints[1].at", "share the value 15")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 15, "points": 4 }, { "at": "30", "points": 0 }] }""", ".breakpoints[1]", "{ \"at\": number")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 15, "points": 4 }, { "at": 30, "points": 0, "pts": 1 }] }""", ".breakpoints[1].pts", "Unknown field 'pts'")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 15, "points": 5 }, { "at": 30, "points": 0 }] }""", ".breakpoints[0].points", "between 0 and the indicator's 4 points")]
    [InlineData("""{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [{ "at": 15, "points": 0 }, { "at": 30, "points": 4 }] }""", ".breakpoints[1].points", "never earn fewer points")]
    public void Read_BadParameters_AreLocatedProblems(string rule, string relativePath, string message)
    {
        var result = FrameworkJson.Read(OneIndicatorJson(rule, "duration", """{ "comparison": "<=", "value": 15 }""", 4));
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath + relativePath, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnYesNo_IsAMismatch()
    {
        string rule = """{ "kind": "piecewise", "interpolation": "step", "breakpoints": [{ "at": 0, "points": 0 }, { "at": 1, "points": 4 }] }""";
        var result = FrameworkJson.Read(OneIndicatorJson(rule, "yesNo", """{ "comparison": "=", "value": 1 }""", 4));
        Assert.Equal(ProblemCodes.RuleMismatch, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Constructor_RejectsTooFewOrSharedBreakpoints()
    {
        Assert.Throws<ArgumentException>(() => new PiecewiseRule(Interpolation.Linear, [new Breakpoint(1, 1)]));
        Assert.Throws<ArgumentException>(() => new PiecewiseRule(Interpolation.Linear, [new Breakpoint(1, 1), new Breakpoint(1, 2)]));
    }

    [CheckedProperty(300)]
    public Property Linear_StaysBetweenItsNeighbours_AndIsMonotone(int a, int b)
    {
        // Along 50 → 0, 80 → 6, 100 → 10, the points never fall as the value rises and stay within [0, 10].
        decimal x = Math.Abs(a % 12000) / 100m, y = Math.Abs(b % 12000) / 100m;
        var rule = new PiecewiseRule(Interpolation.Linear, Rates);
        decimal px = Evaluate(rule, x, Comparison.AtLeast, 80, 10).Points, py = Evaluate(rule, y, Comparison.AtLeast, 80, 10).Points;
        return (px >= 0 && px <= 10 && (x <= y ? px <= py : px >= py)).ToProperty();
    }
}
