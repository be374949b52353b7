using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words the command line prints, in Vietnamese and English.</summary>
internal sealed class Texts
{
    public static readonly Texts Vi = new()
    {
        Language = Language.Vi,
        UnitName = "Tên đơn vị",
        MaxPoints = "Điểm tối đa",
        PartialData = "Số liệu một phần",
        IndicatorName = "Tên chỉ tiêu",
        Id = "Mã",
        Version = "Phiên bản",
        IndicatorCount = "Số chỉ tiêu",
        TotalPoints = "Tổng điểm",
        NoFrameworks = "(không có khung đánh giá dựng sẵn)",
        Kind = "Loại đơn vị",
        WhereToImprove = "Cần cải thiện (theo số điểm còn thiếu)",
        PointsAvailable = "Điểm còn thiếu",
        IndexGain = "Chỉ số tăng",
        Needed = "Cần đạt",
        Now = "Hiện tại",
        MoreItems = "Thêm (tử số)",
        NothingToImprove = "(không còn chỉ tiêu nào thiếu điểm)",
        WarningPrefix = "cchc: cảnh báo: ",
        NotePrefix = "cchc: lưu ý: ",
        NoData = "Thiếu số liệu",
        NoDataFootnote = "Thiếu số liệu: số chỉ tiêu không có số liệu / số chỉ tiêu áp dụng cho đơn vị; điểm của đơn vị đó chưa phản ánh đầy đủ kết quả.",
        LacksData = "thiếu số liệu",
        LatestYear = "năm gần nhất có số liệu",
        SampleData = "Số liệu: số liệu mẫu tổng hợp của khung đánh giá dựng sẵn, để dùng thử (không phải số liệu thật).",
        RoundedToMax = "làm tròn lên điểm tối đa; mục tiêu chưa đạt",
        MeasureUnit = "Đơn vị tính",
        ReportFocus = "báo cáo về đơn vị ",
        ReportFocusDepartment = " (không có --unit: đơn vị cấp trên của các đơn vị khác; chọn đơn vị khác bằng --unit)",
        ReportFocusFirst = " (không có --unit và không có đơn vị cấp trên nào: đơn vị đầu tiên; chọn đơn vị khác bằng --unit)",
    };

    public static readonly Texts En = new()
    {
        Language = Language.En,
        UnitName = "Unit name",
        MaxPoints = "Max points",
        PartialData = "Partial data",
        IndicatorName = "Indicator name",
        Id = "Id",
        Version = "Version",
        IndicatorCount = "Indicators",
        TotalPoints = "Total points",
        NoFrameworks = "(no built-in frameworks)",
        Kind = "Unit kind",
        WhereToImprove = "Where to improve (by points still available)",
        PointsAvailable = "Points available",
        IndexGain = "Index gain",
        Needed = "Needed",
        Now = "Now",
        MoreItems = "More items (numerator)",
        NothingToImprove = "(every indicator has full points)",
        WarningPrefix = "cchc: warning: ",
        NotePrefix = "cchc: note: ",
        NoData = "No data",
        NoDataFootnote = "No data: indicators without data / indicators that apply to the unit; such a score says little about the unit.",
        LacksData = "lacks data",
        LatestYear = "the latest year with submissions",
        SampleData = "Data: the built-in framework's synthetic sample data, for trying the tool (not real figures).",
        RoundedToMax = "rounded to the maximum; the target is not met",
        MeasureUnit = "Unit of measure",
        ReportFocus = "the report is about unit ",
        ReportFocusDepartment = " (no --unit: the unit the others report to; choose another with --unit)",
        ReportFocusFirst = " (no --unit and no unit that others report to: the first unit; choose another with --unit)",
    };

    public required Language Language { get; init; }

    public string Framework => Glossary.Framework.Get(Language);

    public string VersionWord => Glossary.VersionWord.Get(Language);

    public string Period => Glossary.Period.Get(Language);

    public string AsOf => Glossary.AsOf.Get(Language);

    public string Unit => Glossary.Unit.Get(Language);

    public string Name => Glossary.Name.Get(Language);

    public required string UnitName { get; init; }

    public string Points => Glossary.Points.Get(Language);

    public string Max => Glossary.Max.Get(Language);

    public required string MaxPoints { get; init; }

    /// <summary>The CSV column that marks a figure rolled up from part of its sub-periods.</summary>
    public required string PartialData { get; init; }

    public string Index => Glossary.Index.Get(Language);

    public string Class => Glossary.Class.Get(Language);

    public string Area => Glossary.Area.Get(Language);

    public string Indicator => Glossary.Indicator.Get(Language);

    public required string IndicatorName { get; init; }

    public string Value => Glossary.Value.Get(Language);

    public string Target => Glossary.Target.Get(Language);

    public string Status => Glossary.Status.Get(Language);

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string IndicatorCount { get; init; }

    public required string TotalPoints { get; init; }

    public required string NoFrameworks { get; init; }

    public string Rank => Glossary.Rank.Get(Language);

    public required string Kind { get; init; }

    public string Fingerprint => Glossary.Fingerprint.Get(Language);

    public required string WhereToImprove { get; init; }

    public required string PointsAvailable { get; init; }

    public required string IndexGain { get; init; }

    public required string Needed { get; init; }

    public required string Now { get; init; }

    public required string MoreItems { get; init; }

    public string RollUpNote => Glossary.RollUpNote.Get(Language);

    public string Bonus => Glossary.Bonus.Get(Language);

    public string Deduction => Glossary.Deduction.Get(Language);

    public required string NothingToImprove { get; init; }

    /// <summary>Starts a warning line on standard error: <c>cchc: warning: </c>.</summary>
    public required string WarningPrefix { get; init; }

    /// <summary>Starts a note line on standard error: <c>cchc: note: </c>.</summary>
    public required string NotePrefix { get; init; }

    /// <summary>The header of the column that counts a unit's indicators without data.</summary>
    public required string NoData { get; init; }

    /// <summary>The footnote under a table with the <see cref="NoData"/> column.</summary>
    public required string NoDataFootnote { get; init; }

    /// <summary>The mark after a unit heading whose unit lacks data.</summary>
    public required string LacksData { get; init; }

    /// <summary>Says why the period was chosen when none was given.</summary>
    public required string LatestYear { get; init; }

    /// <summary>The line that says the built-in sample (synthetic figures) was scored.</summary>
    public required string SampleData { get; init; }

    /// <summary>The footnote of a "not met" indicator whose points were rounded to the maximum.</summary>
    public required string RoundedToMax { get; init; }

    /// <summary>The header of the unit-of-measure column.</summary>
    public required string MeasureUnit { get; init; }

    /// <summary>Starts the note that says which unit a report is about.</summary>
    public required string ReportFocus { get; init; }

    /// <summary>Says that the report's unit, chosen without <c>--unit</c>, is the one the others report to.</summary>
    public required string ReportFocusDepartment { get; init; }

    /// <summary>Says that the report's unit, chosen without <c>--unit</c>, is the first unit.</summary>
    public required string ReportFocusFirst { get; init; }

    public static Texts For(string? lang) => lang == "en" ? En : Vi;

    /// <summary>
    /// "2025-Q3: no data for 21 of 23 indicators in 7 of 9 units." The counts of indicators are summed over the units
    /// that lack data (each unit's indicators that apply to it).
    /// </summary>
    public string CoverageWarning(string period, int noData, int applicable, int units, int allUnits) => Language == Language.Vi
        ? period + ": không có số liệu cho " + Format.Int(noData) + "/" + Format.Int(applicable) + " chỉ tiêu ở " + Format.Int(units) + "/" + Format.Int(allUnits) + " đơn vị."
        : period + ": no data for " + Format.Int(noData) + " of " + Format.Int(applicable) + " indicators in " + Format.Int(units) + " of " + Format.Int(allUnits) + " units.";

    /// <summary>"Period 2030 lies outside the framework's plan (2021-01-01..2025-12-31)."</summary>
    public string OutsidePlan(string period, string plan) => Language == Language.Vi
        ? "kỳ " + period + " nằm ngoài giai đoạn kế hoạch của khung đánh giá (" + plan + "): các mục tiêu của khung không dành cho kỳ này."
        : "period " + period + " lies outside the framework's plan (" + plan + "): its targets were not set for this period.";

    /// <summary>"Period: 2025, the latest year with submissions." (on standard error, for formats without a heading).</summary>
    public string DefaultPeriodNote(string period) => Period + ": " + period + (Language == Language.Vi ? " — " : ", ") + LatestYear + ".";

    /// <summary>A submitted figure in this language, numbers written as it writes them (the core's <see cref="FigureText"/>).</summary>
    public string Figure(Measurement m) => FigureText.Of(m, Language);

    /// <summary>The word for a kind of unit (department, division, …) in this language; an unknown kind as written.</summary>
    public string KindWord(string kind) => Words.Kind(kind, Language);

    /// <summary>A unit of measure (%, minutes per dossier, …) in this language; an unknown one as written.</summary>
    public string MeasureWord(string unitOfMeasure) => Words.Measure(unitOfMeasure, Language);

    public string StatusWord(IndicatorStatus status) => StatusNames.Of(status).Get(Language);
}
