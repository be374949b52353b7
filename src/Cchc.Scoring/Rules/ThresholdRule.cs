using System.Collections.Generic;
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
    public RuleOutcome Evaluate(in RuleInput input) =>
        input.Met ? new(input.MaxPoints, RuleText.Met(input)) : new(0, RuleText.Relation(input.Value, input.Target, input.Comparison) + " → 0");

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting) => [];

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
    }
}
