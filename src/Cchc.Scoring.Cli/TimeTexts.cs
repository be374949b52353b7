using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words of the time commands (<c>history</c>, <c>trajectory</c>), in Vietnamese and English.</summary>
internal sealed class TimeTexts
{
    public static readonly TimeTexts Vi = new()
    {
        Language = Language.Vi,
        Revision = "Lần",
        RecordedAt = "Ghi nhận lúc",
        Late = "Trễ hạn",
        Due = "Hạn nộp",
        Note = "Ghi chú",
        Baseline = "Cơ sở",
        Milestones = "Mốc theo năm",
        Latest = "Mới nhất",
        Projection = "Dự báo",
        Yes = "có",
        NoRevisions = "(không có lần nộp nào)",
    };

    public static readonly TimeTexts En = new()
    {
        Language = Language.En,
        Revision = "Revision",
        RecordedAt = "Recorded at",
        Late = "Late",
        Due = "Due",
        Note = "Note",
        Baseline = "Baseline",
        Milestones = "Milestones",
        Latest = "Latest",
        Projection = "Projection",
        Yes = "yes",
        NoRevisions = "(no revisions)",
    };

    public required string Revision { get; init; }

    public required string RecordedAt { get; init; }

    public required string Late { get; init; }

    public required string Due { get; init; }

    public required string Note { get; init; }

    public required string Baseline { get; init; }

    public required string Milestones { get; init; }

    public required string Latest { get; init; }

    public required string Projection { get; init; }

    public required string Yes { get; init; }

    public required string NoRevisions { get; init; }

    public required Language Language { get; init; }

    public static TimeTexts For(Language language) => language == Language.En ? En : Vi;

    public string StatusWord(TrajectoryStatus status) => StatusNames.Of(status).Get(Language);
}
