using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words of <c>cchc status</c> and of the year-on-year columns of <c>cchc rank --compare</c>, in Vietnamese and English.</summary>
internal sealed class StatusTexts
{
    public static readonly StatusTexts Vi = new()
    {
        Language = Language.Vi,
        NotApplicable = "Không áp dụng",
        Due = "Hạn nộp",
        LateFrom = "trễ từ",
        NoDeadline = "Hạn nộp: khung đánh giá không quy định hạn nộp, nên không có số liệu nào bị tính là trễ.",
        Total = "Tổng",
        Overdue = "đã quá hạn",
        Compared = "So với",
        Partial = "một phần",
        NotDue = "Không phải nộp (đơn vị không tồn tại trong kỳ):",
    };

    public static readonly StatusTexts En = new()
    {
        Language = Language.En,
        NotApplicable = "N/A",
        Due = "Due",
        LateFrom = "late from",
        NoDeadline = "Due: the framework sets no deadline, so nothing counts as late.",
        Total = "Total",
        Overdue = "overdue",
        Compared = "Compared with",
        Partial = "partial",
        NotDue = "Not due (the unit did not exist for the period):",
    };

    public required Language Language { get; init; }

    /// <summary>The heading of the units that did not exist for the period.</summary>
    public required string NotDue { get; init; }

    public string OnTime => Glossary.OnTime.Get(Language);

    public string Late => Glossary.LateSubmission.Get(Language);

    public string Revised => Glossary.RevisedLate.Get(Language);

    public string Missing => Glossary.NotSubmitted.Get(Language);

    public required string NotApplicable { get; init; }

    public string Owed => Glossary.StillOwed.Get(Language);

    public string LateDays => Glossary.LateWorkingDays.Get(Language);

    public required string Due { get; init; }

    public required string LateFrom { get; init; }

    public required string NoDeadline { get; init; }

    public required string Total { get; init; }

    public string Complete => Glossary.EverythingReported.Get(Language);

    public required string Overdue { get; init; }

    public required string Compared { get; init; }

    public string PreviousIndex => Glossary.PreviousIndex.Get(Language);

    public string Change => Glossary.IndexChange.Get(Language);

    public string PreviousRank => Glossary.PreviousRank.Get(Language);

    public string RankChange => Glossary.RankChange.Get(Language);

    public required string Partial { get; init; }

    public string PartialFootnote => Glossary.PartialIndexNote.Get(Language);

    public static StatusTexts For(Language language) => language == Language.En ? En : Vi;

    /// <summary>"3 units still owe 5 figures" on standard error.</summary>
    public string StillOwed(string period, int figures, int units, int allUnits) => Language == Language.Vi
        ? period + ": " + Format.Int(units) + "/" + Format.Int(allUnits) + " đơn vị còn nợ " + Format.Int(figures) + " số liệu."
        : period + ": " + Format.Int(units) + " of " + Format.Int(allUnits) + " units still owe " + Format.Count(figures, "figure", "figures") + ".";
}
