using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>
/// A table of bands, piecewise constant. For "at least" targets a value earns the points of the step with the largest
/// <c>at</c> not above it; for "at most" targets, of the step with the smallest <c>at</c> not below it. A value beyond
/// every step earns 0. Kind <c>steps</c>, parameter <c>steps: [{ "at": 95, "points": 10 }, …]</c>.
/// </summary>
public sealed class StepsRule : IScoringRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="steps">The steps, at least one, with distinct bounds: each value <see cref="Breakpoint.At"/> (inclusive) and beyond, on the worse side, earns <see cref="Breakpoint.Points"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There are no steps, or two share a bound.</exception>
    public StepsRule(IEnumerable<Breakpoint> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var list = steps.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A steps rule needs at least one step.", nameof(steps));
        }

        foreach (var step in list)
        {
            ArgumentNullException.ThrowIfNull(step, nameof(steps));
        }

        if (list.Select(s => s.At).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("Two steps share a bound.", nameof(steps));
        }

        Steps = list.OrderBy(s => s.At).ToArray();
    }

    /// <summary>The steps, by ascending bound.</summary>
    public IReadOnlyList<Breakpoint> Steps { get; }

    /// <inheritdoc/>
    public string Kind => "steps";

    internal static IRuleFactory Factory { get; } = new RuleFactory("steps", Create);

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => Apply(input, null);

    /// <inheritdoc/>
    public string Explain(in RuleInput input) => RuleText.Written(input, Apply);

    private decimal Apply(in RuleInput input, StringBuilder? text)
    {
        decimal x = input.Value;
        bool higher = !input.Comparison.LowerIsBetter();
        Breakpoint? chosen = null;
        foreach (var step in Steps)
        {
            if (higher ? step.At <= x : step.At >= x)
            {
                chosen = step;
                if (!higher)
                {
                    break;
                }
            }
        }

        text?.Append(RuleText.Relation(x, input.Target, input.Comparison) + "; ");
        if (chosen is null)
        {
            text?.Append(RuleText.N(x) + (higher ? " < " : " > ") + RuleText.N(higher ? Steps[0].At : Steps[^1].At) + " (beyond every step) → 0");
            return 0;
        }

        text?.Append("step " + RuleText.N(x) + (higher ? " ≥ " : " ≤ ") + RuleText.N(chosen.At) + " → " + RuleText.N(chosen.Points));
        return chosen.Points;
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        var problems = new List<Problem>();
        if (setting.Comparison == Comparison.Equal || setting.Measure == MeasureKind.YesNo)
        {
            problems.Add(new Problem(ProblemCodes.RuleMismatch, "Steps need a direction (≥, >, ≤ or <) and a numeric measure."));
        }

        bool higher = setting.Comparison.HigherIsBetter();
        for (int i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Points < 0 || Steps[i].Points > setting.MaxPoints)
            {
                problems.Add(new Problem(ProblemCodes.InvalidRuleParameter, "A step's points must lie between 0 and the indicator's " + Num.Format(setting.MaxPoints) + " points.", "steps"));
            }

            if (i > 0 && (higher ? Steps[i].Points < Steps[i - 1].Points : Steps[i].Points > Steps[i - 1].Points))
            {
                problems.Add(new Problem(ProblemCodes.InvalidRuleParameter, "A better value must never earn fewer points: the step at " + Num.Format(Steps[i].At) + " breaks the order.", "steps"));
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray("steps");
        foreach (var step in Steps.Reverse())
        {
            writer.WriteStartObject();
            writer.WriteNumber("at", step.At);
            writer.WriteNumber("points", step.Points);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static StepsRule? Create(RuleParameters parameters)
    {
        if (parameters.Get("steps") is not JsonElement array)
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            parameters.Error("steps", "'steps' must be a non-empty array of { \"at\": number, \"points\": number }.");
            return null;
        }

        var steps = new List<Breakpoint>();
        var seen = new HashSet<decimal>();
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            string path = "steps[" + Num.Format(i) + "]";
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("at", out var at) && at.ValueKind == JsonValueKind.Number && at.TryGetDecimal(out decimal atValue)
                && item.TryGetProperty("points", out var points) && points.ValueKind == JsonValueKind.Number && points.TryGetDecimal(out decimal pointsValue))
            {
                if (!seen.Add(atValue))
                {
                    parameters.Error(path + ".at", "Two steps share the bound " + Num.Format(atValue) + ".");
                }

                steps.Add(new Breakpoint(atValue, pointsValue));
            }
            else
            {
                parameters.Error(path, "A step must be { \"at\": number, \"points\": number }.");
            }

            i++;
        }

        return parameters.HasErrors ? null : new StepsRule(steps);
    }
}
