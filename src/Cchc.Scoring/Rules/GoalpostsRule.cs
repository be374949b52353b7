using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>
/// Goalposts: 0 points at the floor, the maximum at the target, linear in between and clamped to [0, max]:
/// <c>(value − floor) ÷ (target − floor) × max</c> (the mirror for "at most" targets). The floor is a number, or
/// the baseline (<c>"floor": "baseline"</c>), which gives "cut 10 % versus 2021" its absolute form.
/// Kind <c>goalposts</c>.
/// </summary>
public sealed class GoalpostsRule : IScoringRule
{
    /// <summary>Creates the rule with a fixed floor.</summary>
    /// <param name="floor">The value that earns 0 points.</param>
    public GoalpostsRule(decimal floor) => Floor = floor;

    private GoalpostsRule() => FloorIsBaseline = true;

    /// <summary>The rule whose floor is the baseline value.</summary>
    public static GoalpostsRule FromBaseline { get; } = new();

    /// <summary>The fixed floor, when <see cref="FloorIsBaseline"/> is false.</summary>
    public decimal Floor { get; }

    /// <summary>True when the floor is the baseline value.</summary>
    public bool FloorIsBaseline { get; }

    /// <inheritdoc/>
    public string Kind => "goalposts";

    internal static IRuleFactory Factory { get; } = new RuleFactory("goalposts", Create);

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => Apply(input, null);

    /// <inheritdoc/>
    public string Explain(in RuleInput input) => RuleText.Written(input, Apply);

    private decimal Apply(in RuleInput input, StringBuilder? text)
    {
        if (input.Met)
        {
            text?.Append(RuleText.Met(input));
            return input.MaxPoints;
        }

        text?.Append(RuleText.Relation(input.Value, input.Target, input.Comparison) + " → ");
        decimal? floorOrNull = FloorIsBaseline ? input.Baseline : Floor;
        if (floorOrNull is not decimal f)
        {
            text?.Append("no baseline for the floor → 0");
            return 0;
        }

        decimal x = input.Value, t = input.Target, m = input.MaxPoints;
        bool higher = input.Comparison.HigherIsBetter();
        decimal span = higher ? t - f : f - t;
        if ((!higher && !input.Comparison.LowerIsBetter()) || span <= 0)
        {
            text?.Append("floor " + RuleText.N(f) + " is not on the far side of the target → 0");
            return 0;
        }

        decimal share = Math.Clamp((higher ? x - f : f - x) / span, 0, 1);
        decimal points = share * m;
        text?.Append((higher
            ? "(" + RuleText.N(x) + " − " + RuleText.N(f) + ") ÷ (" + RuleText.N(t) + " − " + RuleText.N(f) + ")"
            : "(" + RuleText.N(f) + " − " + RuleText.N(x) + ") ÷ (" + RuleText.N(f) + " − " + RuleText.N(t) + ")")
            + " = " + RuleText.N(share) + (share is 0 or 1 ? " (clamped)" : string.Empty) + "; × " + RuleText.N(m) + " = " + RuleText.N(points));
        return points;
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        var problems = new List<Problem>();
        if (setting.Comparison == Comparison.Equal || setting.Measure == MeasureKind.YesNo)
        {
            problems.Add(new Problem(ProblemCodes.RuleMismatch, "Goalposts need a direction (≥, >, ≤ or <) and a numeric measure."));
        }
        else if (FloorIsBaseline && !setting.BaselineRelative)
        {
            problems.Add(new Problem(ProblemCodes.RuleMismatch, "'floor' is 'baseline' but the target has no baseline.", "floor"));
        }
        else if (!FloorIsBaseline && !setting.BaselineRelative)
        {
            bool higher = setting.Comparison.HigherIsBetter();
            if (higher ? Floor >= setting.TargetValue : Floor <= setting.TargetValue)
            {
                problems.Add(new Problem(
                    ProblemCodes.InvalidRuleParameter,
                    "The floor " + Num.Format(Floor) + " must lie " + (higher ? "below" : "above") + " the target " + Num.Format(setting.TargetValue) + ".",
                    "floor"));
            }
        }

        if (setting.Comparison.IsStrict())
        {
            problems.Add(new Problem(
                ProblemCodes.StrictBoundary,
                "Goalposts give full points at the target value, where a strict comparison ('"
                + setting.Comparison.Symbol() + "') is not met; use 'threshold' or 'steps' for strict targets.",
                severity: Severity.Warning));
        }

        return problems;
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (FloorIsBaseline)
        {
            writer.WriteString("floor", "baseline");
        }
        else
        {
            writer.WriteNumber("floor", Floor);
        }
    }

    private static GoalpostsRule? Create(RuleParameters parameters)
    {
        var floor = parameters.Get("floor");
        if (floor is not JsonElement f)
        {
            return null;
        }

        if (f.ValueKind == JsonValueKind.String && f.ValueEquals("baseline"))
        {
            return FromBaseline;
        }

        if (f.ValueKind == JsonValueKind.Number && f.TryGetDecimal(out decimal value))
        {
            return new GoalpostsRule(value);
        }

        parameters.Error("floor", "'floor' must be a number or \"baseline\".");
        return null;
    }
}
