using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>The words of the report's completeness marks, year-on-year and reporting-status sections, in Vietnamese and English.</summary>
internal sealed class StatusReportTexts
{
    public static readonly StatusReportTexts Vi = new()
    {
        Language = Language.Vi,
        YearOnYear = "So sánh với cùng kỳ",
        NotCompared = "không có kỳ trước",
        ReportingStatus = "Tình hình gửi báo cáo",
        NotApplicable = "Không áp dụng",
        Due = "Hạn nộp",
        NoDeadline = "Khung đánh giá không quy định hạn nộp.",
        Total = "Tổng",
    };

    public static readonly StatusReportTexts En = new()
    {
        Language = Language.En,
        YearOnYear = "Year on year",
        NotCompared = "no previous period",
        ReportingStatus = "Reporting status",
        NotApplicable = "N/A",
        Due = "Due",
        NoDeadline = "The framework sets no deadline.",
        Total = "Total",
    };

    public required Language Language { get; init; }

    public string PartialFootnote => Glossary.PartialIndexNote.Get(Language);

    public required string YearOnYear { get; init; }

    public string PreviousIndex => Glossary.PreviousIndex.Get(Language);

    public string Change => Glossary.IndexChange.Get(Language);

    public string PreviousRank => Glossary.PreviousRank.Get(Language);

    public string RankChange => Glossary.RankChange.Get(Language);

    public required string NotCompared { get; init; }

    public required string ReportingStatus { get; init; }

    public string OnTime => Glossary.OnTime.Get(Language);

    public string Late => Glossary.LateSubmission.Get(Language);

    public string Revised => Glossary.RevisedLate.Get(Language);

    public string Missing => Glossary.NotSubmitted.Get(Language);

    public required string NotApplicable { get; init; }

    public string Owed => Glossary.StillOwed.Get(Language);

    public string LateDays => Glossary.LateWorkingDays.Get(Language);

    public required string Due { get; init; }

    public required string NoDeadline { get; init; }

    public required string Total { get; init; }

    public string Complete => Glossary.EverythingReported.Get(Language);

    public static StatusReportTexts For(Language language) => language == Language.En ? En : Vi;

    /// <summary>"~ 1 of 3 indicators scored on partial data".</summary>
    public string PartialNote(int partial, int scored) => Language == Language.Vi
        ? "~ " + ViNumber.Integer(partial) + "/" + ViNumber.Integer(scored) + " chỉ tiêu tính trên số liệu một phần (kỳ con chưa đủ): chỉ số chưa so sánh được trọn vẹn với chỉ số đủ số liệu."
        : "~ " + ViNumber.Integer(partial) + " of " + ViNumber.Integer(scored) + " indicators scored on partial data (sub-periods missing): the index is not fully comparable with one on complete data.";
}
