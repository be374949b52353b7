using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Cchc.Scoring.Serialization;
using NodaTime;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>
/// A small framework with what assessment forms show: I1 (10 points), I2 (10 points, requires the evidence "plan"
/// and "report"), S1 (5 points, scored from surveys only); the unit SNV.
/// </summary>
internal static class AssessmentForms
{
    public const string PlanJson = """
        {
          "id": "appraisal-forms-test",
          "version": "1.0.0",
          "name": { "vi": "Thẩm định", "en": "Appraisal" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": 25,
          "areas": [
            {
              "code": "A1",
              "name": { "vi": "Chỉ đạo", "en": "Direction" },
              "indicators": [
                { "code": "I1", "name": { "vi": "Kế hoạch", "en": "Plan" }, "measure": "yesNo", "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 10 },
                { "code": "I2", "name": { "vi": "Báo cáo", "en": "Reports" }, "measure": "ratio", "target": { "comparison": ">=", "value": 100 }, "rule": { "kind": "proportional" }, "points": 10, "requiredEvidence": ["report", "plan"] },
                { "code": "S1", "name": { "vi": "Mức độ hài lòng", "en": "Satisfaction" }, "measure": "percentage", "target": { "comparison": ">=", "value": 90 }, "rule": { "kind": "proportional" }, "points": 5, "surveyOnly": true }
              ]
            }
          ]
        }
        """;

    public static readonly Framework Plan = FrameworkJson.Read(PlanJson).Value ?? throw new InvalidOperationException(string.Join("\n", FrameworkJson.Read(PlanJson).Problems));

    public static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2025);

    public static readonly Unit Snv = new("SNV", new LocalizedText("Sở Nội vụ", "Department of Home Affairs"), "department");

    public static readonly EvidenceReference PlanRef = new("Kế hoạch CCHC 2025", documentNumber: "12/KH-SNV", documentDate: new LocalDate(2025, 1, 15), meets: "plan");

    public static readonly EvidenceReference ReportRef = new("Báo cáo CCHC 2025", fileName: "bc-2025.pdf", sha256: new string('a', 64), meets: "report");

    public static readonly EvidenceReference LinkRef = new("Cổng thông tin", url: "https://snv.example.gov.vn/cchc");

    /// <summary>Midnight UTC of 2026-01-<paramref name="day"/> (days past 31 run on into February).</summary>
    public static Instant Day(int day) => Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromDays(day - 1));

    public static AssessmentEntry Self(int day, string indicator, decimal points, string? text = null, params EvidenceReference[] evidence) =>
        new("SNV", Year, indicator, AssessmentEntryKind.SelfAssessment, Day(day), AssessorRole.Unit, points, text: text, evidence: evidence);

    public static AssessmentEntry Appraise(int day, int round, string indicator, decimal points, AssessorRole by = AssessorRole.AppraisalTeam, string? text = null) =>
        new("SNV", Year, indicator, AssessmentEntryKind.Appraisal, Day(day), by, points, round, text);

    /// <summary>The entries as JSON lines, to compare records by every field.</summary>
    public static string Describe(AssessmentRecords records) => AssessmentJson.Write(records);

    public static string Show(ValidationResult<AssessmentRecords> result) => string.Join("\n", result.Problems.Select(p => p.ToString()));

    /// <summary>The row numbers of the evidence table, top to bottom.</summary>
    public static long[] EvidenceRows(byte[] package) =>
        SheetRows(package).Where(r => r.Elements(Main + "c").Any(c => c.Value.StartsWith("cchc:evidence:", StringComparison.Ordinal))).Select(r => (long)r.Attribute("r")!).ToArray();

    /// <summary>Every text of the form sheet, one cell a line.</summary>
    public static string SheetText(byte[] package) => string.Join("\n", SheetRows(package).SelectMany(r => r.Elements(Main + "c")).Select(c => c.Value));

    private static IEnumerable<XElement> SheetRows(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var s = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return XDocument.Load(s).Descendants(Main + "row").ToList();
    }

    public static string R(long row) => row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
