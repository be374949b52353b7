using System;
using System.IO;
using System.Linq;
using Cchc.Scoring.Serialization;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Forms.Tests.AssessmentForms;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>Assessment forms: written per unit, period and stage, read back to the same entries, every problem located at its cell.</summary>
public sealed class AssessmentFormTests
{
    private static readonly AssessmentRecords SelfRecords = new(
    [
        Self(5, "I1", 9m, "Đã ban hành kế hoạch"),
        Self(5, "I2", 8.5m, null, PlanRef, ReportRef, LinkRef),
    ]);

    [Fact]
    public void A_self_assessment_written_as_a_form_reads_back_to_the_same_entries()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Records = SelfRecords });
        var read = AssessmentForm.Read(form, Plan, "snv.xlsx");
        Assert.True(read.IsValid, Show(read));
        Assert.Equal(Describe(SelfRecords), Describe(read.Value!));
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void The_form_is_deterministic_Vietnamese_by_default_and_lists_the_criteria_with_points()
    {
        var a = AssessmentForm.Render(Plan, Year, Snv);
        Assert.Equal(a, AssessmentForm.Render(Plan, Year, Snv));
        string text = SheetText(a);
        Assert.Contains("PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CẢI CÁCH HÀNH CHÍNH", text, StringComparison.Ordinal);
        Assert.Contains("plan, report", text, StringComparison.Ordinal);
        Assert.Contains("Chấm từ kết quả khảo sát, đơn vị không tự chấm", text, StringComparison.Ordinal);

        // One prefilled evidence row per required item of I2 (plan, report), then 10 empty ones.
        Assert.Equal(12, EvidenceRows(a).Length);
        string en = SheetText(AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Language = Language.En }));
        Assert.Contains("ADMINISTRATIVE REFORM SELF-ASSESSMENT FORM", en, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch (Plan)", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Filled_by_hand_every_problem_is_located_at_its_cell()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv);
        long i1 = RowOf(form, "I1"), i2 = RowOf(form, "I2"), s1 = RowOf(form, "S1");
        long[] ev = EvidenceRows(form);
        var filled = SetCells(
            form,
            ("C6", Text("2026-01-05 09:00")),
            ("I" + R(i1), Number("12")),
            ("I" + R(i2), Text("8,5")),
            ("I" + R(s1), Number("4")),
            ("D" + R(ev[0]), Text("Kế hoạch CCHC 2025")),
            ("E" + R(ev[0]), Text("12/KH-SNV")),
            ("B" + R(ev[2]), Text("X9")),
            ("D" + R(ev[2]), Text("Tài liệu lạc")),
            ("E" + R(ev[2]), Text("1/QĐ")));
        var read = AssessmentForm.Read(filled, Plan, "snv.xlsx");
        Assert.False(read.IsValid);

        // I1: 12 of 10 points.
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.OutOfRange && p.Path == "2025!I" + R(i1) && p.Source == "snv.xlsx" && p.Message.Contains("10 points at most", StringComparison.Ordinal));

        // I2: 8,5 read as 8.5 (a warning), claimed with the plan only: "report" is named as missing.
        Assert.Contains(read.Problems, p => p.Code == AssessmentProblemCodes.MissingEvidence && p.Path == "2025!I" + R(i2) && p.Severity == Severity.Warning && p.Message.Contains("report", StringComparison.Ordinal) && !p.Message.Contains("plan,", StringComparison.Ordinal));

        // S1 is scored from surveys only: reported, ignored.
        Assert.Contains(read.Problems, p => p.Code == AssessmentProblemCodes.SurveySelfAssessed && p.Path == "2025!I" + R(s1) && p.Severity == Severity.Warning);

        // Evidence for a criterion the form does not have.
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.UnknownIndicator && p.Path == "2025!B" + R(ev[2]));
    }

    [Fact]
    public void Without_errors_the_entries_keep_what_was_entered_and_ignore_the_survey_criterion()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv);
        long i1 = RowOf(form, "I1"), i2 = RowOf(form, "I2"), s1 = RowOf(form, "S1");
        long[] ev = EvidenceRows(form);
        var filled = SetCells(
            form,
            ("C6", Text("2026-01-05 09:00")),
            ("I" + R(i1), Number("9")),
            ("J" + R(i1), Text("Đã ban hành")),
            ("I" + R(i2), Number("8.5")),
            ("I" + R(s1), Number("4")),
            ("D" + R(ev[0]), Text("Kế hoạch CCHC 2025")),
            ("E" + R(ev[0]), Text("12/KH-SNV")),
            ("F" + R(ev[0]), Number("45672")),
            ("D" + R(ev[1]), Text("Báo cáo CCHC 2025")),
            ("G" + R(ev[1]), Text("bc-2025.pdf")),
            ("H" + R(ev[1]), Text(new string('a', 64))));
        var read = AssessmentForm.Read(filled, Plan, "snv.xlsx");
        Assert.True(read.IsValid, Show(read));
        var entries = read.Value!.Entries;
        Assert.Equal(["I1", "I2"], entries.Select(e => e.IndicatorCode));

        // 2026-01-05 09:00 at +07:00 is 02:00 UTC.
        Assert.All(entries, e => Assert.Equal(Instant.FromUtc(2026, 1, 5, 2, 0), e.RecordedAt));
        Assert.All(entries, e => Assert.Equal((AssessmentEntryKind.SelfAssessment, AssessorRole.Unit), (e.Kind, e.Author)));
        Assert.Equal((9m, "Đã ban hành"), (entries[0].Points, entries[0].Text));

        // Serial 45672 is 2025-01-15 (45658 is 2025-01-01).
        Assert.Equal([PlanRef, ReportRef], entries[1].Evidence);
        var warning = Assert.Single(read.Problems);
        Assert.Equal((AssessmentProblemCodes.SurveySelfAssessed, "2025!I" + R(s1)), (warning.Code, warning.Path));
    }

    [Fact]
    public void A_formula_error_a_word_for_points_and_a_cell_of_another_stage_are_located()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Stage = AssessmentFormStage.Appraisal });
        long i1 = RowOf(form, "I1"), i2 = RowOf(form, "I2"), s1 = RowOf(form, "S1");
        var filled = SetCells(
            form,
            ("C6", Text("2026-01-20")),
            ("I" + R(i1), Error("#DIV/0!")),
            ("I" + R(i2), Text("tám")),
            ("I" + R(s1), Number("3")),
            ("K" + R(s1), Text("Có")));
        var read = AssessmentForm.Read(filled, Plan, "vong-1.xlsx");
        Assert.Contains(read.Problems, p => p.Code == FormProblemCodes.FormulaError && p.Path == "2025!I" + R(i1));
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Severity == Severity.Error && p.Path == "2025!I" + R(i2));

        // The acceptance of an explanation in an appraisal form is not read, and says so; S1 (survey) is appraised: 3 points.
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Severity == Severity.Warning && p.Path == "2025!K" + R(s1));
        var fixedForm = SetCells(filled, ("I" + R(i1), Number("7")), ("I" + R(i2), Number("8")));
        var again = AssessmentForm.Read(fixedForm, Plan, "vong-1.xlsx");
        Assert.True(again.IsValid, Show(again));
        Assert.Equal(["I1=7", "I2=8", "S1=3"], again.Value!.Entries.Select(e => e.IndicatorCode + "=" + e.Points));
    }

    [Fact]
    public void An_empty_recorded_at_cell_is_missing_field_and_an_evidence_row_is_checked_at_its_cells()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv);
        long i2 = RowOf(form, "I2");
        long[] ev = EvidenceRows(form);
        var filled = SetCells(
            form,
            ("I" + R(i2), Number("5")),
            ("D" + R(ev[0]), Text("Báo cáo")),
            ("G" + R(ev[0]), Text("bc.pdf")),
            ("H" + R(ev[0]), Text("abc")),
            ("D" + R(ev[1]), Text("Kế hoạch")),
            ("F" + R(ev[1]), Text("15/01/2025")));
        var read = AssessmentForm.Read(filled, Plan, "snv.xlsx");
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.MissingField && p.Path == "2025!C6");
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Path == "2025!F" + R(ev[1]) && p.Message.Contains("yyyy-mm-dd", StringComparison.Ordinal));

        // With the date and the recorded-at instant right, the hash is checked where it was typed.
        var fixedForm = SetCells(filled, ("C6", Text("2026-01-05")), ("F" + R(ev[1]), Text("2025-01-15")));
        var again = AssessmentForm.Read(fixedForm, Plan, "snv.xlsx");
        Assert.Contains(again.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Path == "2025!H" + R(ev[0]) && p.Message.Contains("64 hexadecimal", StringComparison.Ordinal));
    }

    [Fact]
    public void The_recorded_at_instant_falls_back_on_the_workbooks_modified_property_with_a_warning()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv);
        long i1 = RowOf(form, "I1");
        var filled = WithModified(SetCells(form, ("I" + R(i1), Number("7"))), "2026-01-06T03:00:00Z");
        var read = AssessmentForm.Read(filled, Plan, "snv.xlsx");
        Assert.True(read.IsValid, Show(read));
        Assert.Equal(Instant.FromUtc(2026, 1, 6, 3, 0), read.Value!.Entries.Single().RecordedAt);
        Assert.Contains(read.Problems, p => p.Code == FormProblemCodes.RecordedAtGuessed && p.Path == "2025!C6");
    }

    [Fact]
    public void An_appraisal_round_shows_the_self_assessment_and_earlier_rounds_and_appends_to_the_records()
    {
        var existing = new AssessmentRecords([.. SelfRecords.Entries, Appraise(20, 1, "I1", 7m, text: "Thiếu minh chứng"), Appraise(20, 1, "I2", 8m)]);
        var form = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Stage = AssessmentFormStage.Appraisal, Round = 2, Appraiser = AssessorRole.Council, Records = existing });
        string text = SheetText(form);
        Assert.Contains("Thẩm định vòng 2 (hội đồng thẩm định)", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-20 Vòng 1 (tổ thẩm định): 7 — Thiếu minh chứng", text, StringComparison.Ordinal);
        Assert.Empty(EvidenceRows(form));
        long i1 = RowOf(form, "I1");
        Assert.Contains(">9<", SheetXml(form, "G" + R(i1)), StringComparison.Ordinal);

        var filled = SetCells(form, ("C6", Text("2026-02-05 10:00")), ("I" + R(i1), Number("8")), ("J" + R(i1), Text("Chấp nhận một phần")));
        var read = AssessmentForm.Read(filled, Plan, "hd.xlsx", existing: existing);
        Assert.True(read.IsValid, Show(read));
        var added = read.Value!.Entries.Except(existing.Entries).Single();
        Assert.Equal((AssessmentEntryKind.Appraisal, 2, AssessorRole.Council, 8m, "Chấp nhận một phần"), (added.Kind, added.Round!.Value, added.Author, added.Points!.Value, added.Text));
        var inForce = read.Value.InForce("SNV", Year, "I1")!;
        Assert.Equal((AssessmentStage.Appraisal, 2, 8m), (inForce.Stage, inForce.Round!.Value, inForce.Points));

        // Read twice: the entry is already there and is not added again.
        var twice = AssessmentForm.Read(filled, Plan, "hd.xlsx", existing: read.Value);
        Assert.True(twice.IsValid, Show(twice));
        Assert.Equal(Describe(read.Value), Describe(twice.Value!));
    }

    [Fact]
    public void An_entry_that_cannot_follow_the_records_is_located_at_its_row()
    {
        // A round-3 form read against records with round 1 only: round 3 is not the next round.
        var existing = new AssessmentRecords([.. SelfRecords.Entries, Appraise(20, 1, "I1", 7m)]);
        var form = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Stage = AssessmentFormStage.Appraisal, Round = 3 });
        long i1 = RowOf(form, "I1");
        var filled = SetCells(form, ("C6", Text("2026-02-05")), ("I" + R(i1), Number("8")));
        var read = AssessmentForm.Read(filled, Plan, "hd.xlsx", existing: existing);
        Assert.False(read.IsValid);
        var p = Assert.Single(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal((AssessmentProblemCodes.RoundOutOfOrder, "2025!I" + R(i1), "hd.xlsx"), (p.Code, p.Path, p.Source));
    }

    [Fact]
    public void A_form_dated_before_the_records_it_is_appended_to_names_the_entry_it_makes_illegal()
    {
        // The records: I1 self-assessed on 5 January. A self-assessment form dated 3 January comes first, so the
        // recorded one of the 5th becomes a second self-assessment without a withdrawal.
        var existing = new AssessmentRecords([Self(5, "I1", 9m)]);
        var form = AssessmentForm.Render(Plan, Year, Snv);
        long i1 = RowOf(form, "I1");
        var filled = SetCells(form, ("C6", Text("2026-01-03T00:00:00Z")), ("I" + R(i1), Number("8")));
        var read = AssessmentForm.Read(filled, Plan, "cu.xlsx", existing: existing);
        Assert.False(read.IsValid);
        var p = Assert.Single(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal((AssessmentProblemCodes.SelfAssessmentRepeated, "SNV/I1/2025@2026-01-05T00:00:00Z", "cu.xlsx"), (p.Code, p.Path, p.Source));
    }

    [Fact]
    public void An_explanation_form_gives_the_explanation_its_evidence_and_the_decision()
    {
        var existing = new AssessmentRecords([.. SelfRecords.Entries, Appraise(20, 1, "I1", 7m)]);
        var form = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Stage = AssessmentFormStage.Explanation, Round = 1, Records = existing });
        long i1 = RowOf(form, "I1");
        long[] ev = EvidenceRows(form);
        var filled = SetCells(
            form,
            ("C6", Text("2026-01-25 08:00")),
            ("J" + R(i1), Text("Kế hoạch ban hành muộn do sáp nhập.")),
            ("K" + R(i1), Text("Có")),
            ("B" + R(ev[^1]), Text("I1")),
            ("D" + R(ev[^1]), Text("Quyết định sáp nhập")),
            ("E" + R(ev[^1]), Text("5/QĐ-UBND")));
        var read = AssessmentForm.Read(filled, Plan, "gt.xlsx", existing: existing);
        Assert.True(read.IsValid, Show(read));
        var added = read.Value!.Entries.Except(existing.Entries).Single();
        Assert.Equal((AssessmentEntryKind.Explanation, AssessorRole.Unit, true, "Kế hoạch ban hành muộn do sáp nhập."), (added.Kind, added.Author, added.Accepted!.Value, added.Text));
        Assert.Equal([new EvidenceReference("Quyết định sáp nhập", documentNumber: "5/QĐ-UBND")], added.Evidence);

        // A decision without an explanation is not an explanation.
        var bare = SetCells(form, ("C6", Text("2026-01-25")), ("K" + R(i1), Text("Không")));
        Assert.Contains(AssessmentForm.Read(bare, Plan, existing: existing).Problems, p => p.Code == ProblemCodes.MissingField && p.Path == "2025!J" + R(i1));
    }

    [Fact]
    public void A_withdrawn_self_assessment_is_followed_by_a_resubmission()
    {
        var existing = new AssessmentRecords([Self(5, "I1", 9m), new AssessmentEntry("SNV", Year, "I1", AssessmentEntryKind.Withdrawal, Day(6), AssessorRole.Unit)]);
        var form = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Records = existing });

        // Nothing is in force after the withdrawal: the form is not filled with the withdrawn points and their instant.
        Assert.Contains(AssessmentForm.Read(form, Plan, existing: existing).Problems, p => p.Code == ProblemCodes.MissingField && p.Path == "2025!C6");
        long i1 = RowOf(form, "I1");
        var filled = SetCells(form, ("C6", Text("2026-01-07")), ("I" + R(i1), Number("8")));
        var read = AssessmentForm.Read(filled, Plan, existing: existing);
        Assert.True(read.IsValid, Show(read));
        Assert.Equal(AssessmentEntryKind.Resubmission, read.Value!.Entries.Except(existing.Entries).Single().Kind);
    }

    [Fact]
    public void A_row_pasted_from_another_stage_or_a_changed_metadata_sheet_is_form_tampered()
    {
        var self = AssessmentForm.Render(Plan, Year, Snv);
        var appraisal = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Stage = AssessmentFormStage.Appraisal });
        long i1 = RowOf(appraisal, "I1");
        string selfKey = SheetRowsKey(self, RowOf(self, "I1"));
        var pasted = SetCells(appraisal, ("C6", Text("2026-02-01")), ("A" + R(i1), Text(selfKey)), ("I" + R(i1), Number("5")));
        var read = AssessmentForm.Read(pasted, Plan, "x.xlsx");
        Assert.Contains(read.Problems, p => p.Code == FormProblemCodes.FormTampered && p.Path == "2025!A" + R(i1));

        var renamed = SetCells(appraisal, ("C6", Text("2026-02-01")), ("C" + R(i1), Text("I2")));
        Assert.Contains(AssessmentForm.Read(renamed, Plan).Problems, p => p.Code == FormProblemCodes.FormTampered && p.Path == "2025!C" + R(i1));

        var meta = EditEntry(appraisal, "xl/worksheets/sheet2.xml", doc =>
        {
            var cell = doc.Descendants(Main + "t").First(t => t.Value == "appraisal:1:appraisalTeam");
            cell.Value = "appraisal:1:council";
            return doc;
        });
        Assert.Equal([FormProblemCodes.FormTampered], AssessmentForm.Read(meta, Plan).Problems.Select(p => p.Code));
    }

    [Fact]
    public void A_copied_criterion_row_is_a_duplicate_at_the_copy()
    {
        // I2's row made a copy of I1's (its key and code): the second row of I1 is reported at its key cell; I1 itself is read.
        var form = AssessmentForm.Render(Plan, Year, Snv);
        long i1 = RowOf(form, "I1"), i2 = RowOf(form, "I2");
        string key = SheetRowsKey(form, i1);
        var copied = SetCells(form, ("C6", Text("2026-01-05")), ("A" + R(i2), Text(key)), ("C" + R(i2), Text("I1")), ("I" + R(i1), Number("9")));
        var read = AssessmentForm.Read(copied, Plan, "x.xlsx");
        var duplicate = Assert.Single(read.Problems, p => p.Code == ProblemCodes.Duplicate);
        Assert.Equal("2025!A" + R(i2), duplicate.Path);
        Assert.Contains("Criterion I1 has two rows in the form (rows " + R(i1) + " and " + R(i2) + ")", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_criterion_whose_points_changed_since_the_form_was_written_is_form_mismatch()
    {
        // The same framework id and version, but I1 worth 8 points instead of 10 (total 23 instead of 25): the form's I1 row no longer fits.
        var form = SetCells(AssessmentForm.Render(Plan, Year, Snv), ("C6", Text("2026-01-05")));
        var changed = FrameworkJson.Read(PlanJson.Replace("\"rule\": { \"kind\": \"yesNo\" }, \"points\": 10 }", "\"rule\": { \"kind\": \"yesNo\" }, \"points\": 8 }", StringComparison.Ordinal).Replace("\"totalPoints\": 25", "\"totalPoints\": 23", StringComparison.Ordinal)).GetValueOrThrow();
        Assert.Equal(8m, changed.FindIndicator("I1")!.MaxPoints);
        var read = AssessmentForm.Read(form, changed, "x.xlsx");
        var mismatch = Assert.Single(read.Problems, p => p.Code == FormProblemCodes.FormMismatch);
        Assert.Equal("2025!C" + R(RowOf(form, "I1")), mismatch.Path);
        Assert.Contains("Criterion I1 has 10 points in the form but 8 in the framework", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figures_form_is_not_an_assessment_form_and_the_other_way_round()
    {
        var figures = SubmissionForm.Render(Gtvt, Q1, Unit("VP"));
        var p = Assert.Single(AssessmentForm.Read(figures, Gtvt, "vp.xlsx").Problems);
        Assert.Equal(FormProblemCodes.NotAForm, p.Code);
        Assert.Contains("--submissions", p.Message, StringComparison.Ordinal);

        var assessment = AssessmentForm.Render(Plan, Year, Snv);
        var q = Assert.Single(SubmissionForm.Read(assessment, Plan, "snv.xlsx").Problems);
        Assert.Equal(FormProblemCodes.NotAForm, q.Code);
        Assert.Contains("--records", q.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_is_bounded()
    {
        var form = AssessmentForm.Render(Plan, Year, Snv);
        var options = new FormReadOptions { Limits = new ReadLimits(maxDocumentBytes: 1000) };
        var read = AssessmentForm.ReadStream(new MemoryStream(form), Plan, "big.xlsx", options);
        Assert.Equal([ProblemCodes.LimitExceeded], read.Problems.Select(p => p.Code));
        Assert.Equal([FormProblemCodes.UnreadableWorkbook], AssessmentForm.Read([1, 2, 3, 4], Plan).Problems.Select(p => p.Code));

        // 3 criteria rows + 2 prefilled and 50 empty evidence rows = 55 data rows, beyond a limit of 20.
        var many = AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { EvidenceRows = 50 });
        var rows = AssessmentForm.Read(many, Plan, "many.xlsx", new FormReadOptions { Limits = new ReadLimits(maxSubmissions: 20) });
        Assert.Equal([ProblemCodes.LimitExceeded], rows.Problems.Select(p => p.Code));

        // A text longer than ReadLimits.MaxTextLength, at its cell.
        long i1 = RowOf(many, "I1");
        var longText = SetCells(many, ("C6", Text("2026-01-05")), ("I" + R(i1), Number("5")), ("J" + R(i1), Text(new string('x', 101))));
        var text = AssessmentForm.Read(longText, Plan, "long.xlsx", new FormReadOptions { Limits = new ReadLimits(maxTextLength: 100) });
        Assert.Contains(text.Problems, p => p.Code == ProblemCodes.LimitExceeded && p.Path == "2025!J" + R(i1));
    }

    [Fact]
    public void Options_out_of_range_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Round = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentForm.Render(Plan, Year, Snv, new AssessmentFormOptions { Appraiser = AssessorRole.Unit }));
        Assert.Throws<ArgumentNullException>(() => AssessmentForm.Read(null!, Plan));
    }

    private static string SheetRowsKey(byte[] package, long row) =>
        SheetXmlRow(package, row).Elements(Main + "c").First().Value;

    private static string SheetXml(byte[] package, string reference)
    {
        long row = long.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        return SheetXmlRow(package, row).Elements(Main + "c").Single(c => (string?)c.Attribute("r") == reference).ToString();
    }

    private static System.Xml.Linq.XElement SheetXmlRow(byte[] package, long row)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read);
        using var s = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return System.Xml.Linq.XDocument.Load(s).Descendants(Main + "row").Single(r => (long)r.Attribute("r")! == row);
    }

    private static byte[] WithModified(byte[] package, string instant)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                string text = new StreamReader(from).ReadToEnd();
                if (entry.FullName == "_rels/.rels")
                {
                    text = text.Replace("</Relationships>", "<Relationship Id=\"rIdCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>", StringComparison.Ordinal);
                }

                using var to = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                to.Write(text);
            }

            using var core = new StreamWriter(zip.CreateEntry("docProps/core.xml").Open());
            core.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + instant + "</dcterms:modified></cp:coreProperties>");
        }

        return output.ToArray();
    }
}
