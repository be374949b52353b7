using System;
using System.IO;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>A small framework and submissions written to a fresh temporary directory.</summary>
public sealed class TestData : IDisposable
{
    public const string FrameworkJson = """
        {
          "id": "test-fw",
          "version": "1.0",
          "name": { "vi": "Khung thử nghiệm", "en": "Test framework" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "calendar": "calendar",
          "rounding": { "digits": 2, "mode": "halfAwayFromZero", "level": "indicator" },
          "totalPoints": 100,
          "bands": [
            { "code": "excellent", "name": { "vi": "Xuất sắc", "en": "Excellent" }, "min": 90 },
            { "code": "good", "name": { "vi": "Tốt", "en": "Good" }, "min": 70 },
            { "code": "weak", "name": { "vi": "Yếu", "en": "Weak" }, "min": 0 }
          ],
          "areas": [
            {
              "code": "A",
              "name": { "vi": "Thủ tục hành chính", "en": "Administrative procedures" },
              "indicators": [
                {
                  "code": "A1",
                  "name": { "vi": "Tỷ lệ hồ sơ đúng hạn", "en": "Share of dossiers on time" },
                  "measure": "ratio",
                  "unit": "%",
                  "target": { "comparison": ">=", "value": 95 },
                  "rule": { "kind": "proportional" },
                  "points": 40
                },
                {
                  "code": "A2",
                  "name": { "vi": "Công khai thủ tục", "en": "Procedures published" },
                  "measure": "yesNo",
                  "target": { "comparison": "=", "value": 1 },
                  "rule": { "kind": "yesNo" },
                  "points": 30
                }
              ]
            },
            {
              "code": "B",
              "name": { "vi": "Chuyển đổi số", "en": "Digital transformation" },
              "indicators": [
                {
                  "code": "B1",
                  "name": { "vi": "Tỷ lệ hồ sơ trực tuyến", "en": "Share of dossiers online" },
                  "measure": "percentage",
                  "unit": "%",
                  "target": { "comparison": ">=", "value": 80 },
                  "rule": { "kind": "threshold" },
                  "points": 30
                }
              ]
            }
          ]
        }
        """;

    public const string UnitsVp = """
        { "id": "VP", "name": { "vi": "Văn phòng Sở", "en": "Department office" }, "kind": "office" }
        """;

    public const string UnitsP1 = """
        { "id": "P1", "name": { "vi": "Phòng Quản lý vận tải, \"phương tiện\"", "en": "Transport division, \"vehicles\"" }, "kind": "division" }
        """;

    public const string SubmissionsVp = """
        { "unit": "VP", "period": "2024", "indicator": "A1", "recordedAt": "2025-01-10T02:00:00Z", "numerator": 180, "denominator": 200 },
        { "unit": "VP", "period": "2025", "indicator": "A1", "recordedAt": "2026-01-10T02:00:00Z", "numerator": 197, "denominator": 200 },
        { "unit": "VP", "period": "2025", "indicator": "A2", "recordedAt": "2026-01-10T02:00:00Z", "answer": true },
        { "unit": "VP", "period": "2025", "indicator": "B1", "recordedAt": "2026-01-10T02:00:00Z", "value": 85 }
        """;

    public const string SubmissionsP1 = """
        { "unit": "P1", "period": "2025", "indicator": "A1", "recordedAt": "2026-01-11T02:00:00Z", "numerator": 2, "denominator": 3 },
        { "unit": "P1", "period": "2025", "indicator": "A2", "recordedAt": "2026-01-11T02:00:00Z", "answer": false },
        { "unit": "P1", "period": "2025", "indicator": "B1", "recordedAt": "2026-01-11T02:00:00Z", "applicable": false }
        """;

    public TestData()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cchc-cli-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        FrameworkPath = Write("framework.json", FrameworkJson);
        SubmissionsPath = Write("submissions.json", SubmissionsFile("test-fw", UnitsVp + ",\n" + UnitsP1, SubmissionsVp + ",\n" + SubmissionsP1));
    }

    public string Directory { get; }

    public string FrameworkPath { get; }

    public string SubmissionsPath { get; }

    public static string SubmissionsFile(string? framework, string units, string submissions) =>
        "{\n" + (framework is null ? string.Empty : "  \"framework\": \"" + framework + "\",\n")
        + "  \"units\": [\n" + units + "\n  ],\n  \"submissions\": [\n" + submissions + "\n  ]\n}\n";

    /// <summary>Writes a file in the temporary directory (sub-folders are created) and returns its path.</summary>
    public string Write(string name, string text)
    {
        string path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless.
        }
    }
}
