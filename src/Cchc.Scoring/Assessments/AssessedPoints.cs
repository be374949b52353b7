using System;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// The points in force for a unit's indicator and period, and the stage they come from: the final decision; else the
/// latest appraisal round; else the unit's self-assessment, marked as such (<c>docs/appraisal.md</c>).
/// </summary>
public sealed class AssessedPoints
{
    internal AssessedPoints(AssessmentEntry entry, AssessmentStage stage, bool published, AssessmentEntry? selfAssessment)
    {
        Entry = entry;
        Stage = stage;
        IsPublished = published;
        SelfAssessment = selfAssessment;
    }

    /// <summary>The points as recorded (not clamped; scoring clamps them to the indicator's points).</summary>
    public decimal Points => Entry.Points!.Value;

    /// <summary>The stage.</summary>
    public AssessmentStage Stage { get; }

    /// <summary>The appraisal round for <see cref="AssessmentStage.Appraisal"/>; null otherwise.</summary>
    public int? Round => Stage == AssessmentStage.Appraisal ? Entry.Round : null;

    /// <summary>Who recorded the points.</summary>
    public AssessorRole Author => Entry.Author;

    /// <summary>When the points were recorded.</summary>
    public Instant RecordedAt => Entry.RecordedAt;

    /// <summary>True when the result was published by the instant asked for.</summary>
    public bool IsPublished { get; }

    /// <summary>The entry the points come from.</summary>
    public AssessmentEntry Entry { get; }

    /// <summary>The unit's self-assessment (or resubmission) in force, or null when there is none.</summary>
    public AssessmentEntry? SelfAssessment { get; }

    /// <summary>The stage in words: "self-assessment", "appraisal round 2 (council)", "final decision (council)".</summary>
    /// <returns>The words.</returns>
    public string Describe() => Entry.Describe();

    /// <inheritdoc/>
    public override string ToString() => Num.Format(Points) + " (" + Describe() + ")";
}
