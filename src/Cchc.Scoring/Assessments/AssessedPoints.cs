using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// The points in force for a unit's indicator and period, and the stage they come from: the final decision; else the
/// latest appraisal round; else the unit's self-assessment, marked as such (<c>docs/appraisal.md</c>).
/// </summary>
public sealed class AssessedPoints
{
    internal AssessedPoints(AssessmentEntry entry, AssessmentStage stage, bool published, AssessmentEntry? selfAssessment, IReadOnlyList<AssessmentEntry> explanations)
    {
        Entry = entry;
        Stage = stage;
        IsPublished = published;
        SelfAssessment = selfAssessment;
        Explanations = explanations;
        MissingEvidence = [];
    }

    private AssessedPoints(AssessedPoints from, IReadOnlyList<string> missing, bool zeroed)
        : this(from.Entry, from.Stage, from.IsPublished, from.SelfAssessment, from.Explanations)
    {
        MissingEvidence = missing;
        IsZeroedForMissingEvidence = zeroed;
    }

    /// <summary>The unit's explanations by then, oldest first.</summary>
    public IReadOnlyList<AssessmentEntry> Explanations { get; }

    /// <summary>True when an explanation was accepted by then.</summary>
    public bool ExplanationAccepted => Explanations.Any(e => e.Accepted == true);

    /// <summary>
    /// The codes of the evidence the criterion requires that neither the self-assessment in force nor an explanation
    /// provides (set by scoring, from the framework's <c>requiredEvidence</c>); empty when nothing is missing.
    /// </summary>
    public IReadOnlyList<string> MissingEvidence { get; }

    /// <summary>
    /// True when the points in force are a self-assessment claimed without the required evidence and no explanation
    /// was accepted: they count as 0 (<see cref="Points"/> keeps what was claimed).
    /// </summary>
    public bool IsZeroedForMissingEvidence { get; }

    /// <summary>The evidence given with the self-assessment in force and with every explanation.</summary>
    internal IEnumerable<EvidenceReference> EvidenceGiven =>
        (SelfAssessment?.Evidence ?? []).Concat(Explanations.SelectMany(e => e.Evidence));

    /// <summary>
    /// Applies the rule of the provincial sets: the required evidence codes not provided; a self-assessment (not yet
    /// appraised) that claims points without them counts 0 unless an explanation was accepted.
    /// </summary>
    internal AssessedPoints WithRequiredEvidence(IReadOnlyList<string> required)
    {
        if (required.Count == 0)
        {
            return this;
        }

        var given = new HashSet<string>(EvidenceGiven.Where(e => e.Meets is not null).Select(e => e.Meets!), StringComparer.Ordinal);
        var missing = required.Where(r => !given.Contains(r)).ToArray();
        if (missing.Length == 0)
        {
            return this;
        }

        bool zeroed = Stage == AssessmentStage.SelfAssessment && Points > 0 && !ExplanationAccepted;
        return new AssessedPoints(this, missing, zeroed);
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

    /// <summary>
    /// The stage in words: "self-assessment", "appraisal round 2 (council)", "final decision (council)"; in Vietnamese
    /// "tự đánh giá", "thẩm định vòng 2 (hội đồng)", "quyết định cuối cùng (hội đồng)".
    /// </summary>
    /// <param name="language">The language of the words (English by default).</param>
    /// <returns>The words.</returns>
    public string Describe(Language language = Language.En) => Entry.Describe(language);

    /// <inheritdoc/>
    public override string ToString() => Num.Format(Points) + " (" + Describe() + ")" + (IsZeroedForMissingEvidence ? ", 0 for missing evidence" : string.Empty);
}
