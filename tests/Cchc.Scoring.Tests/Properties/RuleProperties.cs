using System.Linq;
using Cchc.Scoring.Rules;
using Cchc.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>A rule with a target it is valid for, and two values to compare.</summary>
public sealed record RuleCase(IScoringRule Rule, Comparison Comparison, decimal Target, decimal? Baseline, decimal Max, decimal Worse, decimal Better)
{
    public RuleOutcome Evaluate(decimal value) =>
        RuleOutcome.Of(Rule, new RuleInput(Measurement.Percentage(value), value, Target, Comparison, Baseline, Max));

    public override string ToString() =>
        Rule.Kind + " " + Comparison.Symbol() + " " + Target + " max " + Max + " baseline " + Baseline + ": " + Worse + " → " + Better;
}

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class RuleProperties
{
    [CheckedProperty]
    public bool Points_WithinZeroAndMax(RuleCase c) =>
        c.Evaluate(c.Worse).Points is var a && a >= 0 && a <= c.Max
        && c.Evaluate(c.Better).Points is var b && b >= 0 && b <= c.Max;

    [CheckedProperty]
    public bool Points_NeverFall_TowardTarget(RuleCase c) => c.Evaluate(c.Better).Points >= c.Evaluate(c.Worse).Points;

    [CheckedProperty]
    public bool Met_GivesMax_ExceptTrackedAndSteps(RuleCase c) =>
        !c.Comparison.IsMet(c.Better, c.Target) || c.Rule is TrackedRule or StepsRule || c.Evaluate(c.Better).Points == c.Max;

    [CheckedProperty]
    public bool Formula_NeverEmpty(RuleCase c) => c.Evaluate(c.Worse).Formula.Length > 0;

    public static class Arbitraries
    {
        /// <summary>0.00 to 200.00 in steps of 0.01.</summary>
        private static readonly Gen<decimal> Value = Gen.Choose(0, 20_000).Select(i => i / 100m);

        private static readonly Gen<decimal> Positive = Gen.Choose(1, 10_000).Select(i => i / 100m);

        public static Arbitrary<RuleCase> RuleCases() =>
            (from comparison in Gen.Elements(Comparison.AtLeast, Comparison.GreaterThan, Comparison.AtMost, Comparison.LessThan)
             from target in Value
             from max in Gen.Elements(0m, 1m, 2.5m, 10m, 12.50m, 100m)
             from a in Value
             from b in Value
             from rule in Rule(comparison, target, max)
             let higher = comparison.HigherIsBetter()
             let worse = higher ? System.Math.Min(a, b) : System.Math.Max(a, b)
             let better = higher ? System.Math.Max(a, b) : System.Math.Min(a, b)
             select new RuleCase(rule.Rule, comparison, target, rule.Baseline, rule.Rule is TrackedRule ? 0 : max, worse, better))
            .ToArbitrary();

        private static Gen<(IScoringRule Rule, decimal? Baseline)> Rule(Comparison comparison, decimal target, decimal max)
        {
            bool higher = comparison.HigherIsBetter();
            var goalposts = Positive.Select(d => ((IScoringRule)new GoalpostsRule(higher ? target - d : target + d), (decimal?)null));
            var fromBaseline = Positive.Select(d => ((IScoringRule)GoalpostsRule.FromBaseline, (decimal?)(higher ? target - d : target + d)));
            var noBaseline = Gen.Constant(((IScoringRule)GoalpostsRule.FromBaseline, (decimal?)null));
            var steps =
                from bounds in Gen.ListOf(Value).Where(l => l.Count > 0)
                from points in Gen.ArrayOf(Gen.Choose(0, 100), bounds.Distinct().Count())
                select ((IScoringRule)Steps(bounds.Distinct().Order().ToArray(), points.Order().Select(p => p * max / 100).ToArray(), higher), (decimal?)null);
            return Gen.OneOf(
                Gen.Constant(((IScoringRule)ThresholdRule.Instance, (decimal?)null)),
                Gen.Constant(((IScoringRule)ProportionalRule.Instance, (decimal?)null)),
                Gen.Constant(((IScoringRule)TrackedRule.Instance, (decimal?)null)),
                goalposts,
                fromBaseline,
                noBaseline,
                steps);
        }

        /// <summary>Steps whose points grow toward the better side: with the bounds ascending, ascending points for ≥, descending for ≤.</summary>
        private static StepsRule Steps(decimal[] bounds, decimal[] ascendingPoints, bool higher) =>
            new(bounds.Select((at, i) => new Breakpoint(at, higher ? ascendingPoints[i] : ascendingPoints[^(i + 1)])));
    }
}
