namespace Cchc.Scoring;

/// <summary>
/// What a framework may declare beyond its areas and points, set by name:
/// <c>new FrameworkOptions { MaxBonus = 5, Deadline = new SubmissionDeadline(10) }</c>. A new setting added here later
/// breaks no caller.
/// </summary>
public sealed class FrameworkOptions
{
    /// <summary>No deadline, the default trajectory thresholds, pooled unit roll-up, no bonus or deduction.</summary>
    public static FrameworkOptions Default { get; } = new();

    /// <summary>The deadline of submissions (late ones are flagged), or null for none.</summary>
    public SubmissionDeadline? Deadline { get; init; }

    /// <summary>The thresholds of trajectory statuses; <see cref="Cchc.Scoring.TrajectoryThresholds.Default"/> when null.</summary>
    public TrajectoryThresholds? TrajectoryThresholds { get; init; }

    /// <summary>How a parent's figure is formed from its units when an indicator declares nothing (pooled by default).</summary>
    public UnitRollUpMethod DefaultUnitRollUp { get; init; } = UnitRollUpMethod.Pool;

    /// <summary>The most bonus points a unit can earn (0, the default, allows none).</summary>
    public decimal MaxBonus { get; init; }

    /// <summary>The most points that can be deducted from a unit (0, the default, allows none).</summary>
    public decimal MaxDeduction { get; init; }

    /// <summary>How indicators without a usable figure score when they declare nothing; null for <see cref="MissingDataPolicy.Zero"/>.</summary>
    public MissingDataPolicy? MissingData { get; init; }
    /// <summary>
    /// True when the survey component (the survey-only indicators) is optional: for a unit where it was not held, its
    /// points leave the maximum, so the index is the other points ÷ the non-survey maximum × 100 (<c>docs/appraisal.md</c>).
    /// </summary>
    public bool SurveyOptional { get; init; }
}
