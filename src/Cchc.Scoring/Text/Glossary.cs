namespace Cchc.Scoring;

/// <summary>
/// The words shown to people about scoring, in Vietnamese and English, kept once: the command line, the reports and the
/// explanations take their shared words from here rather than typing them again.
/// </summary>
public static class Glossary
{
    /// <summary>An area of a framework (lĩnh vực): <c>Lĩnh vực</c> / <c>Area</c>.</summary>
    public static LocalizedText Area { get; } = new("Lĩnh vực", "Area");

    /// <summary>"as of" an instant: <c>Tính đến</c> / <c>As of</c>.</summary>
    public static LocalizedText AsOf { get; } = new("Tính đến", "As of");

    /// <summary>Bonus points: <c>Điểm thưởng</c> / <c>Bonus</c>.</summary>
    public static LocalizedText Bonus { get; } = new("Điểm thưởng", "Bonus");

    /// <summary>A class band (xếp loại): <c>Xếp loại</c> / <c>Class</c>.</summary>
    public static LocalizedText Class { get; } = new("Xếp loại", "Class");

    /// <summary>Points deducted: <c>Điểm trừ</c> / <c>Deduction</c>.</summary>
    public static LocalizedText Deduction { get; } = new("Điểm trừ", "Deduction");

    /// <summary>The SHA-256 fingerprint of a result: <c>Mã kiểm chứng (SHA-256)</c> / <c>Fingerprint (SHA-256)</c>.</summary>
    public static LocalizedText Fingerprint { get; } = new("Mã kiểm chứng (SHA-256)", "Fingerprint (SHA-256)");

    /// <summary>A scoring framework (khung đánh giá): <c>Khung đánh giá</c> / <c>Framework</c>.</summary>
    public static LocalizedText Framework { get; } = new("Khung đánh giá", "Framework");

    /// <summary>The index of a unit (chỉ số): <c>Chỉ số</c> / <c>Index</c>.</summary>
    public static LocalizedText Index { get; } = new("Chỉ số", "Index");

    /// <summary>An indicator (chỉ tiêu): <c>Chỉ tiêu</c> / <c>Indicator</c>.</summary>
    public static LocalizedText Indicator { get; } = new("Chỉ tiêu", "Indicator");

    /// <summary>A maximum: <c>Tối đa</c> / <c>Max</c>.</summary>
    public static LocalizedText Max { get; } = new("Tối đa", "Max");

    /// <summary>A name: <c>Tên</c> / <c>Name</c>.</summary>
    public static LocalizedText Name { get; } = new("Tên", "Name");

    /// <summary>A note: <c>Ghi chú</c> / <c>Note</c>.</summary>
    public static LocalizedText Note { get; } = new("Ghi chú", "Note");

    /// <summary>The period scored (kỳ đánh giá): <c>Kỳ đánh giá</c> / <c>Period</c>.</summary>
    public static LocalizedText Period { get; } = new("Kỳ đánh giá", "Period");

    /// <summary>Points: <c>Điểm</c> / <c>Points</c>.</summary>
    public static LocalizedText Points { get; } = new("Điểm", "Points");

    /// <summary>A projection to the due year: <c>Dự báo</c> / <c>Projection</c>.</summary>
    public static LocalizedText Projection { get; } = new("Dự báo", "Projection");

    /// <summary>A rank: <c>Hạng</c> / <c>Rank</c>.</summary>
    public static LocalizedText Rank { get; } = new("Hạng", "Rank");

    /// <summary>When a submission was recorded: <c>Ghi nhận lúc</c> / <c>Recorded at</c>.</summary>
    public static LocalizedText RecordedAt { get; } = new("Ghi nhận lúc", "Recorded at");

    /// <summary>A unit scored from its units: <c>tổng hợp từ các đơn vị trực thuộc</c> / <c>rolled up from its units</c>.</summary>
    public static LocalizedText RollUpNote { get; } = new("tổng hợp từ các đơn vị trực thuộc", "rolled up from its units");

    /// <summary>A status: <c>Trạng thái</c> / <c>Status</c>.</summary>
    public static LocalizedText Status { get; } = new("Trạng thái", "Status");

    /// <summary>A target: <c>Mục tiêu</c> / <c>Target</c>.</summary>
    public static LocalizedText Target { get; } = new("Mục tiêu", "Target");

    /// <summary>A unit (đơn vị): <c>Đơn vị</c> / <c>Unit</c>.</summary>
    public static LocalizedText Unit { get; } = new("Đơn vị", "Unit");

    /// <summary>A value: <c>Giá trị</c> / <c>Value</c>.</summary>
    public static LocalizedText Value { get; } = new("Giá trị", "Value");

    /// <summary>The word "version" inside a sentence: <c>phiên bản</c> / <c>version</c>.</summary>
    public static LocalizedText VersionWord { get; } = new("phiên bản", "version");

    /// <summary>
    /// The name of a kind of unit as people say it: <c>department</c> is <c>Sở</c> / <c>department</c>,
    /// <c>division</c> <c>Phòng chuyên môn</c> / <c>division</c>, <c>office</c> <c>Văn phòng</c> / <c>office</c>,
    /// <c>subordinate</c> <c>Đơn vị trực thuộc</c> / <c>subordinate unit</c>, <c>district</c> <c>UBND cấp huyện</c> /
    /// <c>district</c>, <c>commune</c> <c>UBND cấp xã</c> / <c>commune</c>. A kind not listed is shown as written.
    /// </summary>
    /// <param name="kind">The kind as written in the units' declarations (e.g. <c>division</c>).</param>
    /// <returns>The name in both languages.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static LocalizedText UnitKind(string kind)
    {
        System.ArgumentNullException.ThrowIfNull(kind);
        return kind switch
        {
            "department" => Department,
            "division" => Division,
            "office" => Office,
            "subordinate" => Subordinate,
            "district" => District,
            "commune" => Commune,
            _ => new LocalizedText(kind, kind),
        };
    }

    private static readonly LocalizedText Department = new("Sở", "department");
    private static readonly LocalizedText Division = new("Phòng chuyên môn", "division");
    private static readonly LocalizedText Office = new("Văn phòng", "office");
    private static readonly LocalizedText Subordinate = new("Đơn vị trực thuộc", "subordinate unit");
    private static readonly LocalizedText District = new("UBND cấp huyện", "district");
    private static readonly LocalizedText Commune = new("UBND cấp xã", "commune");

    /// <summary>A figure submitted by its deadline: <c>Đúng hạn</c> / <c>On time</c>.</summary>
    public static LocalizedText OnTime { get; } = new("Đúng hạn", "On time");

    /// <summary>A figure submitted after its deadline: <c>Trễ hạn</c> / <c>Late</c>.</summary>
    public static LocalizedText LateSubmission { get; } = new("Trễ hạn", "Late");

    /// <summary>A figure revised after its deadline: <c>Sửa sau hạn</c> / <c>Revised late</c>.</summary>
    public static LocalizedText RevisedLate { get; } = new("Sửa sau hạn", "Revised late");

    /// <summary>A figure due and not submitted: <c>Chưa nộp</c> / <c>Missing</c>.</summary>
    public static LocalizedText NotSubmitted { get; } = new("Chưa nộp", "Missing");

    /// <summary>What a unit still owes: <c>Còn nợ</c> / <c>Still owes</c>.</summary>
    public static LocalizedText StillOwed { get; } = new("Còn nợ", "Still owes");

    /// <summary>Working days late: <c>Trễ (ngày làm việc)</c> / <c>Late (working days)</c>.</summary>
    public static LocalizedText LateWorkingDays { get; } = new("Trễ (ngày làm việc)", "Late (working days)");

    /// <summary>Every unit has reported everything due: <c>Tất cả đơn vị đã nộp đủ số liệu.</c> / <c>Every unit has reported everything due.</c>.</summary>
    public static LocalizedText EverythingReported { get; } = new("Tất cả đơn vị đã nộp đủ số liệu.", "Every unit has reported everything due.");

    /// <summary>The index of the period compared with: <c>Chỉ số kỳ trước</c> / <c>Previous index</c>.</summary>
    public static LocalizedText PreviousIndex { get; } = new("Chỉ số kỳ trước", "Previous index");

    /// <summary>The change of an index since the period compared with: <c>Thay đổi</c> / <c>Change</c>.</summary>
    public static LocalizedText IndexChange { get; } = new("Thay đổi", "Change");

    /// <summary>The rank in the period compared with: <c>Hạng kỳ trước</c> / <c>Previous rank</c>.</summary>
    public static LocalizedText PreviousRank { get; } = new("Hạng kỳ trước", "Previous rank");

    /// <summary>The places a unit moved since the period compared with: <c>Thay đổi hạng</c> / <c>Rank change</c>.</summary>
    public static LocalizedText RankChange { get; } = new("Thay đổi hạng", "Rank change");

    /// <summary>The note of an index on partial data: <c>chỉ số tính trên số liệu một phần</c> / <c>index on partial data</c>.</summary>
    public static LocalizedText PartialIndexNote { get; } = new("~ chỉ số tính trên số liệu một phần (kỳ con chưa đủ, ví dụ 3 trên 4 quý): chưa so sánh được trọn vẹn với chỉ số đủ số liệu.", "~ index on partial data (sub-periods missing, e.g. 3 of 4 quarters): not fully comparable with an index on complete data.");

    /// <summary>Yes: <c>có</c> / <c>yes</c>.</summary>
    public static LocalizedText Yes { get; } = new("có", "yes");

    /// <summary>Where the points that count come from (assessment records): <c>Giai đoạn</c> / <c>Stage</c>.</summary>
    public static LocalizedText Stage { get; } = new("Giai đoạn", "Stage");

    /// <summary>A unit's self-assessment: <c>Tự đánh giá</c> / <c>Self-assessment</c>.</summary>
    public static LocalizedText SelfAssessment { get; } = new("Tự đánh giá", "Self-assessment");

    /// <summary>An appraisal round, followed by its number: <c>Thẩm định vòng</c> / <c>Round</c>.</summary>
    public static LocalizedText AppraisalRound { get; } = new("Thẩm định vòng", "Round");

    /// <summary>A unit's explanation or contest of its points (giải trình): <c>Giải trình</c> / <c>Unit's explanation</c>.</summary>
    public static LocalizedText Explanation { get; } = new("Giải trình", "Unit's explanation");

    /// <summary>The final decision on the points: <c>Quyết định cuối cùng</c> / <c>Final decision</c>.</summary>
    public static LocalizedText FinalDecision { get; } = new("Quyết định cuối cùng", "Final decision");

    /// <summary>Evidence (tài liệu kiểm chứng): <c>Tài liệu kiểm chứng</c> / <c>Evidence</c>.</summary>
    public static LocalizedText Evidence { get; } = new("Tài liệu kiểm chứng", "Evidence");

    /// <summary>Points computed from the figures, with no assessment record in force: <c>tính từ số liệu</c> / <c>figures</c>.</summary>
    public static LocalizedText FromFigures { get; } = new("tính từ số liệu", "figures");

    /// <summary>A published result: <c>đã công bố</c> / <c>published</c>.</summary>
    public static LocalizedText Published { get; } = new("đã công bố", "published");
}
