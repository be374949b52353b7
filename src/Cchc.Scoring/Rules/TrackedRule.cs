using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>Tracked only: the value is compared with its target and reported, but earns no points (the indicator's maximum is 0). Kind <c>tracked</c>.</summary>
public sealed class TrackedRule : IScoringRule
{
    /// <summary>The rule.</summary>
    public static TrackedRule Instance { get; } = new();

    internal static IRuleFactory Factory { get; } = new RuleFactory("tracked", _ => Instance);

    /// <inheritdoc/>
    public string Kind => "tracked";

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => 0;

    /// <inheritdoc/>
    public string Explain(in RuleInput input) => RuleText.Relation(input.Value, input.Target, input.Comparison) + "; tracked only → 0";


    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        if (setting.MaxPoints != 0)
        {
            yield return new Problem(ProblemCodes.RuleMismatch, "A tracked indicator earns no points: set its points to 0.");
        }
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
    }
}
