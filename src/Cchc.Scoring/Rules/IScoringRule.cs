using System.Collections.Generic;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>
/// The contract of a scoring rule: turns a measured value and its target into points. A rule is immutable and pure:
/// the same input gives the same outcome, with no clock, randomness, culture or I/O. Built-in rules are in this
/// namespace; a host adds its own by implementing this interface and registering an <see cref="IRuleFactory"/>.
/// </summary>
public interface IScoringRule
{
    /// <summary>The kind name used in framework files (for example <c>goalposts</c>).</summary>
    string Kind { get; }

    /// <summary>
    /// Scores one value: numbers only, called for every indicator of every unit, so it should allocate nothing. Points
    /// outside [0, maximum] are clamped by the scorer, and the clamp is explained.
    /// </summary>
    /// <param name="input">The value, target, maximum and whether the target is met.</param>
    /// <returns>The points.</returns>
    decimal Evaluate(in RuleInput input);

    /// <summary>
    /// The arithmetic that gives <see cref="Evaluate"/>'s points for the same input, with the numbers, language-neutral
    /// (for example <c>85 &lt; 90 → 85 × 10 ÷ 90 = 9.4444</c>). Called only when an explanation is asked for.
    /// </summary>
    /// <param name="input">The same input as given to <see cref="Evaluate"/>.</param>
    /// <returns>The arithmetic.</returns>
    string Explain(in RuleInput input);

    /// <summary>Checks that the rule fits an indicator (measure kind, direction, maximum points, target).</summary>
    /// <param name="setting">What the indicator declares.</param>
    /// <returns>Every problem found, each with a path relative to the rule object (for example <c>floor</c>).</returns>
    IEnumerable<Problem> Check(RuleSetting setting);

    /// <summary>Writes the rule's parameters as properties of the rule object (the kind is written by the caller).</summary>
    /// <param name="writer">The writer, positioned inside the rule object.</param>
    void WriteParameters(Utf8JsonWriter writer);
}

/// <summary>Makes a rule from its parameters in a framework file, reporting every problem in them.</summary>
public interface IRuleFactory
{
    /// <summary>The kind name this factory answers to.</summary>
    string Kind { get; }

    /// <summary>Creates the rule, or reports through <paramref name="parameters"/> why it cannot.</summary>
    /// <param name="parameters">The rule object's properties other than <c>kind</c>.</param>
    /// <returns>The rule, or null when a problem was reported.</returns>
    IScoringRule? Create(RuleParameters parameters);
}

/// <summary>What a rule gets to score one value.</summary>
public readonly struct RuleInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="measurement">The measurement used.</param>
    /// <param name="value">The comparable value (a ratio as a percentage).</param>
    /// <param name="target">The effective target (after any baseline change).</param>
    /// <param name="comparison">The comparison with the target.</param>
    /// <param name="baseline">The baseline value, when the target has one.</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    public RuleInput(Measurement measurement, decimal value, decimal target, Comparison comparison, decimal? baseline, decimal maxPoints)
    {
        Measurement = measurement;
        Value = value;
        Target = target;
        Comparison = comparison;
        Baseline = baseline;
        MaxPoints = maxPoints;
    }

    /// <summary>The measurement used.</summary>
    public Measurement Measurement { get; }

    /// <summary>The comparable value: a ratio's percentage, a quantity, minutes, a percentage, or 1/0 for yes/no.</summary>
    public decimal Value { get; }

    /// <summary>The effective target.</summary>
    public decimal Target { get; }

    /// <summary>The comparison with the target.</summary>
    public Comparison Comparison { get; }

    /// <summary>The baseline value, when the target is baseline-relative.</summary>
    public decimal? Baseline { get; }

    /// <summary>The indicator's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>True when <see cref="Value"/> meets <see cref="Target"/> under <see cref="Comparison"/>.</summary>
    public bool Met => Comparison.IsMet(Value, Target);
}

/// <summary>What an indicator declares, for a rule to check that it fits.</summary>
public readonly struct RuleSetting
{
    /// <summary>Creates a setting.</summary>
    /// <param name="measure">The measure kind.</param>
    /// <param name="comparison">The target's comparison.</param>
    /// <param name="targetValue">The target's value as declared (a change amount for baseline-relative targets).</param>
    /// <param name="baselineRelative">True when the target is relative to a baseline.</param>
    /// <param name="maxPoints">The maximum points.</param>
    public RuleSetting(MeasureKind measure, Comparison comparison, decimal targetValue, bool baselineRelative, decimal maxPoints)
    {
        Measure = measure;
        Comparison = comparison;
        TargetValue = targetValue;
        BaselineRelative = baselineRelative;
        MaxPoints = maxPoints;
    }

    /// <summary>The measure kind.</summary>
    public MeasureKind Measure { get; }

    /// <summary>The comparison.</summary>
    public Comparison Comparison { get; }

    /// <summary>The declared target value.</summary>
    public decimal TargetValue { get; }

    /// <summary>True when the effective target is only known once the baseline is.</summary>
    public bool BaselineRelative { get; }

    /// <summary>The maximum points.</summary>
    public decimal MaxPoints { get; }
}
