namespace Cchc.Scoring;

/// <summary>
/// How a parent unit's figure for an indicator is formed from its units when units are rolled up
/// (<see cref="ScoringRequest.RollUpUnits"/>). Units that report to nobody, and every unit when units are not
/// rolled up, are scored from their own submissions whatever the method.
/// </summary>
public enum UnitRollUpMethod
{
    /// <summary>
    /// Pooled: the units' figures are combined, then scored once. Ratios add numerators, denominators and excluded
    /// items (9/10 and 1/90 pool to 10/100 = 10 %); quantities add up; durations and percentages, which carry no
    /// weights, are averaged; a yes/no is yes when every unit says yes. The parent's own submission is not used.
    /// </summary>
    Pool,

    /// <summary>
    /// Mean: the unweighted mean of the units' values (a ratio's percentage, a quantity, minutes, a percentage) is
    /// scored once (9/10 and 1/90 average to (90 + 1.11…) ÷ 2 = 45.56 %); a yes/no is yes when every unit says yes.
    /// The parent's own submission is not used.
    /// </summary>
    Mean,

    /// <summary>Own: the parent's own submission is scored, as for any unit; its units' figures are not used.</summary>
    Own,
}
