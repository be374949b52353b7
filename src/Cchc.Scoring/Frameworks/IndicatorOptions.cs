using System.Collections.Generic;

namespace Cchc.Scoring;

/// <summary>
/// What an indicator may declare beyond its target, rule and points, set by name:
/// <c>new IndicatorOptions { UnitRollUp = UnitRollUpMethod.Mean, NotApplicableTo = ["office"] }</c>. A new setting added
/// here later breaks no caller.
/// </summary>
public sealed class IndicatorOptions
{
    /// <summary>Nothing declared: the defaults of the measure kind and of the framework.</summary>
    public static IndicatorOptions Default { get; } = new();

    /// <summary>How a period's value is made up from its sub-periods, or null for the default of the measure kind.</summary>
    public PeriodRollUpMethod? PeriodRollUp { get; init; }

    /// <summary>How a parent's figure is formed from its units, or null for the framework's default.</summary>
    public UnitRollUpMethod? UnitRollUp { get; init; }

    /// <summary>The kinds of unit the indicator does not apply to, or null for none.</summary>
    public IEnumerable<string>? NotApplicableTo { get; init; }

    /// <summary>How the indicator scores without a usable figure, or null for the framework's policy.</summary>
    public MissingDataPolicy? MissingData { get; init; }
    /// <summary>The codes of the evidence the criterion requires (<c>docs/appraisal.md</c>), or null for none.</summary>
    public IEnumerable<string>? RequiredEvidence { get; init; }

    /// <summary>True when the criterion's points come only from survey results: never self-assessed (<c>docs/appraisal.md</c>).</summary>
    public bool SurveyOnly { get; init; }
}
