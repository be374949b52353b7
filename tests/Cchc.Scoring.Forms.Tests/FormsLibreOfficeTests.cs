using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Cchc.Scoring.Serialization;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>Runs only where LibreOffice (<c>soffice</c>) is on the PATH; .ci/run installs it and fails if these tests were skipped.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (Soffice.Find() is null)
        {
            Skip = "no soffice on the PATH: install Debian's libreoffice-calc; .ci/run installs it";
        }
    }
}

internal static class Soffice
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "soffice")).FirstOrDefault(File.Exists);

    /// <summary>Opens <paramref name="input"/> in LibreOffice Calc (headless, its own profile) and saves it as .xlsx; returns the saved file's bytes.</summary>
    public static byte[] ResaveAsXlsx(string input)
    {
        string work = Path.Combine(Path.GetTempPath(), "cchc-lo-" + Guid.NewGuid().ToString("N"));
        string outDir = Path.Combine(work, "out");
        Directory.CreateDirectory(outDir);
        try
        {
            var start = new ProcessStartInfo(Find()!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string a in new[] { "-env:UserInstallation=file://" + Path.Combine(work, "profile"), "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, input })
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 3 minutes");
            }

            string saved = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + ".xlsx");
            Assert.True(File.Exists(saved), "soffice wrote nothing (exit " + process.ExitCode + "): " + stdout + stderr);
            return File.ReadAllBytes(saved);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

/// <summary>
/// A generated form, filled in (figures typed as numbers, as text, and as formulas LibreOffice computes), opened and
/// saved by LibreOffice Calc, reads back to the same submissions and the same scorecard as the equivalent JSON.
/// </summary>
public sealed class FormsLibreOfficeTests
{
    private const string EquivalentJson = """
        {
          "framework": "gtvt-tiengiang-2021-2025",
          "units": [ { "id": "VP", "name": { "vi": "Văn phòng", "en": "Office" }, "kind": "office" } ],
          "submissions": [
            { "unit": "VP", "period": "2025-Q1", "indicator": "T01", "numerator": 95, "denominator": 100, "recordedAt": "2026-01-10T02:00:00Z" },
            { "unit": "VP", "period": "2025-Q1", "indicator": "T10", "value": 3, "recordedAt": "2026-01-10T02:00:00Z", "note": "ghi chú" },
            { "unit": "VP", "period": "2025-Q1", "indicator": "T16", "answer": true, "recordedAt": "2026-01-10T02:00:00Z" },
            { "unit": "VP", "period": "2025-Q1", "indicator": "T21", "value": 95.5, "recordedAt": "2026-01-10T02:00:00Z" }
          ]
        }
        """;

    [SofficeFact]
    public void A_form_filled_and_saved_by_LibreOffice_reads_back_to_the_same_scorecard_as_the_JSON()
    {
        var form = SubmissionForm.Render(Gtvt, Q1, Unit("VP"));
        long t01 = RowOf(form, "T01"), t10 = RowOf(form, "T10"), t16 = RowOf(form, "T16"), t21 = RowOf(form, "T21");

        // The numerator is a formula with no stored result: LibreOffice computes it when it opens the file.
        var filled = SetCells(
            form,
            ("C6", Text("2026-01-10 09:00")),
            ("J" + t01, r => new System.Xml.Linq.XElement(Main + "c", new System.Xml.Linq.XAttribute("r", r), new System.Xml.Linq.XElement(Main + "f", "90+5"))),
            ("K" + t01, Number("100")),
            ("I" + t10, Text("3")),
            ("O" + t10, Text("ghi chú")),
            ("I" + t16, Text("Có")),
            ("I" + t21, Number("95.5")));
        string dir = Path.Combine(Path.GetTempPath(), "cchc-form-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "vp-2025-Q1.xlsx");
            File.WriteAllBytes(path, filled);
            var saved = Soffice.ResaveAsXlsx(path);
            Assert.NotEqual(filled, saved);

            var read = SubmissionForm.Read(saved, Gtvt, "vp-2025-Q1.xlsx");
            Assert.True(read.IsValid, Show(read));
            var json = SubmissionJson.Read(EquivalentJson, Gtvt);
            Assert.True(json.IsValid, Show(json));
            Assert.Equal(FormTests.Describe(json.Value!), FormTests.Describe(read.Value!));

            var request = new ScoringRequest(Q1, units: ["VP"]);
            var fromForm = Scorer.Score(Gtvt, read.Value!, request).Scorecards.Single(c => c.UnitId == "VP");
            var fromJson = Scorer.Score(Gtvt, json.Value!, request).Scorecards.Single(c => c.UnitId == "VP");
            Assert.Equal(fromJson.Points, fromForm.Points);
            Assert.Equal(fromJson.Index, fromForm.Index);
            Assert.Equal(fromJson.Indicators.Select(i => i.Indicator.Code + "=" + i.Points), fromForm.Indicators.Select(i => i.Indicator.Code + "=" + i.Points));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>
/// An assessment form, filled in (points typed as numbers, as text and as a formula LibreOffice computes, evidence in the
/// evidence table), opened and saved by LibreOffice Calc, reads back to the same entries as written by hand.
/// </summary>
public sealed class AssessmentFormsLibreOfficeTests
{
    [SofficeFact]
    public void An_assessment_form_filled_and_saved_by_LibreOffice_reads_back_to_the_same_entries()
    {
        var form = AssessmentForm.Render(AssessmentForms.Plan, AssessmentForms.Year, AssessmentForms.Snv);
        long i1 = RowOf(form, "I1"), i2 = RowOf(form, "I2");
        long[] ev = AssessmentForms.EvidenceRows(form);
        string R(long row) => AssessmentForms.R(row);

        // I1: 4.5 + 4 computed by LibreOffice (8.5); I2: "7" typed as text; the plan and the report in the prefilled rows, a link for I1.
        var filled = SetCells(
            form,
            ("C6", Text("2026-01-05 09:00")),
            ("I" + R(i1), r => new System.Xml.Linq.XElement(Main + "c", new System.Xml.Linq.XAttribute("r", r), new System.Xml.Linq.XElement(Main + "f", "4.5+4"))),
            ("J" + R(i1), Text("Đã ban hành kế hoạch")),
            ("I" + R(i2), Text("7")),
            ("D" + R(ev[0]), Text("Kế hoạch CCHC 2025")),
            ("E" + R(ev[0]), Text("12/KH-SNV")),
            ("F" + R(ev[0]), Text("2025-01-15")),
            ("D" + R(ev[1]), Text("Báo cáo CCHC 2025")),
            ("G" + R(ev[1]), Text("bc-2025.pdf")),
            ("H" + R(ev[1]), Text(new string('a', 64))),
            ("B" + R(ev[2]), Text("I1")),
            ("D" + R(ev[2]), Text("Cổng thông tin")),
            ("I" + R(ev[2]), Text("https://snv.example.gov.vn/cchc")));
        string dir = Path.Combine(Path.GetTempPath(), "cchc-assessment-form-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "snv-2025-self.xlsx");
            File.WriteAllBytes(path, filled);
            var saved = Soffice.ResaveAsXlsx(path);
            Assert.NotEqual(filled, saved);

            var read = AssessmentForm.Read(saved, AssessmentForms.Plan, "snv-2025-self.xlsx");
            Assert.True(read.IsValid, AssessmentForms.Show(read));

            // 2026-01-05 09:00 at +07:00 is 02:00 UTC.
            var at = NodaTime.Instant.FromUtc(2026, 1, 5, 2, 0);
            var expected = new AssessmentRecords(
            [
                new AssessmentEntry("SNV", AssessmentForms.Year, "I1", AssessmentEntryKind.SelfAssessment, at, AssessorRole.Unit, 8.5m, text: "Đã ban hành kế hoạch", evidence: [AssessmentForms.LinkRef]),
                new AssessmentEntry("SNV", AssessmentForms.Year, "I2", AssessmentEntryKind.SelfAssessment, at, AssessorRole.Unit, 7m, evidence: [AssessmentForms.PlanRef, AssessmentForms.ReportRef]),
            ]);
            Assert.Equal(AssessmentForms.Describe(expected), AssessmentForms.Describe(read.Value!));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
