namespace Cchc.Scoring;

/// <summary>
/// What a submission revision may carry beyond its figures, set by name:
/// <c>new SubmissionOptions { Note = "…", SelfAssessedPoints = 10 }</c>. A new setting added here later breaks no caller.
/// </summary>
public sealed class SubmissionOptions
{
    /// <summary>A free note, or null.</summary>
    public string? Note { get; init; }

    /// <summary>A reference to the evidence (tài liệu kiểm chứng), or null.</summary>
    public string? Evidence { get; init; }

    /// <summary>The points the unit gives itself for the indicator (điểm tự đánh giá), or null.</summary>
    public decimal? SelfAssessedPoints { get; init; }

    /// <summary>The points an appraisal gives (điểm thẩm định), replacing the computed ones, or null.</summary>
    public decimal? AppraisedPoints { get; init; }
}
