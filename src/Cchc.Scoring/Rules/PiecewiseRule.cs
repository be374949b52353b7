using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>How a <see cref="PiecewiseRule"/> gives points between two breakpoints.</summary>
public enum Interpolation
{
    /// <summary>A straight line between the two breakpoints' points.</summary>
    Linear,

    /// <summary>
    /// The points of the breakpoint on the worse side: for "at least" targets the breakpoint with the largest <c>at</c>
    /// not above the value, for "at most" targets the one with the smallest <c>at</c> not below it.
    /// </summary>
    Step,
}

/// <summary>A value and the points it earns: a breakpoint of a <see cref="PiecewiseRule"/>, or the bound of a band of a <see cref="StepsRule"/>.</summary>
public sealed class Breakpoint
{
    /// <summary>Creates a breakpoint.</summary>
    /// <param name="at">The value.</param>
    /// <param name="points">The points it earns.</param>
    public Breakpoint(decimal at, decimal points)
    {
        At = at;
        Points = points;
    }

    /// <summary>The value.</summary>
    public decimal At { get; }

    /// <summary>The points at that value.</summary>
    public decimal Points { get; }
}

/// <summary>
/// Points as a function of the value given by breakpoints, with linear or step interpolation between them and the
/// nearest end's points beyond them. "At most 15 minutes for full points, nothing from 30" is
/// <c>{ "kind": "piecewise", "interpolation": "linear", "breakpoints": [ { "at": 15, "points": 4 }, { "at": 30, "points": 0 } ] }</c>.
/// Kind <c>piecewise</c>.
/// </summary>
public sealed class PiecewiseRule : IScoringRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="interpolation">How points are given between breakpoints.</param>
    /// <param name="breakpoints">At least two breakpoints with distinct values, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="breakpoints"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two breakpoints, or two share a value.</exception>
    public PiecewiseRule(Interpolation interpolation, IEnumerable<Breakpoint> breakpoints)
    {
        ArgumentNullException.ThrowIfNull(breakpoints);
        var list = breakpoints.ToArray();
        foreach (var breakpoint in list)
        {
            ArgumentNullException.ThrowIfNull(breakpoint, nameof(breakpoints));
        }

        if (list.Length < 2)
        {
            throw new ArgumentException("A piecewise rule needs at least two breakpoints.", nameof(breakpoints));
        }

        if (list.Select(b => b.At).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("Two breakpoints share a value.", nameof(breakpoints));
        }

        Interpolation = interpolation;
        Breakpoints = list.OrderBy(b => b.At).ToArray();
    }

    /// <summary>How points are given between breakpoints.</summary>
    public Interpolation Interpolation { get; }

    /// <summary>The breakpoints, by ascending value.</summary>
    public IReadOnlyList<Breakpoint> Breakpoints { get; }

    /// <inheritdoc/>
    public string Kind => "piecewise";

    internal static IRuleFactory Factory { get; } = new RuleFactory("piecewise", Create);

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => Apply(input, null);

    /// <inheritdoc/>
    public string Explain(in RuleInput input) => RuleText.Written(input, Apply);

    private decimal Apply(in RuleInput input, StringBuilder? text)
    {
        decimal x = input.Value;
        var b = Breakpoints;
        text?.Append(RuleText.Relation(x, input.Target, input.Comparison) + "; ");
        if (x <= b[0].At)
        {
            text?.Append(RuleText.N(x) + (x == b[0].At ? " = " : " < first breakpoint ") + RuleText.N(b[0].At) + " → " + RuleText.N(b[0].Points));
            return b[0].Points;
        }

        if (x >= b[^1].At)
        {
            text?.Append(RuleText.N(x) + (x == b[^1].At ? " = " : " > last breakpoint ") + RuleText.N(b[^1].At) + " → " + RuleText.N(b[^1].Points));
            return b[^1].Points;
        }

        int i = 0;
        while (b[i + 1].At <= x)
        {
            i++;
        }

        Breakpoint left = b[i], right = b[i + 1];
        if (x == left.At)
        {
            text?.Append(RuleText.N(x) + " = " + RuleText.N(left.At) + " → " + RuleText.N(left.Points));
            return left.Points;
        }

        if (Interpolation == Interpolation.Step)
        {
            var chosen = input.Comparison.LowerIsBetter() ? right : left;
            text?.Append("step " + RuleText.N(x) + (chosen == left ? " ≥ " : " ≤ ") + RuleText.N(chosen.At) + " → " + RuleText.N(chosen.Points));
            return chosen.Points;
        }

        decimal points = left.Points + ((x - left.At) * (right.Points - left.Points) / (right.At - left.At));
        text?.Append(RuleText.N(left.Points) + " + (" + RuleText.N(x) + " − " + RuleText.N(left.At) + ") × (" + RuleText.N(right.Points) + " − " + RuleText.N(left.Points)
            + ") ÷ (" + RuleText.N(right.At) + " − " + RuleText.N(left.At) + ") = " + RuleText.N(points));
        return points;
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        var problems = new List<Problem>();
        if (setting.Comparison == Comparison.Equal || setting.Measure == MeasureKind.YesNo)
        {
            problems.Add(new Problem(ProblemCodes.RuleMismatch, "A piecewise rule needs a direction (≥, >, ≤ or <) and a numeric measure."));
        }

        bool higher = !setting.Comparison.LowerIsBetter();
        for (int i = 0; i < Breakpoints.Count; i++)
        {
            string path = "breakpoints[" + Num.Format(i) + "].points";
            if (Breakpoints[i].Points < 0 || Breakpoints[i].Points > setting.MaxPoints)
            {
                problems.Add(new Problem(ProblemCodes.InvalidRuleParameter, "A breakpoint's points must lie between 0 and the indicator's " + Num.Format(setting.MaxPoints) + " points.", path));
            }

            if (i > 0 && (higher ? Breakpoints[i].Points < Breakpoints[i - 1].Points : Breakpoints[i].Points > Breakpoints[i - 1].Points))
            {
                problems.Add(new Problem(
                    ProblemCodes.InvalidRuleParameter,
                    "A better value must never earn fewer points: the breakpoint at " + Num.Format(Breakpoints[i].At) + " breaks the order ("
                    + (higher ? "higher" : "lower") + " is better).",
                    path));
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("interpolation", Interpolation == Interpolation.Step ? "step" : "linear");
        writer.WriteStartArray("breakpoints");
        foreach (var breakpoint in Breakpoints)
        {
            writer.WriteStartObject();
            writer.WriteNumber("at", breakpoint.At);
            writer.WriteNumber("points", breakpoint.Points);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static PiecewiseRule? Create(RuleParameters parameters)
    {
        string? interpolationText = parameters.GetString("interpolation");
        Interpolation interpolation = Interpolation.Linear;
        if (interpolationText is "step")
        {
            interpolation = Interpolation.Step;
        }
        else if (interpolationText is not null and not "linear")
        {
            parameters.Error("interpolation", "'interpolation' is \"linear\" or \"step\".");
        }

        if (parameters.Get("breakpoints") is not JsonElement array)
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() < 2)
        {
            parameters.Error("breakpoints", "'breakpoints' must be an array of at least two { \"at\": number, \"points\": number }.");
            return null;
        }

        var breakpoints = new List<Breakpoint>();
        var seen = new HashSet<decimal>();
        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            string path = "breakpoints[" + Num.Format(i) + "]";
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("at", out var at) && at.ValueKind == JsonValueKind.Number && at.TryGetDecimal(out decimal atValue)
                && item.TryGetProperty("points", out var points) && points.ValueKind == JsonValueKind.Number && points.TryGetDecimal(out decimal pointsValue))
            {
                foreach (var property in item.EnumerateObject().Where(p => p.Name is not ("at" or "points") && !p.Name.StartsWith('$')))
                {
                    parameters.Error(path + "." + property.Name, "Unknown field '" + property.Name + "' in a breakpoint.");
                }

                if (!seen.Add(atValue))
                {
                    parameters.Error(path + ".at", "Two breakpoints share the value " + Num.Format(atValue) + ".");
                }

                breakpoints.Add(new Breakpoint(atValue, pointsValue));
            }
            else
            {
                parameters.Error(path, "A breakpoint must be { \"at\": number, \"points\": number }.");
            }

            i++;
        }

        return parameters.HasErrors ? null : new PiecewiseRule(interpolation, breakpoints);
    }
}
