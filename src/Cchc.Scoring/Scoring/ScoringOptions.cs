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

    internal int EffectiveParallelism => MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : MaxDegreeOfParallelism;
}
