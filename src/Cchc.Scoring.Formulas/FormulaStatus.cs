namespace Cchc.Scoring.Formulas;

/// <summary>How a formula's points were obtained: computed, or 0 for one of the reasons a formula cannot be computed.</summary>
public enum FormulaStatus
{
    /// <summary>The expression was computed.</summary>
    Computed = 0,

    /// <summary>The expression uses <c>baseline</c> and there is none: 0 points.</summary>
    NoBaseline = 1,

    /// <summary>The expression divided by zero (<c>/</c> or <c>%</c>) on the branches taken: 0 points.</summary>
    DivisionByZero = 2,

    /// <summary>A number went beyond the range of <see cref="decimal"/>: 0 points.</summary>
    Overflow = 3,
}
