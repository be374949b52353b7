using System;
using System.Globalization;
using System.IO;

namespace Cchc.Scoring.Forms;

/// <summary>The stage of the assessment an assessment form is filled in for (docs/appraisal.md).</summary>
public enum AssessmentFormStage
{
    /// <summary>The unit's self-assessment: points per criterion, evidence, a note. Criteria scored from surveys only are shown but locked.</summary>
    SelfAssessment,

    /// <summary>An appraisal round by the appraisal team or the council: points and a comment per criterion; the self-assessment and earlier rounds are shown read-only.</summary>
    Appraisal,

    /// <summary>The unit's explanation after a round (text, evidence), and the appraisers' decision to accept it.</summary>
    Explanation,
}

/// <summary>How an assessment form is written (<see cref="AssessmentForm.Render(Framework, ReportingPeriod, Unit, AssessmentFormOptions?)"/>).</summary>
public sealed class AssessmentFormOptions
{
    /// <summary>The stage the form is for; the self-assessment by default.</summary>
    public AssessmentFormStage Stage { get; init; } = AssessmentFormStage.SelfAssessment;

    /// <summary>For an appraisal form, its round; for an explanation form, the round explained (from 1; 1 by default).</summary>
    public int Round { get; init; } = 1;

    /// <summary>Who appraises, for an appraisal form: the appraisal team (by default) or the council.</summary>
    public AssessorRole Appraiser { get; init; } = AssessorRole.AppraisalTeam;

    /// <summary>The language of the labels; Vietnamese by default. Criteria names are always given in Vietnamese, and in English too when the form is in English.</summary>
    public Language Language { get; init; } = Language.Vi;

    /// <summary>
    /// The assessment records so far; null for none. The unit's entries for the period are shown read-only (the
    /// self-assessment in force and every round and explanation), and the entries of the form's own stage fill its
    /// input cells (the latest self-assessment or resubmission; the latest appraisal of the round; the latest
    /// explanation after the round).
    /// </summary>
    public AssessmentRecords? Records { get; init; }

    /// <summary>The unit's ancestors, declared in the form; null for none.</summary>
    public UnitHierarchy? Units { get; init; }

    /// <summary>How many empty evidence rows a self-assessment or explanation form offers beyond one per required item (10 by default, 0 to 1,000).</summary>
    public int EvidenceRows { get; init; } = 10;
}

/// <summary>
/// Assessment forms: an Excel workbook (.xlsx) per unit and period for the stages of an assessment filled by hand —
/// the unit's self-assessment with its evidence, an appraisal round, the unit's explanation after a round — and the
/// reader that turns a filled form back into <see cref="AssessmentEntry"/> values appended to the records.
/// </summary>
/// <remarks>
/// The form is built like the figures form (<see cref="SubmissionForm"/>): a header block with the recorded-at cell,
/// one keyed row per criterion (area, code, name, maximum points, the evidence it requires, the self-assessment and
/// the earlier rounds read-only, input cells with data validation), a table of evidence references, and the hidden
/// metadata sheet with its check; every key is tied to the framework, unit, period and stage, so a row pasted from
/// another form or another stage is detected. The same inputs give the same bytes. See docs/appraisal.md and
/// docs/collecting.md.
/// </remarks>
public static class AssessmentForm
{
    /// <summary>Writes the assessment form of one unit for one period and stage.</summary>
    /// <param name="framework">The framework: the form lists the criteria with points that apply to the unit's kind.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="options">Stage, round, language, the records so far; null for an empty Vietnamese self-assessment form.</param>
    /// <returns>The .xlsx file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The round is not from 1 to 100, <see cref="AssessmentFormOptions.EvidenceRows"/> not from 0 to 1,000, or the appraiser is the unit.</exception>
    public static byte[] Render(Framework framework, ReportingPeriod period, Unit unit, AssessmentFormOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(unit);
        options ??= new AssessmentFormOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Round, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Round, 100, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EvidenceRows, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.EvidenceRows, 1000, nameof(options));
        if (options.Appraiser == AssessorRole.Unit)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The appraiser is the appraisal team or the council, not the unit.");
        }

        return AssessmentFormWriter.Write(framework, period, unit, options);
    }

    /// <summary>Writes the assessment form of one unit for one period and stage to a stream.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">Stage, round, language, the records so far; null for an empty Vietnamese self-assessment form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="unit"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range (see <see cref="Render"/>).</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Framework framework, ReportingPeriod period, Unit unit, Stream output, AssessmentFormOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        byte[] bytes = Render(framework, period, unit, options);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// Reads a filled assessment form and appends its entries to <paramref name="existing"/>. Never throws for bad
    /// data: every problem is located at the workbook's sheet and cell (<c>2025!I12</c>) — a cell that does not read,
    /// points above the criterion's maximum (<c>out-of-range</c>), a self-assessed point on a criterion scored from
    /// surveys only (<c>assessment-survey-self-assessed</c>, ignored), a claim without the evidence the criterion
    /// requires (<c>assessment-missing-evidence</c>, naming it), an entry that cannot follow the records (the codes
    /// of <see cref="AssessmentProblemCodes"/>), a changed form (<c>form-tampered</c>); the records are null when
    /// there is an error. An entry equal to one already in <paramref name="existing"/> is not added again, so reading
    /// the same form twice changes nothing.
    /// </summary>
    /// <param name="workbook">The .xlsx file's bytes.</param>
    /// <param name="framework">The framework the form was written for.</param>
    /// <param name="source">The file name, for the problems; null when not known.</param>
    /// <param name="options">Limits, the period expected, the local offset; null for the defaults.</param>
    /// <param name="existing">The records the entries are appended to; null for none.</param>
    /// <returns>The records with the form's entries, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> or <paramref name="framework"/> is null.</exception>
    public static ValidationResult<AssessmentRecords> Read(byte[] workbook, Framework framework, string? source = null, FormReadOptions? options = null, AssessmentRecords? existing = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(framework);
        return AssessmentFormReader.Read(workbook, framework, source, options ?? FormReadOptions.Default, existing ?? AssessmentRecords.Empty);
    }

    /// <summary>Reads a filled assessment form from a stream, within <see cref="Serialization.ReadLimits.MaxDocumentBytes"/>; see <see cref="Read(byte[], Framework, string?, FormReadOptions?, AssessmentRecords?)"/>.</summary>
    /// <param name="workbook">The stream.</param>
    /// <param name="framework">The framework the form was written for.</param>
    /// <param name="source">The file name, for the problems; null when not known.</param>
    /// <param name="options">Limits, the period expected, the local offset; null for the defaults.</param>
    /// <param name="existing">The records the entries are appended to; null for none.</param>
    /// <returns>The records with the form's entries, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<AssessmentRecords> ReadStream(Stream workbook, Framework framework, string? source = null, FormReadOptions? options = null, AssessmentRecords? existing = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(framework);
        options ??= FormReadOptions.Default;
        byte[]? bytes = SubmissionForm.ReadBounded(workbook, options.Limits.MaxDocumentBytes);
        return bytes is null
            ? new ValidationResult<AssessmentRecords>(null, [new Problem(ProblemCodes.LimitExceeded, "The input goes on beyond " + options.Limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes (ReadLimits.MaxDocumentBytes).", null, source)])
            : Read(bytes, framework, source, options, existing);
    }
}
