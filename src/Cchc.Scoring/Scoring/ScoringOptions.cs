using System;

namespace Cchc.Scoring;

/// <summary>How a scoring call runs. Options never change a result: the same inputs give byte-identical scorecards and problems with any options.</summary>
public sealed class ScoringOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="maxDegreeOfParallelism">How many units are scored at once: 0 (the default) for one per processor, 1 to score on the calling thread only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is negative.</exception>
    public ScoringOptions(int maxDegreeOfParallelism = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>The defaults: one unit per processor at once.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Scoring on the calling thread only.</summary>
    public static ScoringOptions Sequential { get; } = new(1);

    /// <summary>How many units are scored at once; 0 for one per processor.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>
    /// True to score every unit as if the framework's survey was not held (a choice a sensitivity analysis varies):
    /// each survey-only criterion that applies leaves the maximum exactly as when a unit holds no survey under an
    /// optional survey, whatever the data.
    /// </summary>
    internal bool SurveyWithdrawn { get; init; }

    internal int EffectiveParallelism => MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : MaxDegreeOfParallelism;
}
