namespace Cchc.Scoring;

/// <summary>Where an indicator stands on its way to the target by the due date. Written in files by the names in brackets.</summary>
public enum TrajectoryStatus
{
    /// <summary>(<c>achieved</c>) The latest value already meets the target.</summary>
    Achieved,

    /// <summary>(<c>onTrack</c>) The projected progress is at least <see cref="TrajectoryThresholds.OnTrack"/> of the progress needed.</summary>
    OnTrack,

    /// <summary>(<c>needsAcceleration</c>) The projected progress is at least <see cref="TrajectoryThresholds.NeedsAcceleration"/> of the progress needed.</summary>
    NeedsAcceleration,

    /// <summary>(<c>limitedProgress</c>) The projected progress is at least <see cref="TrajectoryThresholds.LimitedProgress"/> of the progress needed (by default: not backwards).</summary>
    LimitedProgress,

    /// <summary>(<c>deteriorating</c>) The trend moves away from the target.</summary>
    Deteriorating,

    /// <summary>(<c>noData</c>) No usable yearly value (or no baseline for a baseline-relative target).</summary>
    NoData,

    /// <summary>(<c>notApplicable</c>) Every year with a submission declares the indicator not applicable to the unit.</summary>
    NotApplicable,

    /// <summary>(<c>notAchieved</c>) The due year has been observed and its value does not meet the target: no trend can reach it any more.</summary>
    NotAchieved,
}
