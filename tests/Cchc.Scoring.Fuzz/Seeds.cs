using System;
using System.IO;
using System.Linq;
using Cchc.Scoring.Forms;

namespace Cchc.Scoring.Fuzz;

/// <summary>
/// Writes the generated seeds of the form, CSV and assessment-form targets (kept in corpus/form, corpus/csv and corpus/assessment-form): forms written by
/// <see cref="SubmissionForm.Render"/> for the built-in plan, filled with its sample and empty, and the sample as CSV
/// with a comma, a semicolon, with and without a byte order mark.
/// </summary>
public static class Seeds
{
    /// <summary>Writes the seeds under <paramref name="corpus"/>/form and <paramref name="corpus"/>/csv.</summary>
    /// <param name="corpus">The corpus folder (tests/Cchc.Scoring.Fuzz/corpus).</param>
    public static void Write(string corpus)
    {
        var plan = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var sample = BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);
        var q1 = ReportingPeriod.Parse("2025-Q1", plan.Calendar);
        string forms = Path.Combine(corpus, "form");
        string csv = Path.Combine(corpus, "csv");
        Directory.CreateDirectory(forms);
        Directory.CreateDirectory(csv);
        var unit = sample.Units.Find("VP")!;
        File.WriteAllBytes(Path.Combine(forms, "filled-vp-2025-q1.xlsx"), SubmissionForm.Render(plan, q1, unit, new FormOptions { Filled = sample, Units = sample.Units }));
        File.WriteAllBytes(Path.Combine(forms, "empty-en-vp-2025-q1.xlsx"), SubmissionForm.Render(plan, q1, unit, new FormOptions { Language = Language.En, Previous = sample }));

        // The sample's figures of one unit and one quarter: small seeds (the whole sample is 170 KB).
        var some = new SubmissionSet(sample.Submissions.Where(s => s.UnitId == "VP" && s.Period == q1), sample.Units);
        File.WriteAllBytes(Path.Combine(csv, "sample-vp-comma-bom.csv"), SubmissionCsv.Write(some));
        File.WriteAllBytes(Path.Combine(csv, "sample-vp-semicolon.csv"), SubmissionCsv.Write(some, ';', byteOrderMark: false));
        var year = new SubmissionSet(sample.Submissions.Where(s => s.Period.ToString().StartsWith("2024", StringComparison.Ordinal)).Take(40), sample.Units);
        File.WriteAllBytes(Path.Combine(csv, "sample-2024-semicolon-bom.csv"), SubmissionCsv.Write(year, ';'));
        File.WriteAllBytes(Path.Combine(csv, "sample-2024-comma.csv"), SubmissionCsv.Write(year, ',', byteOrderMark: false));
        WriteAssessmentForms(Path.Combine(corpus, "assessment-form"));
    }

    /// <summary>
    /// The seeds of the assessment-form target, for the appraisal example's framework and unit SNV: a self-assessment
    /// filled with evidence, an appraisal round 2 by the council showing the earlier entries and filled, an English
    /// explanation form.
    /// </summary>
    private static void WriteAssessmentForms(string folder)
    {
        Directory.CreateDirectory(folder);
        var framework = Targets.Appraisal.Value;
        var year = ReportingPeriod.ForYear(2025);
        var unit = new Unit("SNV", new LocalizedText("Sở Nội vụ", "Department of Home Affairs"), "department");
        NodaTime.Instant Day(int day) => NodaTime.Instant.FromUtc(2026, 1, day, 0, 0);
        var self = new AssessmentRecords(
        [
            new AssessmentEntry("SNV", year, "I1", AssessmentEntryKind.SelfAssessment, Day(5), AssessorRole.Unit, 9m, text: "Đã ban hành kế hoạch"),
            new AssessmentEntry("SNV", year, "I2", AssessmentEntryKind.SelfAssessment, Day(5), AssessorRole.Unit, 8m, evidence:
            [
                new EvidenceReference("Kế hoạch CCHC 2025", documentNumber: "12/KH-SNV", documentDate: new NodaTime.LocalDate(2025, 1, 15), meets: "plan"),
                new EvidenceReference("Báo cáo CCHC 2025", fileName: "bc-2025.pdf", sha256: new string('a', 64), meets: "report"),
            ]),
        ]);
        var rounds = new AssessmentRecords(
        [
            .. self.Entries,
            new AssessmentEntry("SNV", year, "I1", AssessmentEntryKind.Appraisal, Day(20), AssessorRole.AppraisalTeam, 7m, 1, "Thiếu minh chứng"),
            new AssessmentEntry("SNV", year, "I1", AssessmentEntryKind.Appraisal, Day(28), AssessorRole.Council, 8m, 2),
        ]);
        File.WriteAllBytes(Path.Combine(folder, "self-snv-2025.xlsx"), AssessmentForm.Render(framework, year, unit, new AssessmentFormOptions { Records = self, EvidenceRows = 2 }));
        File.WriteAllBytes(Path.Combine(folder, "appraisal-2-snv-2025.xlsx"), AssessmentForm.Render(framework, year, unit, new AssessmentFormOptions { Stage = AssessmentFormStage.Appraisal, Round = 2, Appraiser = AssessorRole.Council, Records = rounds }));
        File.WriteAllBytes(Path.Combine(folder, "explanation-en-snv-2025.xlsx"), AssessmentForm.Render(framework, year, unit, new AssessmentFormOptions { Stage = AssessmentFormStage.Explanation, Language = Language.En, Records = rounds, EvidenceRows = 2 }));
    }
}
