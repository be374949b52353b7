using System.Runtime.CompilerServices;
using Cchc.Scoring.Rules;

namespace Cchc.Scoring.Formulas;

/// <summary>
/// The numbers a formula reads, one for each name of <see cref="FormulaRule.Names"/>, held in place so that
/// <see cref="FormulaRule.Calculate(in FormulaInputs)"/> reads them by position, with no look-up by name and no
/// allocation. Pass it by reference (<c>in</c>).
/// </summary>
public readonly struct FormulaInputs
{
    private readonly Slots _slots;

    /// <summary>Creates the inputs from their values.</summary>
    /// <param name="value">The comparable value (a ratio as a percentage).</param>
    /// <param name="target">The effective target.</param>
    /// <param name="baseline">The baseline value, or null when there is none (a formula using <c>baseline</c> then gives 0).</param>
    /// <param name="numerator">A ratio's numerator (0 for other measures).</param>
    /// <param name="denominator">A ratio's denominator (0 for other measures).</param>
    /// <param name="excluded">A ratio's excluded count (0 for other measures).</param>
    /// <param name="maxPoints">The indicator's maximum points.</param>
    public FormulaInputs(decimal value, decimal target, decimal? baseline, decimal numerator, decimal denominator, decimal excluded, decimal maxPoints)
    {
        _slots[0] = value;
        _slots[1] = target;
        _slots[2] = baseline ?? 0;
        _slots[3] = numerator;
        _slots[4] = denominator;
        _slots[5] = excluded;
        _slots[6] = maxPoints;
        HasBaseline = baseline.HasValue;
    }

    /// <summary>Creates the inputs of a rule's input: its value, target, baseline, maximum and measurement.</summary>
    /// <param name="input">What the scorer gives a rule.</param>
    public FormulaInputs(in RuleInput input)
        : this(input.Value, input.Target, input.Baseline, input.Measurement.Numerator, input.Measurement.Denominator, input.Measurement.Excluded, input.MaxPoints)
    {
    }

    /// <summary>The comparable value: <c>value</c>.</summary>
    public decimal Value => _slots[0];

    /// <summary>The effective target: <c>target</c>.</summary>
    public decimal Target => _slots[1];

    /// <summary>The baseline: <c>baseline</c>, or null when there is none.</summary>
    public decimal? Baseline => HasBaseline ? _slots[2] : null;

    /// <summary>A ratio's numerator: <c>numerator</c>.</summary>
    public decimal Numerator => _slots[3];

    /// <summary>A ratio's denominator: <c>denominator</c>.</summary>
    public decimal Denominator => _slots[4];

    /// <summary>A ratio's excluded count: <c>excluded</c>.</summary>
    public decimal Excluded => _slots[5];

    /// <summary>The maximum points: <c>maxPoints</c>.</summary>
    public decimal MaxPoints => _slots[6];

    /// <summary>True when there is a baseline.</summary>
    internal bool HasBaseline { get; }

    /// <summary>The input at a slot, in the order of <see cref="FormulaRule.Names"/> (a missing baseline reads 0).</summary>
    internal decimal this[int slot] => _slots[slot];

    /// <summary>The seven inputs, inline.</summary>
    [InlineArray(7)]
    private struct Slots
    {
        private decimal _first;
    }
}
