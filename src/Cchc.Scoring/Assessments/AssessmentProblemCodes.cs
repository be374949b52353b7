namespace Cchc.Scoring;

/// <summary>
/// The codes of the problems of assessment records: sequences of entries that cannot happen
/// (<c>docs/errors.md</c>, "Assessment records"). An entry with one of them is reported and left out of the points in force.
/// </summary>
public static class AssessmentProblemCodes
{
    /// <summary>An appraisal of a self-assessment the unit has withdrawn and not resubmitted.</summary>
    public const string AppraisalOfWithdrawn = "assessment-appraisal-of-withdrawn";

    /// <summary>A final decision before any appraisal round.</summary>
    public const string FinalBeforeAppraisal = "assessment-final-before-appraisal";

    /// <summary>A second final decision.</summary>
    public const string TwoFinals = "assessment-two-finals";

    /// <summary>An entry after the publication.</summary>
    public const string AfterPublication = "assessment-after-publication";

    /// <summary>An appraisal or an explanation after the final decision.</summary>
    public const string AfterFinal = "assessment-after-final";

    /// <summary>A publication before the final decision.</summary>
    public const string PublicationBeforeFinal = "assessment-publication-before-final";

    /// <summary>A self-assessment, withdrawal or resubmission after appraisal started (the deadline has passed).</summary>
    public const string UnitAfterAppraisal = "assessment-unit-after-appraisal";

    /// <summary>A second self-assessment without a withdrawal between (a change is a withdrawal, then a resubmission).</summary>
    public const string SelfAssessmentRepeated = "assessment-self-assessment-repeated";

    /// <summary>A withdrawal with no self-assessment in force.</summary>
    public const string NothingToWithdraw = "assessment-nothing-to-withdraw";

    /// <summary>A resubmission without a withdrawal before it.</summary>
    public const string ResubmissionWithoutWithdrawal = "assessment-resubmission-without-withdrawal";

    /// <summary>An appraisal round that is neither the last round again nor the next one (round 1 comes first).</summary>
    public const string RoundOutOfOrder = "assessment-round-out-of-order";

    /// <summary>An explanation with neither a self-assessment nor an appraisal to explain.</summary>
    public const string NothingToExplain = "assessment-nothing-to-explain";

    /// <summary>Two entries of the same unit, indicator and period recorded at the same instant.</summary>
    public const string SameInstant = "assessment-same-instant";

    /// <summary>A self-assessment claims points without the evidence the criterion requires and no explanation was accepted: it counts 0 (a warning from scoring).</summary>
    public const string MissingEvidence = "assessment-missing-evidence";

    /// <summary>A self-assessed value on a criterion scored from survey results only: it is ignored (a warning from scoring).</summary>
    public const string SurveySelfAssessed = "assessment-survey-self-assessed";

    /// <summary>An entry recorded by a role that does not record that kind (an appraisal by the unit, a self-assessment by a council).</summary>
    public const string WrongAuthor = "assessment-wrong-author";
}
