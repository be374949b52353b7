using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>The words of the report's completeness marks, year-on-year and reporting-status sections, in Vietnamese and English.</summary>
internal sealed class StatusReportTexts
{
    public static readonly StatusReportTexts Vi = new()
    {
        Language = Language.Vi,
        PartialFootnote = "~ chỉ số tính trên số liệu một phần (kỳ con chưa đủ, ví dụ 3 trên 4 quý): chưa so sánh được trọn vẹn với chỉ số đủ số liệu.",
        YearOnYear = "So sánh với cùng kỳ",
        PreviousIndex = "Chỉ số kỳ trước",
        Change = "Thay đổi",
        PreviousRank = "Hạng kỳ trước",
        RankChange = "Thay đổi hạng",
        NotCompared = "không có kỳ trước",
        ReportingStatus = "Tình hình gửi báo cáo",
        OnTime = "Đúng hạn",
        Late = "Trễ hạn",
        Revised = "Sửa sau hạn",
        Missing = "Chưa nộp",
        NotApplicable = "Không áp dụng",
        Owed = "Còn nợ",
        LateDays = "Trễ (ngày làm việc)",
        Due = "Hạn nộp",
        NoDeadline = "Khung đánh giá không quy định hạn nộp.",
        Total = "Tổng",
        Complete = "Tất cả đơn vị đã nộp đủ số liệu.",
    };

    public static readonly StatusReportTexts En = new()
    {
        Language = Language.En,
        PartialFootnote = "~ index on partial data (sub-periods missing, e.g. 3 of 4 quarters): not fully comparable with an index on complete data.",
        YearOnYear = "Year on year",
        PreviousIndex = "Previous index",
        Change = "Change",
        PreviousRank = "Previous rank",
        RankChange = "Rank change",
        NotCompared = "no previous period",
        ReportingStatus = "Reporting status",
        OnTime = "On time",
        Late = "Late",
        Revised = "Revised late",
        Missing = "Missing",
        NotApplicable = "N/A",
        Owed = "Still owes",
        LateDays = "Late (working days)",
        Due = "Due",
        NoDeadline = "The framework sets no deadline.",
        Total = "Total",
        Complete = "Every unit has reported everything due.",
    };

    public required Language Language { get; init; }

    public required string PartialFootnote { get; init; }

    public required string YearOnYear { get; init; }

    public required string PreviousIndex { get; init; }

    public required string Change { get; init; }

    public required string PreviousRank { get; init; }

    public required string RankChange { get; init; }

    public required string NotCompared { get; init; }

    public required string ReportingStatus { get; init; }

    public required string OnTime { get; init; }

    public required string Late { get; init; }

    public required string Revised { get; init; }

    public required string Missing { get; init; }

    public required string NotApplicable { get; init; }

    public required string Owed { get; init; }

    public required string LateDays { get; init; }

    public required string Due { get; init; }

    public required string NoDeadline { get; init; }

    public required string Total { get; init; }

    public required string Complete { get; init; }

    public static StatusReportTexts For(Language language) => language == Language.En ? En : Vi;

    /// <summary>"~ 1 of 3 indicators scored on partial data".</summary>
    public string PartialNote(int partial, int scored) => Language == Language.Vi
        ? "~ " + ViNumber.Integer(partial) + "/" + ViNumber.Integer(scored) + " chỉ tiêu tính trên số liệu một phần (kỳ con chưa đủ): chỉ số chưa so sánh được trọn vẹn với chỉ số đủ số liệu."
        : "~ " + ViNumber.Integer(partial) + " of " + ViNumber.Integer(scored) + " indicators scored on partial data (sub-periods missing): the index is not fully comparable with one on complete data.";
}
