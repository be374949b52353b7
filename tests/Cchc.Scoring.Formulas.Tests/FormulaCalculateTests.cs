using System;
using Cchc.Scoring.Rules;
using Cchc.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>
/// <see cref="FormulaRule.Calculate(in FormulaInputs)"/>: the points alone, allocation-free, the same as
/// <see cref="FormulaRule.Evaluate(in RuleInput)"/>; and <see cref="FormulaRule.Explain(in FormulaInputs)"/>: the same
/// text, built only when asked for.
/// </summary>
public sealed class FormulaCalculateTests
{
    private const string Proportional = "min(maxPoints, maxPoints * value / target)";
    private const string Threshold = "if(value >= target, maxPoints, 0)";
    private const string Goalposts = "clamp((value - baseline) / (target - baseline), 0, 1) * maxPoints";
    private const string Piecewise = "if(value <= 15, 4, if(value >= 30, 0, 4 + (value - 15) * (0 - 4) / (30 - 15)))";

    private static readonly string[] Typical =
    [
        Proportional,
        Threshold,
        Goalposts,
        Piecewise,
        "if(value >= target, maxPoints, if(target > 0, max(0, value) * maxPoints / target, 0))",
        "numerator / (denominator - excluded) * maxPoints + abs(baseline - value) % 7",
        "if(value > 80 and not (value > 88) or value == 1, max(1, 2, value / 10), -min(3, value, 4))",
        "value >= target ? maxPoints : 1",
    ];

    private static FormulaInputs Inputs(decimal value, decimal target = 90, decimal? baseline = 80, decimal max = 10) =>
        new(value, target, baseline, 45, 110, 10, max);

    [Fact]
    public void Inputs_FromARuleInput_HoldItsNumbers()
    {
        var input = new RuleInput(Measurement.Ratio(45, 110, 10), 45, 50, Comparison.AtLeast, 1.5m, 10);
        var inputs = new FormulaInputs(input);
        Assert.Equal((45m, 50m, 1.5m, 45m, 110m, 10m, 10m), (inputs.Value, inputs.Target, inputs.Baseline, inputs.Numerator, inputs.Denominator, inputs.Excluded, inputs.MaxPoints));
        Assert.Null(new FormulaInputs(new RuleInput(Measurement.Percentage(5), 5, 4, Comparison.AtMost, null, 10)).Baseline);
        Assert.Null(default(FormulaInputs).Baseline);
        Assert.Equal(0m, default(FormulaInputs).MaxPoints);
    }

    [Fact]
    public void Calculate_TypicalRules_GiveThePoints()
    {
        Assert.Equal(Math.Min(10m, 10m * 87.5m / 90m), Calc(Proportional, Inputs(87.5m)).Points);
        Assert.Equal(10m, Calc(Threshold, Inputs(92m)).Points);
        Assert.Equal(0m, Calc(Threshold, Inputs(87.5m)).Points);
        Assert.Equal(7.5m, Calc(Goalposts, Inputs(87.5m, 90, 80)).Points);
        Assert.Equal(4m + ((20m - 15m) * -4m / 15m), Calc(Piecewise, Inputs(20m)).Points);
        Assert.Equal(FormulaStatus.Computed, Calc(Piecewise, Inputs(20m)).Status);
    }

    [Fact]
    public void Calculate_DivisionByZero_Overflow_NoBaseline_AreZeroWithTheirStatus()
    {
        Assert.Equal(new FormulaResult(0, FormulaStatus.DivisionByZero), Calc("value / target", Inputs(5, 0)));
        Assert.Equal(new FormulaResult(0, FormulaStatus.DivisionByZero), Calc("value % (target - 90)", Inputs(5)));
        Assert.Equal(new FormulaResult(0, FormulaStatus.Overflow), Calc("value * 79228162514264337593543950335", Inputs(5)));
        Assert.Equal(new FormulaResult(0, FormulaStatus.NoBaseline), Calc(Goalposts, Inputs(5, baseline: null)));
        Assert.Equal(new FormulaResult(5, FormulaStatus.Computed), Calc("value + 0 * baseline", Inputs(5, baseline: 0)));
    }

    [Fact]
    public void Calculate_ConstantParts_ThatFail_FailEachTimeTheyAreReached()
    {
        // 1 / 0 is never computed ahead: only the branch taken fails, and it fails every time it is taken.
        var rule = FormulaRuleTests.Compile("if(value > 1, 1 / 0, 2) + 79228162514264337593543950335 * (value - value)");
        Assert.Equal(FormulaStatus.DivisionByZero, rule.Calculate(Inputs(5)).Status);
        Assert.Equal(FormulaStatus.DivisionByZero, rule.Calculate(Inputs(5)).Status);
        Assert.Equal(new FormulaResult(2, FormulaStatus.Computed), rule.Calculate(Inputs(1)));
        Assert.Equal(FormulaStatus.Overflow, Calc("value + 79228162514264337593543950335 + 1", Inputs(1)).Status);
        Assert.Equal(FormulaStatus.Overflow, Calc("if(value > 0, 79228162514264337593543950335 + 1, 0)", Inputs(1)).Status);
        Assert.Equal(0m, Calc("if(value > 0, 0, 79228162514264337593543950335 + 1)", Inputs(1)).Points);
    }

    [Fact]
    public void Calculate_ConstantParts_GiveWhatTheTextSays()
    {
        Assert.Equal((2m * 3m) + 7m, Calc("2 * 3 + value", Inputs(7)).Points);
        Assert.Equal(-7m, Calc("if(1 > 2, value, -value)", Inputs(7)).Points);
        Assert.Equal(3m, Calc("if(true and not false, max(1, 2, 3), value)", Inputs(7)).Points);
        Assert.Equal(3m + 2m + 4m + 2m, Calc("clamp(5, 1, 3) + abs(-2) + min(4, 5) + 10 % 4", Inputs(7)).Points);
        Assert.Equal(0.3m, Calc("1 >= 1 ? 0.1 + 0.2 : 0", Inputs(7)).Points);
        Assert.Equal(7m, Calc("if(1 = 1 or value / 0 > 1, value, 0)", Inputs(7)).Points);
    }

    [Fact]
    public void Calculate_EveryKindOfOperand_OnEitherSide()
    {
        // Names, numbers and other operations are read differently on each side of an operation: all nine pairs.
        var inputs = Inputs(7.5m, 2);
        string[] left = ["value", "3", "abs(value)"], right = ["target", "2", "abs(target)"];
        decimal[] a = [7.5m, 3m, 7.5m], b = [2m, 2m, 2m];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                string l = left[i], r = right[j];
                Assert.Equal(a[i] - b[j], Calc(l + " - " + r, inputs).Points);
                Assert.Equal(a[i] / b[j], Calc(l + " / " + r, inputs).Points);
                Assert.Equal(b[j] - a[i], Calc(r + " - " + l, inputs).Points);
                Assert.Equal(a[i] < b[j] ? 1m : 0m, Calc("if(" + l + " < " + r + ", 1, 0)", inputs).Points);
                Assert.Equal(b[j] <= a[i] ? 1m : 0m, Calc("if(" + r + " <= " + l + ", 1, 0)", inputs).Points);
                Assert.Equal(Math.Min(a[i], b[j]) - Math.Max(b[j], a[i]), Calc("min(" + l + ", " + r + ") - max(" + r + ", " + l + ")", inputs).Points);
            }
        }

        // A comparison as the condition of an if, giving a number or true/false, and a condition that is not a comparison.
        Assert.Equal(1m, Calc("if(if(value > 7, value < 8, false), 1, 0)", inputs).Points);
        Assert.Equal(0m, Calc("if(if(value > 8, true, value > 9), 1, 0)", inputs).Points);
        Assert.Equal(2m, Calc("value >= abs(target) ? target : value", inputs).Points);
        Assert.Equal(7.5m, Calc("if(value > 1 and value < 10, value, 0)", inputs).Points);

        Assert.Equal(FormulaStatus.DivisionByZero, Calc("3 / 0 + value", inputs).Status);
        Assert.Equal(FormulaStatus.DivisionByZero, Calc("value % (2 - 2)", inputs).Status);
    }

    [Fact]
    public void Calculate_ConstantDivision_KeepsTheExactDecimal()
    {
        Assert.Equal((0m - 4m) / (30m - 15m) * 7m, Calc("(0 - 4) / (30 - 15) * value", Inputs(7)).Points);
        Assert.Equal(1m / 3m, Calc("1 / 3", Inputs(0)).Points);
        Assert.Equal(2.50m * 2m, Calc("2.50 * 2", Inputs(0)).Points);
        Assert.Equal("5.00", Calc("2.50 * 2", Inputs(0)).Points.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [CheckedProperty(300)]
    public Property Calculate_And_Explain_AreWhatEvaluateGives() =>
        Prop.ForAll(
            (from v in Gen.Choose(-2000, 20000)
             from t in Gen.Choose(-100, 15000)
             from b in Gen.Choose(-1, 10000)
             from m in Gen.Choose(0, 100)
             from f in Gen.Choose(0, Typical.Length - 1)
             select (v / 100m, t / 100m, b < 0 ? (decimal?)null : b / 100m, m / 2m, Typical[f])).ToArbitrary(),
            c =>
            {
                var (value, target, baseline, max, expression) = c;
                var rule = FormulaRuleTests.Compile(expression);
                var input = new RuleInput(Measurement.Ratio(45, 110, 10), value, target, Comparison.AtLeast, baseline, max);
                var outcome = new RuleOutcome(rule.Evaluate(input), rule.Explain(input));
                var inputs = new FormulaInputs(input);
                var result = rule.Calculate(inputs);
                string reason = result.Status switch
                {
                    FormulaStatus.NoBaseline => ": no baseline → 0",
                    FormulaStatus.DivisionByZero => ": division by zero → 0",
                    FormulaStatus.Overflow => ": a number too large → 0",
                    _ => " → ",
                };
                return result.Points == outcome.Points
                    && outcome.Formula.Contains(reason, StringComparison.Ordinal)
                    && string.Equals(rule.Explain(inputs), outcome.Formula, StringComparison.Ordinal);
            });

    [Fact]
    public void Explain_IsTheTextOfEvaluate()
    {
        var rule = FormulaRuleTests.Compile("min(1, value / target) * maxPoints");
        Assert.Equal("min(1, value / target) * maxPoints with value = 87.5, target = 90, maxPoints = 10 → 9.722222…", rule.Explain(Inputs(87.5m)));
        Assert.Equal("value / target with value = 5, target = 0: division by zero → 0", FormulaRuleTests.Compile("value / target").Explain(Inputs(5, 0)));
        Assert.Equal("baseline - value with value = 5, baseline = 0: no baseline → 0", FormulaRuleTests.Compile("baseline - value").Explain(Inputs(5, baseline: null)));
    }

    [Fact]
    public void Calculate_AllocatesNothing()
    {
        var rules = Array.ConvertAll(Typical, FormulaRuleTests.Compile);
        var cases = new[] { Inputs(87.5m), Inputs(92m), Inputs(20m), Inputs(-3m, 0, 0), Inputs(150m, 100, null) };
        decimal sum = 0;
        for (int warm = 0; warm < 200; warm++)
        {
            sum += CalculateAll(rules, cases);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 2000; i++)
        {
            sum += CalculateAll(rules, cases);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0m, sum);
    }

    private static FormulaResult Calc(string expression, in FormulaInputs inputs) => FormulaRuleTests.Compile(expression).Calculate(inputs);

    private static decimal CalculateAll(FormulaRule[] rules, FormulaInputs[] cases)
    {
        decimal sum = 0;
        foreach (var rule in rules)
        {
            foreach (ref readonly var inputs in cases.AsSpan())
            {
                var result = rule.Calculate(inputs);
                if (result.Status == FormulaStatus.Computed)
                {
                    sum += Math.Round(result.Points, 4);
                }
            }
        }

        return sum;
    }
}
