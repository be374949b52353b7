using System;
using System.Collections.Generic;

namespace Cchc.Scoring;

/// <summary>The share of the samples in which a unit falls in a class.</summary>
/// <param name="Class">The class band's code, or null for "no class" (no index, or an index below every band).</param>
/// <param name="Probability">The share of samples, 0 to 1, rounded to 4 decimals.</param>
public readonly record struct ClassProbability(string? Class, decimal Probability);

/// <summary>The first-order share of the variance of a unit's rank explained by one varied input (<c>docs/sensitivity.md</c>).</summary>
/// <param name="Input">The input: <c>weight:A1</c>, <c>weight:T01</c>, <c>roundingMode</c>, <c>roundingDigits</c>, <c>unitRollUp</c>, <c>missingData</c> or <c>survey</c>.</param>
/// <param name="Share">The estimated first-order index S = Var(E[rank | input]) ÷ Var(rank), 0 to 1, rounded to 4 decimals.</param>
public readonly record struct InputShare(string Input, decimal Share);

/// <summary>How one unit's rank moves across the samples of a sensitivity analysis.</summary>
public sealed class UnitSensitivity
{
    internal UnitSensitivity(string unitId, string group, int? nominalRank, decimal? nominalIndex, ClassBand? nominalClass, int rankedSamples, decimal? medianRank, int? low, int? high, int? best, int? worst, IReadOnlyList<ClassProbability> classes, IReadOnlyList<InputShare> shares)
    {
        UnitId = unitId;
        Group = group;
        NominalRank = nominalRank;
        NominalIndex = nominalIndex;
        NominalClass = nominalClass;
        RankedSamples = rankedSamples;
        MedianRank = medianRank;
        RankLow = low;
        RankHigh = high;
        BestRank = best;
        WorstRank = worst;
        ClassProbabilities = classes;
        VarianceShares = shares;
        string? top = null;
        decimal most = 0;
        foreach (var share in shares)
        {
            if (share.Share > most)
            {
                (top, most) = (share.Input, share.Share);
            }
        }

        MostInfluential = top;
    }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>The group ranked within: the unit's kind when ranking by kind, else empty.</summary>
    public string Group { get; }

    /// <summary>The rank with the framework as declared (as <see cref="Ranking.Rank"/> gives it), or null without an index.</summary>
    public int? NominalRank { get; }

    /// <summary>The index with the framework as declared, or null.</summary>
    public decimal? NominalIndex { get; }

    /// <summary>The class with the framework as declared, or null.</summary>
    public ClassBand? NominalClass { get; }

    /// <summary>In how many samples the unit had an index and so a rank.</summary>
    public int RankedSamples { get; }

    /// <summary>The median rank over the samples (the mean of the two middle ranks for an even count), or null when never ranked.</summary>
    public decimal? MedianRank { get; }

    /// <summary>The 5th percentile of the ranks (nearest-rank method): the better end of the 90 % interval.</summary>
    public int? RankLow { get; }

    /// <summary>The 95th percentile of the ranks (nearest-rank method): the worse end of the 90 % interval.</summary>
    public int? RankHigh { get; }

    /// <summary>The best rank in any sample.</summary>
    public int? BestRank { get; }

    /// <summary>The worst rank in any sample.</summary>
    public int? WorstRank { get; }

    /// <summary>The probability of each class: the framework's bands from the highest, then "no class" when it occurs.</summary>
    public IReadOnlyList<ClassProbability> ClassProbabilities { get; }

    /// <summary>The first-order variance share of each varied input, in the order of <see cref="SensitivityResult.Inputs"/>.</summary>
    public IReadOnlyList<InputShare> VarianceShares { get; }

    /// <summary>The input with the largest variance share, or null when the rank never moves.</summary>
    public string? MostInfluential { get; }
}

/// <summary>The result of a sensitivity analysis: per unit, the nominal rank, the rank interval, class probabilities and variance shares.</summary>
public sealed class SensitivityResult
{
    private readonly int[] _ranks;
    private readonly int _unitCount;

    internal SensitivityResult(ScoringResult nominal, SensitivityOptions options, IReadOnlyList<string> inputs, IReadOnlyList<UnitSensitivity> units, int[] ranks)
    {
        Nominal = nominal;
        Options = options;
        Inputs = inputs;
        Units = units;
        _ranks = ranks;
        _unitCount = units.Count;
    }

    /// <summary>The scoring with the framework as declared.</summary>
    public ScoringResult Nominal { get; }

    /// <summary>The options the analysis ran with (samples, seed, what varied).</summary>
    public SensitivityOptions Options { get; }

    /// <summary>How many samples were drawn.</summary>
    public int Samples => Options.Samples;

    /// <summary>The seed.</summary>
    public ulong Seed => Options.Seed;

    /// <summary>The inputs that varied, in draw order: <c>weight:…</c> per area or indicator, then <c>roundingMode</c>, <c>roundingDigits</c>, <c>unitRollUp</c>, <c>missingData</c>, <c>survey</c> as asked for.</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>One entry per unit, in the order of <see cref="ScoringResult.Scorecards"/> (unit identifier, ordinal).</summary>
    public IReadOnlyList<UnitSensitivity> Units { get; }

    /// <summary>The ranks of every unit in one sample, in the order of <see cref="Units"/> (null for a unit without an index).</summary>
    /// <param name="sample">The sample, 0 to <see cref="Samples"/> − 1.</param>
    /// <returns>The ranks.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sample"/> is out of range.</exception>
    public IReadOnlyList<int?> RanksOf(int sample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sample);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sample, Samples);
        var ranks = new int?[_unitCount];
        for (int u = 0; u < _unitCount; u++)
        {
            int r = _ranks[(sample * _unitCount) + u];
            ranks[u] = r == 0 ? null : r;
        }

        return ranks;
    }
}
