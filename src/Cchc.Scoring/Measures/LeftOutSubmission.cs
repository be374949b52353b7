namespace Cchc.Scoring;

/// <summary>Why a submission that touches the period scored was not used for it.</summary>
public enum LeftOutReason
{
    /// <summary>A sub-period inside a longer sub-period that was submitted and used (a quarter of a half-year submitted).</summary>
    InsideLongerPart,

    /// <summary>A custom range inside the period: custom ranges are never rolled up.</summary>
    CustomRange,

    /// <summary>The submission's period reaches outside the period scored (a year when a quarter is scored, a custom range across its edge).</summary>
    NotInsidePeriod,

    /// <summary>The period scored is a month or a custom range, which are not rolled up from the periods inside them.</summary>
    PeriodNotRolledUp,
}

/// <summary>A submission (the revision in force) that touches the period scored but was not used for it, and why.</summary>
public sealed class LeftOutSubmission
{
    internal LeftOutSubmission(Submission submission, LeftOutReason reason, ReportingPeriod? coveredBy)
    {
        Submission = submission;
        Reason = reason;
        CoveredBy = coveredBy;
    }

    /// <summary>The revision in force of the submission not used.</summary>
    public Submission Submission { get; }

    /// <summary>Why it was not used.</summary>
    public LeftOutReason Reason { get; }

    /// <summary>For <see cref="LeftOutReason.InsideLongerPart"/>, the longer sub-period used instead; otherwise null.</summary>
    public ReportingPeriod? CoveredBy { get; }
}
