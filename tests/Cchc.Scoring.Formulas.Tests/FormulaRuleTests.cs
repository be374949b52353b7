using System;
using System.Linq;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Formulas.Tests;

public sealed class FormulaRuleTests
{
    private static readonly RuleRegistry Registry = RuleRegistry.Default.With(FormulaRule.Factory);

    internal static FormulaRule Compile(string expression) => FormulaRule.Compile(expression).GetValueOrThrow();

    internal static RuleOutcome Evaluate(IScoringRule rule, decimal value, Comparison comparison, decimal target, decimal max, decimal? baseline = null)
    {
        var input = new RuleInput(Measurement.Percentage(value), value, target, comparison, baseline, max);
        return new RuleOutcome(rule.Evaluate(input), rule.Explain(input));
    }

    private static string Framework(string expression, string measure = "ratio", string target = """{ "comparison": ">=", "value": 90 }""") =>
        """
        {
          "id": "f",
          "version": "1",
          "name": { "vi": "F", "en": "F" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": 10,
          "areas": [ { "code": "A", "name": { "vi": "A", "en": "A" }, "indicators": [
            { "code": "I1", "name": { "vi": "I", "en": "I" }, "measure": "MEASURE", "target": TARGET,
              "rule": { "kind": "formula", "expression": EXPRESSION }, "points": 10 } ] } ]
        }
        """.Replace("MEASURE", measure, StringComparison.Ordinal).Replace("TARGET", target, StringComparison.Ordinal)
            .Replace("EXPRESSION", System.Text.Json.JsonSerializer.Serialize(expression, FormulaTestJson.Default.String), StringComparison.Ordinal);

    [Fact]
    public void Evaluate_MinOfShare_TimesMax()
    {
        // min(1, 87.5 / 90) × 10 = 0.97222… × 10 = 9.7222…
        var outcome = Evaluate(Compile("min(1, value / target) * maxPoints"), 87.5m, Comparison.AtLeast, 90, 10);
        Assert.Equal(Math.Min(1, 87.5m / 90m) * 10m, outcome.Points);
        Assert.Equal("min(1, value / target) * maxPoints with value = 87.5, target = 90, maxPoints = 10 → 9.722222…", outcome.Formula);
    }

    [Fact]
    public void Evaluate_IntegerDivision_IsExactDecimal()
    {
        // NCalc's own evaluator gives a double for 1 / 3; the formula rule stays in decimal.
        Assert.Equal(1m / 3m, Evaluate(Compile("1 / 3"), 0, Comparison.AtLeast, 1, 1).Points);
        Assert.Equal(0.3m, Evaluate(Compile("0.1 + 0.2"), 0, Comparison.AtLeast, 1, 1).Points);
    }

    [Theory]
    [InlineData("abs(value - target)", 80, 10)]
    [InlineData("clamp(value - 80, 0, 5)", 87.5, 5)]
    [InlineData("clamp(value - 80, 5, 0)", 87.5, 0)] // low above high: high wins, no exception
    [InlineData("max(1, 2, value / 10)", 87.5, 8.75)]
    [InlineData("if(value >= target, maxPoints, 0)", 87.5, 0)]
    [InlineData("value >= target ? maxPoints : 1", 90, 10)]
    [InlineData("if(value > 80 and not (value > 88), 3, 4)", 87.5, 3)]
    [InlineData("if(value < 80 or value == 87.5, 3, 4)", 87.5, 3)]
    [InlineData("-(-value) % 10", 87.5, 7.5)]
    [InlineData("[value] + {target}", 1, 91)]
    public void Evaluate_Operations(string expression, decimal value, decimal expected)
    {
        Assert.Equal(expected, Evaluate(Compile(expression), value, Comparison.AtLeast, 90, 10).Points);
    }

    [Fact]
    public void Evaluate_OnlyTheBranchTaken_IsEvaluated()
    {
        // target is 0, so value / target would divide by zero; the branch is not taken.
        Assert.Equal(10m, Evaluate(Compile("if(target > 0, value / target, maxPoints)"), 5, Comparison.AtLeast, 0, 10).Points);
    }

    [Fact]
    public void Evaluate_DivisionByZero_IsZeroPoints_NotAnException()
    {
        var outcome = Evaluate(Compile("value / target"), 5, Comparison.AtLeast, 0, 10);
        Assert.Equal(0m, outcome.Points);
        Assert.EndsWith(": division by zero → 0", outcome.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Overflow_IsZeroPoints_NotAnException()
    {
        var outcome = Evaluate(Compile("value * 79228162514264337593543950335"), 5, Comparison.AtLeast, 0, 10);
        Assert.Equal(0m, outcome.Points);
        Assert.EndsWith(": a number too large → 0", outcome.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RatioInputs_AndBaseline()
    {
        var rule = Compile("numerator / (denominator - excluded) * maxPoints + baseline");
        var input = new RuleInput(Measurement.Ratio(45, 110, 10), 45, 50, Comparison.AtLeast, 1, 10);

        // 45 ÷ (110 − 10) × 10 + 1 = 4.5 + 1.
        Assert.Equal(5.5m, rule.Evaluate(input));
        Assert.Equal(["baseline", "numerator", "denominator", "excluded", "maxPoints"], rule.UsedNames);
    }

    [Fact]
    public void Evaluate_MissingBaseline_IsZero()
    {
        var outcome = Evaluate(Compile("baseline - value"), 5, Comparison.AtMost, 4, 10);
        Assert.Equal(0m, outcome.Points);
        Assert.EndsWith(": no baseline → 0", outcome.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SameText_IsCompiledOnce()
    {
        Assert.Same(Compile("value * 2 + 1"), Compile("value * 2 + 1"));
        Assert.NotSame(Compile("value * 2 + 1"), Compile("value * 2 + 2"));
    }

    [Fact]
    public void Read_ThroughTheRegistry_LoadsAndWritesBackCanonically()
    {
        var framework = FrameworkJson.Read(Framework("min(1, value / target) * maxPoints"), Registry).GetValueOrThrow();
        var rule = Assert.IsType<FormulaRule>(framework.Indicators.Single().Rule);
        Assert.Equal("min(1, value / target) * maxPoints", rule.Expression);
        string text = FrameworkJson.Write(framework);
        Assert.Contains("\"expression\": \"min(1, value / target) * maxPoints\"", text, StringComparison.Ordinal);
        Assert.Equal(text, FrameworkJson.Write(FrameworkJson.Read(text, Registry).GetValueOrThrow()));
    }

    [Fact]
    public void Read_WithoutRegistration_IsAnUnknownKind()
    {
        var problem = Assert.Single(FrameworkJson.Read(Framework("value")).Problems);
        Assert.Equal(ProblemCodes.UnknownRule, problem.Code);
        Assert.DoesNotContain("formula", RuleRegistry.Default.Kinds);
        Assert.Contains("formula", RuleRegistry.Default.With(FormulaRule.Factory).Kinds);
    }

    [Fact]
    public void Read_BaselineWithoutABaselineTarget_IsAMismatch()
    {
        var problem = Assert.Single(FrameworkJson.Read(Framework("baseline - value"), Registry).Problems);
        Assert.Equal(ProblemCodes.RuleMismatch, problem.Code);
        Assert.Equal("$.areas[0].indicators[0].rule.expression", problem.Path);
    }

    [Fact]
    public void Read_RatioNamesOnAQuantity_AreAMismatch()
    {
        var problem = Assert.Single(FrameworkJson.Read(Framework("numerator", "quantity"), Registry).Problems);
        Assert.Equal(ProblemCodes.RuleMismatch, problem.Code);
    }

    [Fact]
    public void Read_MissingOrNonTextExpression_IsAProblem()
    {
        string missing = Framework("x").Replace(", \"expression\": \"x\"", string.Empty, StringComparison.Ordinal);
        Assert.Contains("'expression'", Assert.Single(FrameworkJson.Read(missing, Registry).Problems).Message, StringComparison.Ordinal);
        string number = Framework("x").Replace("\"expression\": \"x\"", "\"expression\": 5", StringComparison.Ordinal);
        Assert.Equal("$.areas[0].indicators[0].rule.expression", Assert.Single(FrameworkJson.Read(number, Registry).Problems).Path);
    }

    [Fact]
    public void Read_ManyProblems_AreAllReported()
    {
        var problems = FrameworkJson.Read(Framework("foo(value) + bar + Min(1, 2)"), Registry).Problems;
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("$.areas[0].indicators[0].rule.expression", p.Path));
        Assert.Contains(problems, p => p.Message.Contains("Unknown function 'foo'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("Unknown name 'bar'; the names are value, target, baseline, numerator, denominator, excluded, maxPoints.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("(did you mean 'min'?)", StringComparison.Ordinal));
    }
}

/// <summary>A rule's points and its explanation of them, for one input.</summary>
internal readonly record struct RuleOutcome(decimal Points, string Formula);
