using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>The words of the reports, in Vietnamese and English.</summary>
internal sealed class ReportTexts
{
    public static readonly ReportTexts Vi = new()
    {
        Language = Language.Vi,
        LangCode = "vi",
        Title = "Báo cáo kết quả cải cách hành chính",
        Latest = "số liệu mới nhất",
        Areas = "Điểm theo lĩnh vực",
        Ranking = "Xếp hạng các đơn vị",
        Kind = "Loại đơn vị",
        Indicators = "Các chỉ tiêu",
        Explanation = "Giải thích",
        ShowExplanation = "Xem cách tính điểm",
        Trajectories = "Lộ trình đến mục tiêu",
        Baseline = "Giá trị cơ sở",
        Milestones = "Mốc lộ trình",
        Observed = "Giá trị thực tế",
        Due = "Hạn",
        NothingToDraw = "Chưa có số liệu để vẽ.",
        Summary = "Tổng hợp",
        Submissions = "Số liệu đã dùng",
        Revision = "Lần nộp",
        Measure = "Loại số liệu",
        Numerator = "Tử số",
        Denominator = "Mẫu số",
        Excluded = "Loại trừ",
        Count = "Số lượng",
        Applicable = "Áp dụng",
        SelfAssessed = "Điểm tự chấm",
        Appraised = "Điểm thẩm định",
        No = "không",
        Footer = "Tạo bởi cchc (Cchc.Scoring). Số liệu trong tệp dữ liệu dùng định dạng bất biến; số trong báo cáo viết theo kiểu Việt Nam.",
    };

    public static readonly ReportTexts En = new()
    {
        Language = Language.En,
        LangCode = "en",
        Title = "Administrative reform report",
        Latest = "latest figures",
        Areas = "Points by area",
        Ranking = "Units ranked",
        Kind = "Kind",
        Indicators = "Indicators",
        Explanation = "Explanation",
        ShowExplanation = "How the points came about",
        Trajectories = "Trajectories to the targets",
        Baseline = "Baseline",
        Milestones = "Milestones",
        Observed = "Actual values",
        Due = "Due",
        NothingToDraw = "No figures to draw yet.",
        Summary = "Summary",
        Submissions = "Submissions used",
        Revision = "Revision",
        Measure = "Measure",
        Numerator = "Numerator",
        Denominator = "Denominator",
        Excluded = "Excluded",
        Count = "Count",
        Applicable = "Applicable",
        SelfAssessed = "Self-assessed points",
        Appraised = "Appraised points",
        No = "no",
        Footer = "Made by cchc (Cchc.Scoring). Data files keep invariant numbers; the report writes numbers in the Vietnamese style.",
    };

    public required Language Language { get; init; }

    public required string LangCode { get; init; }

    public required string Title { get; init; }

    public string Framework => Glossary.Framework.Get(Language);

    public string VersionWord => Glossary.VersionWord.Get(Language);

    public string Period => Glossary.Period.Get(Language);

    public string AsOf => Glossary.AsOf.Get(Language);

    public required string Latest { get; init; }

    public string Fingerprint => Glossary.Fingerprint.Get(Language);

    public string Index => Glossary.Index.Get(Language);

    public string Class => Glossary.Class.Get(Language);

    public string Points => Glossary.Points.Get(Language);

    public string Max => Glossary.Max.Get(Language);

    public required string Areas { get; init; }

    public string Area => Glossary.Area.Get(Language);

    public required string Ranking { get; init; }

    public string Rank => Glossary.Rank.Get(Language);

    public string Unit => Glossary.Unit.Get(Language);

    public string Name => Glossary.Name.Get(Language);

    public required string Kind { get; init; }

    public required string Indicators { get; init; }

    public string Indicator => Glossary.Indicator.Get(Language);

    public string Value => Glossary.Value.Get(Language);

    public string Target => Glossary.Target.Get(Language);

    public string Status => Glossary.Status.Get(Language);

    public required string Explanation { get; init; }

    public required string ShowExplanation { get; init; }

    public required string Trajectories { get; init; }

    public required string Baseline { get; init; }

    public required string Milestones { get; init; }

    public required string Observed { get; init; }

    public string Projection => Glossary.Projection.Get(Language);

    public required string Due { get; init; }

    public required string NothingToDraw { get; init; }

    /// <summary>A lineage event's kind in a word, for the mark on a trajectory chart.</summary>
    public string LineageWord(LineageEventKind kind) => Language == Language.Vi
        ? kind switch
        {
            LineageEventKind.Rename => "Đổi tên",
            LineageEventKind.Move => "Chuyển",
            LineageEventKind.Merge => "Hợp nhất",
            LineageEventKind.Split => "Chia tách",
            LineageEventKind.Absorb => "Sáp nhập",
            _ => "Giải thể",
        }
        : kind switch
        {
            LineageEventKind.Rename => "renamed",
            LineageEventKind.Move => "moved",
            LineageEventKind.Merge => "merged",
            LineageEventKind.Split => "split",
            LineageEventKind.Absorb => "absorbed",
            _ => "dissolved",
        };

    public string RollUpNote => Glossary.RollUpNote.Get(Language);

    public string Bonus => Glossary.Bonus.Get(Language);

    public string Deduction => Glossary.Deduction.Get(Language);

    public required string Summary { get; init; }

    public required string Submissions { get; init; }

    public string RecordedAt => Glossary.RecordedAt.Get(Language);

    public required string Revision { get; init; }

    public required string Measure { get; init; }

    public required string Numerator { get; init; }

    public required string Denominator { get; init; }

    public required string Excluded { get; init; }

    public required string Count { get; init; }

    public required string Applicable { get; init; }

    public string Note => Glossary.Note.Get(Language);

    public string Evidence => Glossary.Evidence.Get(Language);

    public required string SelfAssessed { get; init; }

    public required string Appraised { get; init; }

    public string Yes => Glossary.Yes.Get(Language);

    public required string No { get; init; }

    public required string Footer { get; init; }

    public static ReportTexts For(Language language) => language == Language.Vi ? Vi : En;

    public string StatusWord(IndicatorStatus status) => StatusNames.Of(status).Get(Language);

    public string StatusWord(TrajectoryStatus status) => StatusNames.Of(status).Get(Language);

    /// <summary>The invariant name of an indicator status, as written in files.</summary>
    public static string StatusName(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.NotMet => "notMet",
        IndicatorStatus.NoData => "noData",
        _ => "notApplicable",
    };
}
