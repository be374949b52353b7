using System;
using System.Collections.Generic;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>The words of the periodic report document, in Vietnamese and English.</summary>
internal sealed class DocxTexts
{
    public static readonly DocxTexts Vi = new()
    {
        Language = Language.Vi,
        LangTag = "vi-VN",
        Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        Motto = "Độc lập - Tự do - Hạnh phúc",
        NumberWord = "Số: ",
        Dots = "…",
        Report = "BÁO CÁO",
        Subject = "Kết quả thực hiện công tác cải cách hành chính ",
        AdHoc = " (báo cáo đột xuất)",
        Implementing = "Thực hiện ",
        Reports = " báo cáo kết quả thực hiện công tác cải cách hành chính ",
        AsFollows = " như sau:",
        DataFrom = "Số liệu được tổng hợp từ báo cáo của ",
        UnitsWord = " đơn vị, kỳ báo cáo ",
        AsOfWord = "; số liệu tính đến ",
        LatestWord = "; theo số liệu mới nhất",
        ComparedWith = "So sánh với ",
        NotCompared = "Báo cáo đột xuất không so sánh với kỳ trước.",
        Overall = "KẾT QUẢ CHUNG",
        IndexSentence = "Chỉ số cải cách hành chính đạt ",
        PointsSentence = " điểm trên tổng số ",
        PointsWord = " điểm",
        ClassSentence = "), xếp loại ",
        CoverageSentence = "Có số liệu ",
        CoverageOf = " trên ",
        CoverageTail = " chỉ tiêu phải báo cáo",
        NoDataCounted = " chỉ tiêu chưa có số liệu được tính 0 điểm",
        PartialCounted = " chỉ tiêu có số liệu chưa đủ kỳ",
        Increase = "tăng ",
        DecreaseWord = "giảm ",
        Unchanged = "không thay đổi",
        So = " so với ",
        NoPrevious = "chưa có số liệu ",
        NoPreviousTail = " để so sánh",
        Tasks = "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, CHỈ TIÊU",
        AreaReached = "Điểm đạt được: ",
        TargetWord = ", chỉ tiêu ",
        PercentagePoints = " điểm phần trăm",
        ResultWord = ": kết quả ",
        TargetOf = "; chỉ tiêu đến năm ",
        Assessment = "; đánh giá: ",
        SameAs = "; ",
        UnitsTable = "TỔNG HỢP KẾT QUẢ CÁC ĐƠN VỊ",
        Ordinal = "STT",
        Change = "Tăng (+)/giảm (−)",
        FollowUp = "TÌNH HÌNH BÁO CÁO SỐ LIỆU CỦA CÁC ĐƠN VỊ",
        FollowUpIntro = "Có ",
        FollowUpComplete = " đơn vị báo cáo đầy đủ số liệu; ",
        FollowUpMissing = " đơn vị còn thiếu số liệu (",
        FollowUpMissingTail = " chỉ tiêu)",
        FollowUpLate = "; ",
        FollowUpLateTail = " chỉ tiêu báo cáo sau thời hạn",
        FollowUpPartial = "; ",
        FollowUpPartialTail = " chỉ tiêu có số liệu chưa đủ kỳ",
        DueColumn = "Phải báo cáo",
        SubmittedColumn = "Đã báo cáo",
        LateColumn = "Sau thời hạn",
        MissingColumn = "Còn thiếu",
        NoneMissing = "Đủ",
        WorkingDay = " ngày làm việc",
        WorkingDays = " ngày làm việc",
        Overdue = "; quá hạn ",
        Improve = "TỒN TẠI, HẠN CHẾ VÀ NỘI DUNG CẦN KHẮC PHỤC",
        NotMetIntro = "Các chỉ tiêu chưa đạt:",
        Gap = "còn cách chỉ tiêu ",
        UnitsNotMet = "đơn vị chưa đạt: ",
        NoDataIntro = "Các chỉ tiêu chưa có số liệu, đề nghị các đơn vị báo cáo bổ sung: ",
        AllMet = "Các chỉ tiêu có số liệu đều đạt chỉ tiêu đề ra.",
        Closing = "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ",
        ClosingOf = " của ",
        ClosingEnd = "./.",
        Recipients = "Nơi nhận:",
        Appendix = "PHỤ LỤC",
        AppendixTitle = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ",
        AppendixAttached = "(Kèm theo Báo cáo số ",
        AppendixOf = " của ",
        Result = "Kết quả",
        TargetYear = "Chỉ tiêu năm ",
        Assess = "Đánh giá",
        SamePeriodLastYear = "cùng kỳ năm ",
        YearWord = "năm ",
        FirstHalf = "6 tháng đầu năm ",
        SecondHalf = "6 tháng cuối năm ",
        QuarterWord = "quý ",
        MonthWord = "tháng ",
        From = "từ ngày ",
        To = " đến ngày ",
        DateDay = "ngày ",
        DateMonth = " tháng ",
        DateYear = " năm ",
        Reduce = "giảm tối thiểu ",
        Raise = "tăng tối thiểu ",
        Against = " so với ",
        InferredParent = "UBND ",
        Head = "GIÁM ĐỐC",
        HeadOther = "THỦ TRƯỞNG CƠ QUAN",
        Through = " (qua Sở Nội vụ)",
        HomeAffairs = "Sở Nội vụ",
        Archive = "Lưu: VT, VP",
    };

    public static readonly DocxTexts En = new()
    {
        Language = Language.En,
        LangTag = "en-GB",
        Nation = "SOCIALIST REPUBLIC OF VIET NAM",
        Motto = "Independence - Freedom - Happiness",
        NumberWord = "No.: ",
        Dots = "…",
        Report = "REPORT",
        Subject = "Results of the administrative reform work ",
        AdHoc = " (ad hoc report)",
        Implementing = "Implementing the ",
        Reports = " reports the results of the administrative reform work ",
        AsFollows = " as follows:",
        DataFrom = "The figures are gathered from the reports of ",
        UnitsWord = " units, reporting period ",
        AsOfWord = "; figures as known at ",
        LatestWord = "; latest figures",
        ComparedWith = "Compared with ",
        NotCompared = "An ad hoc report is not compared with an earlier period.",
        Overall = "OVERALL RESULT",
        IndexSentence = "The administrative reform index is ",
        PointsSentence = " points of ",
        PointsWord = " points",
        ClassSentence = "), class ",
        CoverageSentence = "Figures for ",
        CoverageOf = " of ",
        CoverageTail = " indicators due",
        NoDataCounted = " indicators without figures count 0 points",
        PartialCounted = " indicators with figures for part of the period",
        Increase = "up ",
        DecreaseWord = "down ",
        Unchanged = "unchanged",
        So = " on ",
        NoPrevious = "no figures ",
        NoPreviousTail = " to compare with",
        Tasks = "RESULTS BY TASK AREA AND TARGET",
        AreaReached = "Points reached: ",
        TargetWord = ", target ",
        PercentagePoints = " percentage points",
        ResultWord = ": result ",
        TargetOf = "; target by ",
        Assessment = "; assessment: ",
        SameAs = "; ",
        UnitsTable = "RESULTS OF THE UNITS",
        Ordinal = "No.",
        Change = "Change (+/−)",
        FollowUp = "REPORTING BY THE UNITS",
        FollowUpIntro = "",
        FollowUpComplete = " units reported every figure; ",
        FollowUpMissing = " units still owe figures (",
        FollowUpMissingTail = " indicators)",
        FollowUpLate = "; ",
        FollowUpLateTail = " indicators reported after the deadline",
        FollowUpPartial = "; ",
        FollowUpPartialTail = " indicators with figures for part of the period",
        DueColumn = "Due",
        SubmittedColumn = "Reported",
        LateColumn = "Submitted late",
        MissingColumn = "Still missing",
        NoneMissing = "complete",
        WorkingDay = " working day",
        WorkingDays = " working days",
        Overdue = "; overdue by ",
        Improve = "SHORTCOMINGS AND WHAT TO IMPROVE",
        NotMetIntro = "Targets not met:",
        Gap = "short of the target by ",
        UnitsNotMet = "units not meeting it: ",
        NoDataIntro = "Indicators without figures, which the units are asked to report: ",
        AllMet = "Every indicator with figures meets its target.",
        Closing = "This is the report on the results of the administrative reform work ",
        ClosingOf = " of the ",
        ClosingEnd = ".",
        Recipients = "Recipients:",
        Appendix = "APPENDIX",
        AppendixTitle = "RESULTS OF THE INDICATORS ",
        AppendixAttached = "(Attached to report No. ",
        AppendixOf = " of ",
        Result = "Result",
        TargetYear = "Target ",
        Assess = "Assessment",
        SamePeriodLastYear = "the same period of ",
        YearWord = "in ",
        FirstHalf = "in the first half of ",
        SecondHalf = "in the second half of ",
        QuarterWord = "in the quarter ",
        MonthWord = "in the month ",
        From = "from ",
        To = " to ",
        DateDay = string.Empty,
        DateMonth = "/",
        DateYear = "/",
        Reduce = "down by at least ",
        Raise = "up by at least ",
        Against = " on ",
        InferredParent = string.Empty,
        Head = "DIRECTOR",
        HeadOther = "HEAD OF THE AGENCY",
        Through = " (through the Department of Home Affairs)",
        HomeAffairs = "Department of Home Affairs",
        Archive = "Archived: clerical office, department office",
    };

    private static readonly Dictionary<string, LocalizedText> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["% of the prescribed time"] = new("% thời gian quy định", "% of the prescribed time"),
        ["minutes"] = new("phút", "minutes"),
        ["phút"] = new("phút", "minutes"),
        ["minutes per dossier"] = new("phút/hồ sơ", "minutes per dossier"),
        ["minutes per transaction"] = new("phút/giao dịch", "minutes per transaction"),
        ["days"] = new("ngày", "days"),
        ["ngày"] = new("ngày", "days"),
        ["staff positions"] = new("biên chế", "staff positions"),
        ["units"] = new("đơn vị", "units"),
    };

    public required Language Language { get; init; }

    public required string LangTag { get; init; }

    public required string Nation { get; init; }

    public required string Motto { get; init; }

    public required string NumberWord { get; init; }

    public required string Dots { get; init; }

    public required string Report { get; init; }

    public required string Subject { get; init; }

    public required string AdHoc { get; init; }

    public required string Implementing { get; init; }

    public required string Reports { get; init; }

    public required string AsFollows { get; init; }

    public required string DataFrom { get; init; }

    public required string UnitsWord { get; init; }

    public required string AsOfWord { get; init; }

    public required string LatestWord { get; init; }

    public required string ComparedWith { get; init; }

    public required string NotCompared { get; init; }

    public required string Overall { get; init; }

    public required string IndexSentence { get; init; }

    public required string PointsSentence { get; init; }

    public required string PointsWord { get; init; }

    public required string ClassSentence { get; init; }

    public required string CoverageSentence { get; init; }

    public required string CoverageOf { get; init; }

    public required string CoverageTail { get; init; }

    public required string NoDataCounted { get; init; }

    public required string PartialCounted { get; init; }

    public required string Increase { get; init; }

    public required string DecreaseWord { get; init; }

    public required string Unchanged { get; init; }

    public required string So { get; init; }

    public required string NoPrevious { get; init; }

    public required string NoPreviousTail { get; init; }

    public required string Tasks { get; init; }

    public required string AreaReached { get; init; }

    public required string TargetWord { get; init; }

    public required string PercentagePoints { get; init; }

    public required string ResultWord { get; init; }

    public required string TargetOf { get; init; }

    public required string Assessment { get; init; }

    public required string SameAs { get; init; }

    public required string UnitsTable { get; init; }

    public required string Ordinal { get; init; }

    public required string Change { get; init; }

    public required string FollowUp { get; init; }

    public required string FollowUpIntro { get; init; }

    public required string FollowUpComplete { get; init; }

    public required string FollowUpMissing { get; init; }

    public required string FollowUpMissingTail { get; init; }

    public required string FollowUpLate { get; init; }

    public required string FollowUpLateTail { get; init; }

    public required string FollowUpPartial { get; init; }

    public required string FollowUpPartialTail { get; init; }

    public required string DueColumn { get; init; }

    public required string SubmittedColumn { get; init; }

    public required string LateColumn { get; init; }

    public required string MissingColumn { get; init; }

    public required string NoneMissing { get; init; }

    public required string WorkingDay { get; init; }

    public required string WorkingDays { get; init; }

    public required string Overdue { get; init; }

    public required string Improve { get; init; }

    public required string NotMetIntro { get; init; }

    public required string Gap { get; init; }

    public required string UnitsNotMet { get; init; }

    public required string NoDataIntro { get; init; }

    public required string AllMet { get; init; }

    public required string Closing { get; init; }

    public required string ClosingOf { get; init; }

    public required string ClosingEnd { get; init; }

    public required string Recipients { get; init; }

    public required string Appendix { get; init; }

    public required string AppendixTitle { get; init; }

    public required string AppendixAttached { get; init; }

    public required string AppendixOf { get; init; }

    public required string Result { get; init; }

    public required string TargetYear { get; init; }

    public required string Assess { get; init; }


    public required string SamePeriodLastYear { get; init; }

    public required string YearWord { get; init; }

    public required string FirstHalf { get; init; }

    public required string SecondHalf { get; init; }

    public required string QuarterWord { get; init; }

    public required string MonthWord { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string DateDay { get; init; }

    public required string DateMonth { get; init; }

    public required string DateYear { get; init; }

    public required string Reduce { get; init; }

    public required string Raise { get; init; }

    public required string Against { get; init; }


    public required string InferredParent { get; init; }

    public required string Head { get; init; }

    public required string HeadOther { get; init; }

    public required string Through { get; init; }

    public required string HomeAffairs { get; init; }

    public required string Archive { get; init; }

    public string Index => Glossary.Index.Get(Language);

    public string Class => Glossary.Class.Get(Language);

    public string Points => Glossary.Points.Get(Language);

    public string Rank => Glossary.Rank.Get(Language);

    public string Unit => Glossary.Unit.Get(Language);

    public string Indicator => Glossary.Indicator.Get(Language);

    public string Max => Glossary.Max.Get(Language);

    public string Yes => Glossary.Yes.Get(Language);

    public string No => Language == Language.Vi ? "không" : "no";

    public string RollUpNote => Glossary.RollUpNote.Get(Language);

    public static DocxTexts For(Language language) => language == Language.Vi ? Vi : En;

    public string StatusWord(IndicatorStatus status) => StatusNames.Of(status).Get(Language);

    /// <summary>A unit of measure in this language; "%" and yes/no are written by the value itself, an unknown one as written.</summary>
    public string Measure(string unitOfMeasure) => Measures.TryGetValue(unitOfMeasure, out var word) ? word.Get(Language) : unitOfMeasure;
}
