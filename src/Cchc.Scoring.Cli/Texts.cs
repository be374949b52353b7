using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words the command line prints, in Vietnamese and English.</summary>
internal sealed class Texts
{
    public static readonly Texts Vi = new()
    {
        Language = Language.Vi,
        Framework = "Khung đánh giá",
        VersionWord = "phiên bản",
        Period = "Kỳ đánh giá",
        AsOf = "Tính đến",
        Unit = "Đơn vị",
        Name = "Tên",
        UnitName = "Tên đơn vị",
        Points = "Điểm",
        Max = "Tối đa",
        MaxPoints = "Điểm tối đa",
        Index = "Chỉ số",
        Class = "Xếp loại",
        Area = "Lĩnh vực",
        Indicator = "Chỉ tiêu",
        IndicatorName = "Tên chỉ tiêu",
        Value = "Giá trị",
        Target = "Mục tiêu",
        Status = "Trạng thái",
        Id = "Mã",
        Version = "Phiên bản",
        IndicatorCount = "Số chỉ tiêu",
        TotalPoints = "Tổng điểm",
        NoFrameworks = "(không có khung đánh giá dựng sẵn)",
        Rank = "Hạng",
        Kind = "Loại đơn vị",
        Fingerprint = "Mã kiểm chứng (SHA-256)",
        WhereToImprove = "Cần cải thiện (theo số điểm còn thiếu)",
        PointsAvailable = "Điểm còn thiếu",
        IndexGain = "Chỉ số tăng",
        Needed = "Cần đạt",
        Now = "Hiện tại",
        MoreItems = "Thêm (tử số)",
        RollUpNote = "tổng hợp từ các đơn vị trực thuộc",
        Bonus = "Điểm thưởng",
        Deduction = "Điểm trừ",
        NothingToImprove = "(không còn chỉ tiêu nào thiếu điểm)",
    };

    public static readonly Texts En = new()
    {
        Language = Language.En,
        Framework = "Framework",
        VersionWord = "version",
        Period = "Period",
        AsOf = "As of",
        Unit = "Unit",
        Name = "Name",
        UnitName = "Unit name",
        Points = "Points",
        Max = "Max",
        MaxPoints = "Max points",
        Index = "Index",
        Class = "Class",
        Area = "Area",
        Indicator = "Indicator",
        IndicatorName = "Indicator name",
        Value = "Value",
        Target = "Target",
        Status = "Status",
        Id = "Id",
        Version = "Version",
        IndicatorCount = "Indicators",
        TotalPoints = "Total points",
        NoFrameworks = "(no built-in frameworks)",
        Rank = "Rank",
        Kind = "Unit kind",
        Fingerprint = "Fingerprint (SHA-256)",
        WhereToImprove = "Where to improve (by points still available)",
        PointsAvailable = "Points available",
        IndexGain = "Index gain",
        Needed = "Needed",
        Now = "Now",
        MoreItems = "More items (numerator)",
        RollUpNote = "rolled up from its units",
        Bonus = "Bonus",
        Deduction = "Deduction",
        NothingToImprove = "(every indicator has full points)",
    };

    public required Language Language { get; init; }

    public required string Framework { get; init; }

    public required string VersionWord { get; init; }

    public required string Period { get; init; }

    public required string AsOf { get; init; }

    public required string Unit { get; init; }

    public required string Name { get; init; }

    public required string UnitName { get; init; }

    public required string Points { get; init; }

    public required string Max { get; init; }

    public required string MaxPoints { get; init; }

    public required string Index { get; init; }

    public required string Class { get; init; }

    public required string Area { get; init; }

    public required string Indicator { get; init; }

    public required string IndicatorName { get; init; }

    public required string Value { get; init; }

    public required string Target { get; init; }

    public required string Status { get; init; }

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string IndicatorCount { get; init; }

    public required string TotalPoints { get; init; }

    public required string NoFrameworks { get; init; }

    public required string Rank { get; init; }

    public required string Kind { get; init; }

    public required string Fingerprint { get; init; }

    public required string WhereToImprove { get; init; }

    public required string PointsAvailable { get; init; }

    public required string IndexGain { get; init; }

    public required string Needed { get; init; }

    public required string Now { get; init; }

    public required string MoreItems { get; init; }

    public required string RollUpNote { get; init; }

    public required string Bonus { get; init; }

    public required string Deduction { get; init; }

    public required string NothingToImprove { get; init; }

    public static Texts For(string? lang) => lang == "en" ? En : Vi;

    public string StatusWord(IndicatorStatus status) => StatusNames.Of(status).Get(Language);
}
