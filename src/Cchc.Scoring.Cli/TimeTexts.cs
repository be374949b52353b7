using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words of the time commands (<c>history</c>, <c>trajectory</c>), in Vietnamese and English.</summary>
internal sealed class TimeTexts
{
    public static readonly TimeTexts Vi = new()
    {
        Language = Language.Vi,
        Revision = "Lần",
        Due = "Hạn nộp",
        Baseline = "Cơ sở",
        Milestones = "Mốc theo năm",
        Latest = "Mới nhất",
        NoRevisions = "(không có lần nộp nào)",
        Trajectories = "Lộ trình đến năm mục tiêu",
    };

    public static readonly TimeTexts En = new()
    {
        Language = Language.En,
        Revision = "Revision",
        Due = "Due",
        Baseline = "Baseline",
        Milestones = "Milestones",
        Latest = "Latest",
        NoRevisions = "(no revisions)",
        Trajectories = "Trajectories to the target year",
    };

    public required string Revision { get; init; }

    public string RecordedAt => Glossary.RecordedAt.Get(Language);

    public string Late => Glossary.LateSubmission.Get(Language);

    public required string Due { get; init; }

    public string Note => Glossary.Note.Get(Language);

    public required string Baseline { get; init; }

    public required string Milestones { get; init; }

    public required string Latest { get; init; }

    public string Projection => Glossary.Projection.Get(Language);

    public string Yes => Glossary.Yes.Get(Language);

    public required string NoRevisions { get; init; }

    /// <summary>What a trajectory warning is about (in place of a period).</summary>
    public required string Trajectories { get; init; }

    public required Language Language { get; init; }

    public static TimeTexts For(Language language) => language == Language.En ? En : Vi;

    public string StatusWord(TrajectoryStatus status) => StatusNames.Of(status).Get(Language);
}
