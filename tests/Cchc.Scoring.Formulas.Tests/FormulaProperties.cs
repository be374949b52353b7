using System;
using Cchc.Scoring.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>Formulas written to mimic built-in rules give exactly the same points, to the last decimal digit.</summary>
public sealed class FormulaProperties
{
    private const string Threshold = "if(value >= target, maxPoints, 0)";
    private const string ProportionalAtLeast = "if(value >= target, maxPoints, if(target > 0, max(0, value) * maxPoints / target, 0))";
    private const string ProportionalAtMost = "if(value <= target, maxPoints, if(value > 0 and target >= 0, target * maxPoints / value, 0))";
    private const string Goalposts50 = "if(value >= target, maxPoints, clamp((value - 50) / (target - 50), 0, 1) * maxPoints)";
    private const string Piecewise = "if(value <= 15, 4, if(value >= 30, 0, 4 + (value - 15) * (0 - 4) / (30 - 15)))";

    /// <summary>A value 0.00–200.00, a target 0.01–150.00 and a maximum 0.5–50.</summary>
    private static Arbitrary<(decimal Value, decimal Target, decimal Max)> Cases() =>
        (from v in Gen.Choose(0, 20000)
         from t in Gen.Choose(1, 15000)
         from m in Gen.Choose(1, 100)
         select (v / 100m, t / 100m, m / 2m)).ToArbitrary();

    private static bool Same(IScoringRule builtIn, string expression, Comparison comparison, decimal value, decimal target, decimal max)
    {
        var formula = FormulaRuleTests.Compile(expression);
        return FormulaRuleTests.Evaluate(builtIn, value, comparison, target, max).Points == FormulaRuleTests.Evaluate(formula, value, comparison, target, max).Points;
    }

    [CheckedProperty(500)]
    public Property Threshold_IsMimicked() =>
        Prop.ForAll(Cases(), c => Same(ThresholdRule.Instance, Threshold, Comparison.AtLeast, c.Value, c.Target, c.Max));

    [CheckedProperty(500)]
    public Property Proportional_AtLeast_IsMimicked() =>
        Prop.ForAll(Cases(), c => Same(ProportionalRule.Instance, ProportionalAtLeast, Comparison.AtLeast, c.Value, c.Target, c.Max));

    [CheckedProperty(500)]
    public Property Proportional_AtMost_IsMimicked() =>
        Prop.ForAll(Cases(), c => Same(ProportionalRule.Instance, ProportionalAtMost, Comparison.AtMost, c.Value, c.Target, c.Max));

    [CheckedProperty(500)]
    public Property Goalposts_IsMimicked() =>
        Prop.ForAll(Cases(), c => Same(new GoalpostsRule(50), Goalposts50, Comparison.AtLeast, c.Value, 50 + c.Target, c.Max));

    [CheckedProperty(500)]
    public Property Piecewise_IsMimicked() =>
        Prop.ForAll(Cases(), c => Same(new PiecewiseRule(Interpolation.Linear, [new Breakpoint(15, 4), new Breakpoint(30, 0)]), Piecewise, Comparison.AtMost, c.Value / 4, 15, 4));

    [CheckedProperty(200)]
    public Property Evaluation_IsDeterministic() =>
        Prop.ForAll(Cases(), c =>
        {
            var rule = FormulaRuleTests.Compile(Goalposts50);
            var a = FormulaRuleTests.Evaluate(rule, c.Value, Comparison.AtLeast, 50 + c.Target, c.Max);
            var b = FormulaRuleTests.Evaluate(rule, c.Value, Comparison.AtLeast, 50 + c.Target, c.Max);
            return a.Points == b.Points && string.Equals(a.Formula, b.Formula, StringComparison.Ordinal);
        });
}
