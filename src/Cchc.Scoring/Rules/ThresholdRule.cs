using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>All or nothing: the maximum when the target is met, otherwise 0. Kind <c>threshold</c>, no parameters.</summary>
public sealed class ThresholdRule : IScoringRule
{
    /// <summary>The rule (it has no parameters, so one instance serves all).</summary>
    public static ThresholdRule Instance { get; } = new();

    internal static IRuleFactory Factory { get; } = new RuleFactory("threshold", _ => Instance);

    /// <inheritdoc/>
    public string Kind => "threshold";

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

        text?.Append(RuleText.Relation(input.Value, input.Target, input.Comparison) + " → 0");
        return 0;
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting) => [];

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
    }
}
