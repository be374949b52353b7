using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>Yes/no: the maximum when the answer is the one the target asks for, otherwise 0. Kind <c>yesNo</c>, no parameters.</summary>
public sealed class YesNoRule : IScoringRule
{
    /// <summary>The rule.</summary>
    public static YesNoRule Instance { get; } = new();

    internal static IRuleFactory Factory { get; } = new RuleFactory("yesNo", _ => Instance);

    /// <inheritdoc/>
    public string Kind => "yesNo";

    /// <inheritdoc/>
    public decimal Evaluate(in RuleInput input) => input.Met ? input.MaxPoints : 0;

    /// <inheritdoc/>
    public string Explain(in RuleInput input)
    {
        string answer = input.Value != 0 ? "yes" : "no";
        string wanted = input.Target != 0 ? "yes" : "no";
        return input.Met ? answer + " = " + wanted + " → " + RuleText.N(input.MaxPoints) : answer + " ≠ " + wanted + " → 0";
    }

    /// <inheritdoc/>
    public IEnumerable<Problem> Check(RuleSetting setting)
    {
        if (setting.Measure != MeasureKind.YesNo || setting.Comparison != Comparison.Equal)
        {
            yield return new Problem(ProblemCodes.RuleMismatch, "The yesNo rule needs a yesNo measure and an '=' target (1 = yes, 0 = no).");
        }
    }

    /// <inheritdoc/>
    public void WriteParameters(Utf8JsonWriter writer)
    {
    }
}
