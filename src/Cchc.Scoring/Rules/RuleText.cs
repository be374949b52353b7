using System;

namespace Cchc.Scoring.Rules;

/// <summary>Language-neutral arithmetic text shared by the built-in rules.</summary>
internal static class RuleText
{
    /// <summary>A rule's arithmetic: its points with the text written along, or without it (null) when only the points are wanted.</summary>
    public delegate decimal Arithmetic(in RuleInput input, System.Text.StringBuilder? text);

    /// <summary>The text a rule's arithmetic writes for an input (what <see cref="IScoringRule.Explain"/> returns).</summary>
    public static string Written(in RuleInput input, Arithmetic arithmetic)
    {
        var text = new System.Text.StringBuilder();
        arithmetic(input, text);
        return text.ToString();
    }

    /// <summary>A number as written in a formula: at most 6 decimals, "…" when more were cut.</summary>
    public static string N(decimal value)
    {
        decimal shown = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        return Num.Format(shown) + (shown != value ? "…" : string.Empty);
    }

    /// <summary>The relation that holds between value and target, e.g. <c>87.5 &lt; 90</c> for a failed ≥.</summary>
    public static string Relation(decimal value, decimal target, Comparison comparison)
    {
        bool met = comparison.IsMet(value, target);
        string symbol = (comparison, met) switch
        {
            (Comparison.AtLeast, true) => "≥",
            (Comparison.AtLeast, false) => "<",
            (Comparison.GreaterThan, true) => ">",
            (Comparison.GreaterThan, false) => "≤",
            (Comparison.AtMost, true) => "≤",
            (Comparison.AtMost, false) => ">",
            (Comparison.LessThan, true) => "<",
            (Comparison.LessThan, false) => "≥",
            (_, true) => "=",
            _ => "≠",
        };
        return N(value) + " " + symbol + " " + N(target);
    }

    public static string Met(in RuleInput input) => Relation(input.Value, input.Target, input.Comparison) + " → " + N(input.MaxPoints);
}

/// <summary>A factory made of a kind name and a function.</summary>
internal sealed class RuleFactory(string kind, Func<RuleParameters, IScoringRule?> create) : IRuleFactory
{
    public string Kind { get; } = kind;

    public IScoringRule? Create(RuleParameters parameters) => create(parameters);
}
