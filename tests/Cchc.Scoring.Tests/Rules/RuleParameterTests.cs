using System.Linq;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Rules;

public class RuleParameterTests
{
    private const string RulePath = "$.areas[0].indicators[0].rule";

    private static Problem Single(string json)
    {
        var result = FrameworkJson.Read(json);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_EveryBuiltInKind_Valid()
    {
        Assert.True(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "threshold" }""")).IsValid);
        Assert.True(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "proportional" }""")).IsValid);
        Assert.True(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "goalposts", "floor": 50 }""")).IsValid);
        Assert.True(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "steps", "steps": [{ "at": 90, "points": 10 }, { "at": 80, "points": 5 }] }""")).IsValid);
        Assert.True(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "yesNo" }""", "yesNo", """{ "comparison": "=", "value": 1 }""")).IsValid);
        Assert.True(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "tracked" }""", points: 0)).IsValid);
    }

    [Fact]
    public void Read_UnknownKind_ListsKnownKinds()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "linear" }"""));
        Assert.Equal(ProblemCodes.UnknownRule, problem.Code);
        Assert.Equal(RulePath + ".kind", problem.Path);
        Assert.Contains("'linear'", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("goalposts, piecewise, proportional, steps, threshold, tracked, yesNo", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingKind_Reported()
    {
        var problem = Single(OneIndicatorJson("""{ "floor": 50 }"""));
        Assert.Equal(ProblemCodes.MissingField, problem.Code);
        Assert.Equal(RulePath + ".kind", problem.Path);
    }

    [Fact]
    public void Read_Goalposts_MissingFloor()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "goalposts" }"""));
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath, problem.Path);
        Assert.Contains("'floor'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Goalposts_BadFloor()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "goalposts", "floor": "fifty" }"""));
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath + ".floor", problem.Path);
    }

    [Fact]
    public void Read_UnknownParameter_Reported()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "threshold", "cap": 5 }"""));
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath + ".cap", problem.Path);
        Assert.Contains("'cap'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Goalposts_FloorOnWrongSide()
    {
        // ≥ 90 with floor 95: the floor must lie below the target.
        var problem = Single(OneIndicatorJson("""{ "kind": "goalposts", "floor": 95 }"""));
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath + ".floor", problem.Path);
        Assert.Contains("below", problem.Message, System.StringComparison.Ordinal);

        // ≤ 15 with floor 10: the floor must lie above the target.
        var lower = Single(OneIndicatorJson("""{ "kind": "goalposts", "floor": 10 }""", "duration", """{ "comparison": "<=", "value": 15 }"""));
        Assert.Equal(RulePath + ".floor", lower.Path);
        Assert.Contains("above", lower.Message, System.StringComparison.Ordinal);

        // The floor equal to the target is on neither side.
        Assert.Equal(RulePath + ".floor", Single(OneIndicatorJson("""{ "kind": "goalposts", "floor": 90 }""")).Path);
    }

    [Fact]
    public void Read_Goalposts_BaselineFloorWithoutBaseline()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "goalposts", "floor": "baseline" }"""));
        Assert.Equal(ProblemCodes.RuleMismatch, problem.Code);
        Assert.Equal(RulePath + ".floor", problem.Path);
    }

    [Fact]
    public void Read_Steps_PointsAboveMax()
    {
        // 12 points in a step of a 10-point indicator.
        var problem = Single(OneIndicatorJson("""{ "kind": "steps", "steps": [{ "at": 90, "points": 12 }] }"""));
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath + ".steps", problem.Path);
        Assert.Contains("10", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Steps_OrderBroken()
    {
        // ≥: a higher bound (90) earning fewer points (3) than a lower one (80 → 5).
        var problem = Single(OneIndicatorJson("""{ "kind": "steps", "steps": [{ "at": 90, "points": 3 }, { "at": 80, "points": 5 }] }"""));
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal(RulePath + ".steps", problem.Path);
    }

    [Fact]
    public void Read_Steps_Malformed_EveryProblem()
    {
        var result = FrameworkJson.Read(OneIndicatorJson("""{ "kind": "steps", "steps": [{ "at": 90 }, { "at": 80, "points": 5 }, { "at": 80, "points": 4 }] }"""));
        Assert.Null(result.Value);
        Assert.Equal([RulePath + ".steps[0]", RulePath + ".steps[2].at"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal(ProblemCodes.InvalidRuleParameter, p.Code));
    }

    [Fact]
    public void Read_Steps_Empty()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "steps", "steps": [] }"""));
        Assert.Equal(RulePath + ".steps", problem.Path);
    }

    [Fact]
    public void Read_Proportional_Strict_Warns()
    {
        // T21 "> 95" with proportional: full points at 95, where the target is not met.
        var result = FrameworkJson.Read(OneIndicatorJson("""{ "kind": "proportional" }""", "percentage", """{ "comparison": ">", "value": 95 }"""));
        Assert.NotNull(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.StrictBoundary, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal(RulePath, problem.Path);
    }

    [Fact]
    public void Read_Goalposts_Strict_Warns()
    {
        // "> 90" with floor 50: at x = 90 the share is (90 − 50) ÷ (90 − 50) = 1, full points, yet 90 > 90 fails.
        var outcome = TestData.Evaluate(new GoalpostsRule(50), 90m, Comparison.GreaterThan, 90, 10);
        Assert.Equal(10m, outcome.Points);

        var result = FrameworkJson.Read(OneIndicatorJson("""{ "kind": "goalposts", "floor": 50 }""", "percentage", """{ "comparison": ">", "value": 90 }"""));
        Assert.NotNull(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.StrictBoundary, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal(RulePath, problem.Path);
    }

    [Fact]
    public void Read_YesNoRule_OnRatio_Mismatch()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "yesNo" }"""));
        Assert.Equal(ProblemCodes.RuleMismatch, problem.Code);
        Assert.Equal(RulePath, problem.Path);
    }

    [Fact]
    public void Read_Tracked_WithPoints_Mismatch()
    {
        var problem = Single(OneIndicatorJson("""{ "kind": "tracked" }"""));
        Assert.Equal(ProblemCodes.RuleMismatch, problem.Code);
    }

    [Fact]
    public void Read_CustomRule_ThroughRegistry()
    {
        var registry = RuleRegistry.Default.With(new HalfFactory());
        var json = OneIndicatorJson("""{ "kind": "half" }""");
        Assert.False(FrameworkJson.Read(json).IsValid);
        var framework = FrameworkJson.Read(json, registry).Value!;
        Assert.Equal("half", framework.Indicators.Single().Rule.Kind);
    }

    private sealed class HalfFactory : IRuleFactory
    {
        public string Kind => "half";

        public IScoringRule? Create(RuleParameters parameters) => new HalfRule();
    }

    private sealed class HalfRule : IScoringRule
    {
        public string Kind => "half";

        public decimal Evaluate(in RuleInput input) => input.MaxPoints / 2;

        public string Explain(in RuleInput input) => "half";

        public System.Collections.Generic.IEnumerable<Problem> Check(RuleSetting setting) => [];

        public void WriteParameters(System.Text.Json.Utf8JsonWriter writer)
        {
        }
    }
}
