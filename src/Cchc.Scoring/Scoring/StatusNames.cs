using Cchc.Scoring;

namespace Cchc.Scoring;

/// <summary>The names of indicator and trajectory statuses in Vietnamese and English, for hosts that show them.</summary>
public static class StatusNames
{
    private static readonly LocalizedText Met = new("Đạt", "met");
    private static readonly LocalizedText NotMet = new("Không đạt", "not met");
    private static readonly LocalizedText NoData = new("Không có số liệu", "no data");
    private static readonly LocalizedText NotApplicable = new("Không áp dụng", "not applicable");
    private static readonly LocalizedText Achieved = new("Đã đạt", "achieved");
    private static readonly LocalizedText OnTrack = new("Đúng tiến độ", "on track");
    private static readonly LocalizedText NeedsAcceleration = new("Cần đẩy nhanh", "needs acceleration");
    private static readonly LocalizedText LimitedProgress = new("Tiến triển hạn chế", "limited progress");
    private static readonly LocalizedText Deteriorating = new("Đang xấu đi", "deteriorating");
    private static readonly LocalizedText NotAchieved = new("Không đạt", "not achieved");

    /// <summary>The name of an indicator status: Đạt / met, Không đạt / not met, …</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name in both languages.</returns>
    public static LocalizedText Of(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => Met,
        IndicatorStatus.NotMet => NotMet,
        IndicatorStatus.NoData => NoData,
        _ => NotApplicable,
    };

    /// <summary>The name of a trajectory status: Đã đạt / achieved, Đúng tiến độ / on track, …</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name in both languages.</returns>
    public static LocalizedText Of(TrajectoryStatus status) => status switch
    {
        TrajectoryStatus.Achieved => Achieved,
        TrajectoryStatus.OnTrack => OnTrack,
        TrajectoryStatus.NeedsAcceleration => NeedsAcceleration,
        TrajectoryStatus.LimitedProgress => LimitedProgress,
        TrajectoryStatus.Deteriorating => Deteriorating,
        TrajectoryStatus.NotAchieved => NotAchieved,
        TrajectoryStatus.NoData => NoData,
        _ => NotApplicable,
    };
}
