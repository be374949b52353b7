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
        Framework = "Khung đánh giá",
        VersionWord = "phiên bản",
        Period = "Kỳ đánh giá",
        AsOf = "Tính đến",
        Latest = "số liệu mới nhất",
        Fingerprint = "Mã kiểm chứng (SHA-256)",
        Index = "Chỉ số",
        Class = "Xếp loại",
        Points = "Điểm",
        Max = "Tối đa",
        Areas = "Điểm theo lĩnh vực",
        Area = "Lĩnh vực",
        Ranking = "Xếp hạng các đơn vị",
        Rank = "Hạng",
        Unit = "Đơn vị",
        Name = "Tên",
        Kind = "Loại đơn vị",
        Indicators = "Các chỉ tiêu",
        Indicator = "Chỉ tiêu",
        Value = "Giá trị",
        Target = "Mục tiêu",
        Status = "Trạng thái",
        Explanation = "Giải thích",
        ShowExplanation = "Xem cách tính điểm",
        Trajectories = "Lộ trình đến mục tiêu",
        Baseline = "Giá trị cơ sở",
        Milestones = "Mốc lộ trình",
        Observed = "Giá trị thực tế",
        Projection = "Dự báo",
        Due = "Hạn",
        NothingToDraw = "Chưa có số liệu để vẽ.",
        RollUpNote = "tổng hợp từ các đơn vị trực thuộc",
        Bonus = "Điểm thưởng",
        Deduction = "Điểm trừ",
        Summary = "Tổng hợp",
        Submissions = "Số liệu đã dùng",
        RecordedAt = "Ghi nhận lúc",
        Revision = "Lần nộp",
        Measure = "Loại số liệu",
        Numerator = "Tử số",
        Denominator = "Mẫu số",
        Excluded = "Loại trừ",
        Count = "Số lượng",
        Applicable = "Áp dụng",
        Note = "Ghi chú",
        Evidence = "Minh chứng",
        SelfAssessed = "Điểm tự chấm",
        Appraised = "Điểm thẩm định",
        Yes = "có",
        No = "không",
        Footer = "Tạo bởi cchc (Cchc.Scoring). Số liệu trong tệp dữ liệu dùng định dạng bất biến; số trong báo cáo viết theo kiểu Việt Nam.",
    };

    public static readonly ReportTexts En = new()
    {
        Language = Language.En,
        LangCode = "en",
        Title = "Administrative reform report",
        Framework = "Framework",
        VersionWord = "version",
        Period = "Period",
        AsOf = "As of",
        Latest = "latest figures",
        Fingerprint = "Fingerprint (SHA-256)",
        Index = "Index",
        Class = "Class",
        Points = "Points",
        Max = "Max",
        Areas = "Points by area",
        Area = "Area",
        Ranking = "Units ranked",
        Rank = "Rank",
        Unit = "Unit",
        Name = "Name",
        Kind = "Kind",
        Indicators = "Indicators",
        Indicator = "Indicator",
        Value = "Value",
        Target = "Target",
        Status = "Status",
        Explanation = "Explanation",
        ShowExplanation = "How the points came about",
        Trajectories = "Trajectories to the targets",
        Baseline = "Baseline",
        Milestones = "Milestones",
        Observed = "Actual values",
        Projection = "Projection",
        Due = "Due",
        NothingToDraw = "No figures to draw yet.",
        RollUpNote = "rolled up from its units",
        Bonus = "Bonus",
        Deduction = "Deduction",
        Summary = "Summary",
        Submissions = "Submissions used",
        RecordedAt = "Recorded at",
        Revision = "Revision",
        Measure = "Measure",
        Numerator = "Numerator",
        Denominator = "Denominator",
        Excluded = "Excluded",
        Count = "Count",
        Applicable = "Applicable",
        Note = "Note",
        Evidence = "Evidence",
        SelfAssessed = "Self-assessed points",
        Appraised = "Appraised points",
        Yes = "yes",
        No = "no",
        Footer = "Made by cchc (Cchc.Scoring). Data files keep invariant numbers; the report writes numbers in the Vietnamese style.",
    };

    public required Language Language { get; init; }

    public required string LangCode { get; init; }

    public required string Title { get; init; }

    public required string Framework { get; init; }

    public required string VersionWord { get; init; }

    public required string Period { get; init; }

    public required string AsOf { get; init; }

    public required string Latest { get; init; }

    public required string Fingerprint { get; init; }

    public required string Index { get; init; }

    public required string Class { get; init; }

    public required string Points { get; init; }

    public required string Max { get; init; }

    public required string Areas { get; init; }

    public required string Area { get; init; }

    public required string Ranking { get; init; }

    public required string Rank { get; init; }

    public required string Unit { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string Indicators { get; init; }

    public required string Indicator { get; init; }

    public required string Value { get; init; }

    public required string Target { get; init; }

    public required string Status { get; init; }

    public required string Explanation { get; init; }

    public required string ShowExplanation { get; init; }

    public required string Trajectories { get; init; }

    public required string Baseline { get; init; }

    public required string Milestones { get; init; }

    public required string Observed { get; init; }

    public required string Projection { get; init; }

    public required string Due { get; init; }

    public required string NothingToDraw { get; init; }

    public required string RollUpNote { get; init; }

    public required string Bonus { get; init; }

    public required string Deduction { get; init; }

    public required string Summary { get; init; }

    public required string Submissions { get; init; }

    public required string RecordedAt { get; init; }

    public required string Revision { get; init; }

    public required string Measure { get; init; }

    public required string Numerator { get; init; }

    public required string Denominator { get; init; }

    public required string Excluded { get; init; }

    public required string Count { get; init; }

    public required string Applicable { get; init; }

    public required string Note { get; init; }

    public required string Evidence { get; init; }

    public required string SelfAssessed { get; init; }

    public required string Appraised { get; init; }

    public required string Yes { get; init; }

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
