using System;
using System.IO;
using System.Linq;
using Cchc.Scoring.Forms;

namespace Cchc.Scoring.Fuzz;

/// <summary>
/// Writes the generated seeds of the form and CSV targets (kept in corpus/form and corpus/csv): forms written by
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
    }
}
