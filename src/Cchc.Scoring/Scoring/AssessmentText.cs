namespace Cchc.Scoring;

/// <summary>The words for points taken from the assessment records, in an explanation and a trace.</summary>
internal static class AssessmentText
{
    /// <summary>"Points in force from the assessment records: 7 (appraisal round 1 (appraisal team), recorded …); they count: 7 of 10."</summary>
    public static string Sentence(AssessedPoints a, IndicatorScore score, ScoreFacts f, Language lang)
    {
        bool vi = lang == Language.Vi;
        return (vi ? "Điểm theo hồ sơ đánh giá: " : "Points in force from the assessment records: ") + Num.Format(a.Points, lang)
            + " (" + Stage(a, lang) + ")"
            + Evidence(a, lang)
            + (vi ? "; được tính: " + Num.Format(score.Points, lang) + "/" + Num.Format(score.MaxPoints, lang) + " điểm."
                  : "; they count: " + Num.Format(score.Points) + " of " + Num.Format(score.MaxPoints) + " points.");
    }

    /// <summary>"; required evidence missing: report — counts 0 (no explanation accepted)", or the same with an accepted explanation; empty when nothing is missing.</summary>
    public static string Evidence(AssessedPoints a, Language lang)
    {
        if (a.MissingEvidence.Count == 0)
        {
            return string.Empty;
        }

        bool vi = lang == Language.Vi;
        return (vi ? "; thiếu tài liệu kiểm chứng: " : "; required evidence missing: ") + string.Join(", ", a.MissingEvidence)
            + (a.IsZeroedForMissingEvidence ? (vi ? " — tính 0 điểm (không có giải trình được chấp nhận)" : " — counts 0 (no explanation accepted)")
                : a.ExplanationAccepted ? (vi ? " — giải trình được chấp nhận" : " — explanation accepted")
                : string.Empty);
    }

    /// <summary>The trace line: the points, their stage, and what they replace.</summary>
    public static string TraceLine(AssessedPoints a, decimal computed, bool scoredFromFigures, Language lang)
    {
        bool vi = lang == Language.Vi;
        return (vi ? "Điểm theo hồ sơ đánh giá: " : "Assessment records: ") + Num.Format(a.Points, lang) + " (" + Stage(a, lang) + ")"
            + (a.SelfAssessment is { } self && a.Stage != AssessmentStage.SelfAssessment
                ? (vi ? "; tự đánh giá " : "; self-assessed ") + Num.Format(self.Points ?? 0, lang)
                : string.Empty)
            + Evidence(a, lang)
            + (scoredFromFigures
                ? (vi ? " — thay cho điểm tính từ số liệu " : " — replaces the points computed from the figures, ") + Num.Format(computed, lang)
                : (vi ? " — không có số liệu dùng được" : " — there is no usable figure"));
    }

    /// <summary>Why a survey-only criterion leaves the maximum, and the rescaling that follows.</summary>
    public static string SurveyNotHeld(Indicator indicator, Language lang) => lang == Language.Vi
        ? "Không tổ chức điều tra xã hội học cho đơn vị này; khung đánh giá quy định phần điều tra là tùy chọn, nên " + Num.Format(indicator.MaxPoints, lang)
          + " điểm của tiêu chí không tính vào điểm tối đa: chỉ số = điểm thẩm định ÷ điểm tối đa không kể phần điều tra × 100."
        : "The survey was not held for this unit; the framework declares the survey optional, so the " + Num.Format(indicator.MaxPoints)
          + " points of this criterion leave the maximum: index = appraised points ÷ non-survey maximum × 100.";

    /// <summary>The stage with its instant: "final decision (council), recorded 2026-02-10T00:00:00Z, published".</summary>
    public static string Stage(AssessedPoints a, Language lang)
    {
        bool vi = lang == Language.Vi;
        string words = a.Stage == AssessmentStage.SelfAssessment
            ? (vi ? "tự đánh giá, chưa thẩm định" : "self-assessment, not yet appraised")
            : a.Entry.Describe(lang);
        return words + (vi ? ", ghi nhận " : ", recorded ") + NodaTime.Text.InstantPattern.ExtendedIso.Format(a.RecordedAt)
            + (a.IsPublished ? (vi ? ", đã công bố" : ", published") : string.Empty);
    }
}
