using System;

namespace Cchc.Scoring;

/// <summary>
/// The thresholds of the trajectory statuses, on the progress ratio r = projected progress ÷ needed progress (both
/// measured from the baseline in the better direction): r ≥ <see cref="OnTrack"/> is on track, r ≥
/// <see cref="NeedsAcceleration"/> needs acceleration, r ≥ <see cref="LimitedProgress"/> is limited progress, below is
/// deteriorating. Defaults 0.95, 0.5 and 0, after the SDG progress assessment.
/// </summary>
public sealed class TrajectoryThresholds : IEquatable<TrajectoryThresholds>
{
    /// <summary>Creates thresholds.</summary>
    /// <param name="onTrack">The lowest ratio that is on track.</param>
    /// <param name="needsAcceleration">The lowest ratio that needs acceleration (not above <paramref name="onTrack"/>).</param>
    /// <param name="limitedProgress">The lowest ratio that is limited progress (not above <paramref name="needsAcceleration"/>).</param>
    /// <exception cref="ArgumentException">The thresholds are not in descending order.</exception>
    public TrajectoryThresholds(decimal onTrack, decimal needsAcceleration, decimal limitedProgress)
    {
        if (onTrack < needsAcceleration || needsAcceleration < limitedProgress)
        {
            throw new ArgumentException("Trajectory thresholds descend: onTrack ≥ needsAcceleration ≥ limitedProgress.", nameof(needsAcceleration));
        }

        OnTrack = onTrack;
        NeedsAcceleration = needsAcceleration;
        LimitedProgress = limitedProgress;
    }

    /// <summary>The defaults: 0.95, 0.5, 0.</summary>
    public static TrajectoryThresholds Default { get; } = new(0.95m, 0.5m, 0m);

    /// <summary>The lowest progress ratio that is on track.</summary>
    public decimal OnTrack { get; }

    /// <summary>The lowest progress ratio that needs acceleration.</summary>
    public decimal NeedsAcceleration { get; }

    /// <summary>The lowest progress ratio that is limited progress; below it, deteriorating.</summary>
    public decimal LimitedProgress { get; }

    /// <summary>The status of a progress ratio.</summary>
    /// <param name="ratio">Projected progress ÷ needed progress.</param>
    /// <returns>On track, needs acceleration, limited progress or deteriorating.</returns>
    public TrajectoryStatus Classify(decimal ratio) =>
        ratio >= OnTrack ? TrajectoryStatus.OnTrack
        : ratio >= NeedsAcceleration ? TrajectoryStatus.NeedsAcceleration
        : ratio >= LimitedProgress ? TrajectoryStatus.LimitedProgress
        : TrajectoryStatus.Deteriorating;

    /// <inheritdoc/>
    public bool Equals(TrajectoryThresholds? other) =>
        other is not null && OnTrack == other.OnTrack && NeedsAcceleration == other.NeedsAcceleration && LimitedProgress == other.LimitedProgress;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrajectoryThresholds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OnTrack, NeedsAcceleration, LimitedProgress);
}
