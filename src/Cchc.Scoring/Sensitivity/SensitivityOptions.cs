using System;
using System.Collections.Generic;
using System.Linq;

namespace Cchc.Scoring;

/// <summary>Which weights a sensitivity analysis varies.</summary>
public enum WeightVariation
{
    /// <summary>The weights stay as the framework declares them.</summary>
    None,

    /// <summary>Each area's weight varies on its own; its indicators move together.</summary>
    Areas,

    /// <summary>Each indicator's weight varies on its own.</summary>
    Indicators,
}

/// <summary>
/// What a sensitivity analysis may vary, and how many samples it draws (<see cref="SensitivityAnalysis.Run"/>,
/// <c>docs/sensitivity.md</c>). Each choice is drawn uniformly and independently for every sample: a weight factor from
/// [1 − <see cref="WeightRange"/>, 1 + <see cref="WeightRange"/>] (the factors are then renormalised so that the
/// maximum points add up to the framework's total), one of the listed rounding modes, digits, roll-up methods and
/// missing-data policies, and (with <see cref="VarySurvey"/>) whether the survey is held. An empty list leaves that choice at the framework's own value. Set by name:
/// <c>new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.10m, Seed = 7 }</c>.
/// </summary>
public sealed class SensitivityOptions
{
    /// <summary>The most samples an analysis draws.</summary>
    public const int MaxSamples = 100_000;

    /// <summary>The defaults: 1,000 samples, seed 1, nothing varied.</summary>
    public static SensitivityOptions Default { get; } = new();

    /// <summary>How many samples are drawn, 1 to <see cref="MaxSamples"/> (1,000 by default).</summary>
    public int Samples { get; init; } = 1000;

    /// <summary>The seed: the same seed gives byte-identical results on any machine and with any number of threads.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Which weights vary (none by default).</summary>
    public WeightVariation Weights { get; init; }

    /// <summary>How far a weight may move, as a fraction: 0.10 for ±10 %; 0 to 0.9.</summary>
    public decimal WeightRange { get; init; }

    /// <summary>The rounding modes drawn from; empty for the framework's own.</summary>
    public IReadOnlyList<RoundingMode> RoundingModes { get; init; } = [];

    /// <summary>The rounding digits drawn from (each 0 to 10); empty for the framework's own.</summary>
    public IReadOnlyList<int> RoundingDigits { get; init; } = [];

    /// <summary>
    /// The unit roll-up methods drawn from, each applied to every indicator; empty for the framework's own. It changes
    /// only parents scored as roll-ups (<see cref="ScoringRequest.RollUpUnits"/>).
    /// </summary>
    public IReadOnlyList<UnitRollUpMethod> UnitRollUps { get; init; } = [];

    /// <summary>The missing-data policies drawn from, each applied to every indicator; empty for the framework's own.</summary>
    public IReadOnlyList<MissingDataPolicy> MissingData { get; init; } = [];

    /// <summary>
    /// True to draw whether the framework's survey is held, held or not with equal chance in each sample (false, the
    /// default, keeps the survey as the data have it). Not held, every survey-only criterion (<see cref="Indicator.IsSurveyOnly"/>)
    /// leaves the maximum and the index is the other points ÷ the non-survey maximum × 100: the scorer's own rule for a
    /// unit without a survey under an optional survey (<see cref="FrameworkOptions.SurveyOptional"/>), applied to every
    /// unit whether the framework declares the survey optional or not. The framework must have a survey-only criterion.
    /// </summary>
    public bool VarySurvey { get; init; }

    /// <summary>True to rank within each kind of unit (<see cref="Ranking.ByKind"/>); false (the default) for one ranking of all.</summary>
    public bool RankByKind { get; init; }

    /// <summary>How many samples are computed at once: 0 (the default) for one per processor, 1 for the calling thread only. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>True when nothing varies: every sample is the nominal one.</summary>
    public bool VariesNothing => (Weights == WeightVariation.None || WeightRange == 0) && RoundingModes.Count == 0 && RoundingDigits.Count == 0 && UnitRollUps.Count == 0 && MissingData.Count == 0 && !VarySurvey;

    internal void Check(Framework framework)
    {
        if (VarySurvey && !framework.Indicators.Any(i => i.IsSurveyOnly && i.MaxPoints > 0))
        {
            throw new ArgumentException("The survey cannot vary: framework '" + framework.Id + "' has no survey-only criterion with points (IndicatorOptions.SurveyOnly, \"surveyOnly\": true in a framework file).", nameof(VarySurvey));
        }

        if (Samples < 1 || Samples > MaxSamples)
        {
            throw new ArgumentOutOfRangeException(nameof(Samples), Samples, "The sample count must be 1 to " + Num.Format(MaxSamples) + ".");
        }

        if (WeightRange < 0 || WeightRange > 0.9m)
        {
            throw new ArgumentOutOfRangeException(nameof(WeightRange), WeightRange, "The weight range must be 0 to 0.9 (±90 %).");
        }

        if (MaxDegreeOfParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "The degree of parallelism cannot be negative.");
        }

        ArgumentNullException.ThrowIfNull(RoundingModes, nameof(RoundingModes));
        ArgumentNullException.ThrowIfNull(RoundingDigits, nameof(RoundingDigits));
        ArgumentNullException.ThrowIfNull(UnitRollUps, nameof(UnitRollUps));
        ArgumentNullException.ThrowIfNull(MissingData, nameof(MissingData));
        if (RoundingDigits.Any(d => d < 0 || d > 10))
        {
            throw new ArgumentOutOfRangeException(nameof(RoundingDigits), "Rounding digits must be 0 to 10.");
        }

        if (MissingData.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(MissingData));
        }
    }
}
