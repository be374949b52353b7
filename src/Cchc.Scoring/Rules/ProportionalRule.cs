using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>
/// Proportional to target, as Index 766 converts rates: the maximum when the target is met; otherwise, for
/// "at least" targets, <c>value × max ÷ target</c>; for "at most" targets, the mirror form <c>target × max ÷ value</c>.
/// Kind <c>proportional</c>, no parameters.
/// </summary>
public sealed class ProportionalRule : IScoringRule
{
    /// <summary>The rule.</summary>
    public static ProportionalRule Instance { get; } = new();

    internal static IRuleFactory Factory { get; } = new RuleFactory("proportional", _ => Instance);

    /// <inheritdoc/>
    public string Kind => "proportional";

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => Apply(input, null);

    /// <inheritdoc/>
    public string Explain(in RuleInput input) => RuleText.Written(input, Apply);

    private static decimal Apply(in RuleInput input, StringBuilder? text)
    {
        if (input.Met)
        {
            text?.Append(RuleText.Met(input));
            return input.MaxPoints;
        }

        text?.Append(RuleText.Relation(input.Value, input.Target, input.Comparison) + " → ");
        decimal x = input.Value, t = input.Target, m = input.MaxPoints;
        if (input.Comparison.HigherIsBetter() && t > 0)
        {
            decimal points = Math.Max(0, x) * m / t;
            text?.Append(RuleText.N(x) + " × " + RuleText.N(m) + " ÷ " + RuleText.N(t) + " = " + RuleText.N(points));
            return points;
        }

        if (input.Comparison.LowerIsBetter() && x > 0 && t >= 0)
        {
            decimal points = t * m / x;
            text?.Append(RuleText.N(t) + " × " + RuleText.N(m) + " ÷ " + RuleText.N(x) + " = " + RuleText.N(points));
            return points;
        }

        text?.Append('0');
        return 0;
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        if (setting.Comparison.IsStrict())
        {
            yield return new Problem(
                ProblemCodes.StrictBoundary,
                "A proportional rule gives full points at the target value, where a strict comparison ('"
                + setting.Comparison.Symbol() + "') is not met; use 'threshold' or 'steps' for strict targets.",
                severity: Severity.Warning);
        }
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
    }
}
