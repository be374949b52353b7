using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words of <c>cchc status</c> and of the year-on-year columns of <c>cchc rank --compare</c>, in Vietnamese and English.</summary>
internal sealed class StatusTexts
{
    public static readonly StatusTexts Vi = new()
    {
        Language = Language.Vi,
        OnTime = "Đúng hạn",
        Late = "Trễ hạn",
        Revised = "Sửa sau hạn",
        Missing = "Chưa nộp",
        NotApplicable = "Không áp dụng",
        Owed = "Còn nợ",
        LateDays = "Trễ (ngày làm việc)",
        Due = "Hạn nộp",
        LateFrom = "trễ từ",
        NoDeadline = "Hạn nộp: khung đánh giá không quy định hạn nộp, nên không có số liệu nào bị tính là trễ.",
        Total = "Tổng",
        Complete = "Tất cả đơn vị đã nộp đủ số liệu.",
        Overdue = "đã quá hạn",
        Compared = "So với",
        PreviousIndex = "Chỉ số kỳ trước",
        Change = "Thay đổi",
        PreviousRank = "Hạng kỳ trước",
        RankChange = "Thay đổi hạng",
        Partial = "một phần",
        PartialFootnote = "~ chỉ số tính trên số liệu một phần (kỳ con chưa đủ, ví dụ 3 trên 4 quý): chưa so sánh được trọn vẹn với chỉ số đủ số liệu.",
    };

    public static readonly StatusTexts En = new()
    {
        Language = Language.En,
        OnTime = "On time",
        Late = "Late",
        Revised = "Revised late",
        Missing = "Missing",
        NotApplicable = "N/A",
        Owed = "Still owes",
        LateDays = "Late (working days)",
        Due = "Due",
        LateFrom = "late from",
        NoDeadline = "Due: the framework sets no deadline, so nothing counts as late.",
        Total = "Total",
        Complete = "Every unit has reported everything due.",
        Overdue = "overdue",
        Compared = "Compared with",
        PreviousIndex = "Previous index",
        Change = "Change",
        PreviousRank = "Previous rank",
        RankChange = "Rank change",
        Partial = "partial",
        PartialFootnote = "~ index on partial data (sub-periods missing, e.g. 3 of 4 quarters): not fully comparable with an index on complete data.",
    };

    public required Language Language { get; init; }

    public required string OnTime { get; init; }

    public required string Late { get; init; }

    public required string Revised { get; init; }

    public required string Missing { get; init; }

    public required string NotApplicable { get; init; }

    public required string Owed { get; init; }

    public required string LateDays { get; init; }

    public required string Due { get; init; }

    public required string LateFrom { get; init; }

    public required string NoDeadline { get; init; }

    public required string Total { get; init; }

    public required string Complete { get; init; }

    public required string Overdue { get; init; }

    public required string Compared { get; init; }

    public required string PreviousIndex { get; init; }

    public required string Change { get; init; }

    public required string PreviousRank { get; init; }

    public required string RankChange { get; init; }

    public required string Partial { get; init; }

    public required string PartialFootnote { get; init; }

    public static StatusTexts For(Language language) => language == Language.En ? En : Vi;

    /// <summary>"3 units still owe 5 figures" on standard error.</summary>
    public string StillOwed(string period, int figures, int units, int allUnits) => Language == Language.Vi
        ? period + ": " + Format.Int(units) + "/" + Format.Int(allUnits) + " đơn vị còn nợ " + Format.Int(figures) + " số liệu."
        : period + ": " + Format.Int(units) + " of " + Format.Int(allUnits) + " units still owe " + Format.Count(figures, "figure", "figures") + ".";
}
