namespace Cchc.Scoring;

/// <summary>What one entry of an assessment record says (<c>docs/appraisal.md</c>).</summary>
public enum AssessmentEntryKind
{
    /// <summary>The unit's self-assessed points with its evidence ("điểm tự đánh giá").</summary>
    SelfAssessment,

    /// <summary>The unit takes its self-assessment back to edit it, before appraisal starts.</summary>
    Withdrawal,

    /// <summary>The unit's self-assessment again after a withdrawal.</summary>
    Resubmission,

    /// <summary>The points of an appraisal round ("điểm thẩm định"), by an appraisal team or a council.</summary>
    Appraisal,

    /// <summary>The unit's explanation or objection ("giải trình"), with evidence; accepted, not accepted, or not yet decided.</summary>
    Explanation,

    /// <summary>The points settled at last; one per record.</summary>
    FinalDecision,

    /// <summary>The result is published; nothing may follow.</summary>
    Publication,
}

/// <summary>Who recorded an assessment entry.</summary>
public enum AssessorRole
{
    /// <summary>The assessed unit itself.</summary>
    Unit,

    /// <summary>The appraisal team ("tổ thẩm định").</summary>
    AppraisalTeam,

    /// <summary>The council ("hội đồng thẩm định").</summary>
    Council,
}

/// <summary>The stage the points in force come from.</summary>
public enum AssessmentStage
{
    /// <summary>The unit's self-assessment (or its resubmission): not yet appraised.</summary>
    SelfAssessment,

    /// <summary>The latest appraisal round.</summary>
    Appraisal,

    /// <summary>The final decision.</summary>
    FinalDecision,
}
