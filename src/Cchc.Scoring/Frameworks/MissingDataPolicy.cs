using System;

namespace Cchc.Scoring;

/// <summary>What an indicator without a usable figure for the period scores as.</summary>
public enum MissingDataMethod
{
    /// <summary>No data scores 0 points and the maximum still counts (the default, and the only behaviour before policies).</summary>
    Zero,

    /// <summary>The indicator is treated as not applicable: 0 points and its maximum leaves the unit's total.</summary>
    NotApplicable,

    /// <summary>The unit's figure of the latest earlier period of the same kind (at most <see cref="MissingDataPolicy.MaxPeriods"/> back) is scored instead.</summary>
    CarryForward,

    /// <summary>The unweighted mean of the values of the unit's peers (declared units of the same kind) that have a usable figure is scored instead.</summary>
    PeerMean,
}

/// <summary>
/// How missing data is treated: declared by a framework for all its indicators and overridden per indicator
/// (<c>"missingData"</c> in the framework file, <c>docs/formats.md</c>). Only a figure that is missing or unusable for
/// the period is imputed: a figure declared not applicable, a missing baseline and a roll-up across units are never
/// imputed. An imputed figure is marked on its score (<see cref="IndicatorScore.Imputation"/>) and counted
/// (<see cref="ScorecardCoverage.Imputed"/>). When the method finds nothing to impute from, the indicator scores 0 as
/// with <see cref="MissingDataMethod.Zero"/>.
/// </summary>
public sealed class MissingDataPolicy : IEquatable<MissingDataPolicy>
{
    /// <summary>The most periods a figure may be carried forward.</summary>
    public const int MaxCarryForward = 12;

    private MissingDataPolicy(MissingDataMethod method, int maxPeriods)
    {
        Method = method;
        MaxPeriods = maxPeriods;
    }

    /// <summary>No data scores 0; the maximum counts (the default).</summary>
    public static MissingDataPolicy Zero { get; } = new(MissingDataMethod.Zero, 0);

    /// <summary>No data makes the indicator not applicable: its maximum leaves the total.</summary>
    public static MissingDataPolicy NotApplicable { get; } = new(MissingDataMethod.NotApplicable, 0);

    /// <summary>No data takes the mean of the values of the unit's peers of the same kind.</summary>
    public static MissingDataPolicy PeerMean { get; } = new(MissingDataMethod.PeerMean, 0);

    /// <summary>No data takes the unit's own figure of an earlier period of the same kind, at most <paramref name="maxPeriods"/> back.</summary>
    /// <param name="maxPeriods">How many periods back a figure may come from, 1 to <see cref="MaxCarryForward"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPeriods"/> is below 1 or above <see cref="MaxCarryForward"/>.</exception>
    public static MissingDataPolicy CarryForward(int maxPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPeriods, MaxCarryForward);
        return new MissingDataPolicy(MissingDataMethod.CarryForward, maxPeriods);
    }

    /// <summary>The method.</summary>
    public MissingDataMethod Method { get; }

    /// <summary>For <see cref="MissingDataMethod.CarryForward"/>, how many periods back a figure may come from; otherwise 0.</summary>
    public int MaxPeriods { get; }

    /// <summary>The policy as written in files and canonical forms: <c>zero</c>, <c>notApplicable</c>, <c>carryForward:2</c>, <c>peerMean</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Method switch
    {
        MissingDataMethod.NotApplicable => "notApplicable",
        MissingDataMethod.CarryForward => "carryForward:" + Num.Format(MaxPeriods),
        MissingDataMethod.PeerMean => "peerMean",
        _ => "zero",
    };

    /// <inheritdoc/>
    public bool Equals(MissingDataPolicy? other) => other is not null && other.Method == Method && other.MaxPeriods == MaxPeriods;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MissingDataPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Method, MaxPeriods);
}

/// <summary>How a missing figure was imputed for one indicator score (<see cref="IndicatorScore.Imputation"/>).</summary>
public sealed class Imputation
{
    internal Imputation(MissingDataMethod method, ReportingPeriod? fromPeriod, int peers)
    {
        Method = method;
        FromPeriod = fromPeriod;
        Peers = peers;
    }

    /// <summary>The method applied: <see cref="MissingDataMethod.NotApplicable"/>, <see cref="MissingDataMethod.CarryForward"/> or <see cref="MissingDataMethod.PeerMean"/>.</summary>
    public MissingDataMethod Method { get; }

    /// <summary>For a figure carried forward, the earlier period it comes from; otherwise null.</summary>
    public ReportingPeriod? FromPeriod { get; }

    /// <summary>For a peer mean, how many peers' values were averaged; otherwise 0.</summary>
    public int Peers { get; }

    /// <summary>The imputation as text, e.g. <c>carryForward from 2024</c>, <c>peerMean of 3</c>, <c>notApplicable</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Method switch
    {
        MissingDataMethod.CarryForward => "carryForward from " + FromPeriod?.ToString(),
        MissingDataMethod.PeerMean => "peerMean of " + Num.Format(Peers),
        _ => "notApplicable",
    };
}
