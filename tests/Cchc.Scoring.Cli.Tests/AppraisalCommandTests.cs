using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc appraisal</c> and <c>cchc evidence hash</c>, on the example of docs/appraisal.md.</summary>
public sealed partial class AppraisalCommandTests : IDisposable
{
    private const string Framework = AppraisalCommandTestsData.Framework;

    private const string Submissions = AppraisalCommandTestsData.Submissions;

    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();
}

/// <summary>The framework and submissions of the appraisal example.</summary>
internal static class AppraisalCommandTestsData
{
    public const string Framework = """
        {
          "id": "appraisal-test",
          "version": "1.0.0",
          "name": { "vi": "Thẩm định", "en": "Appraisal" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": 20,
          "areas": [
            {
              "code": "A1",
              "name": { "vi": "Chỉ đạo", "en": "Direction" },
              "indicators": [
                { "code": "I1", "name": { "vi": "Kế hoạch", "en": "Plan" }, "measure": "yesNo", "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 10 },
                { "code": "I2", "name": { "vi": "Báo cáo", "en": "Reports" }, "measure": "ratio", "target": { "comparison": ">=", "value": 100 }, "rule": { "kind": "proportional" }, "points": 10, "requiredEvidence": ["plan", "report"] }
              ]
            }
          ]
        }
        """;

    public const string Submissions = """
        { "submissions": [
          { "unit": "SNV", "period": "2025", "indicator": "I1", "recordedAt": "2026-01-02T00:00:00Z", "answer": true },
          { "unit": "SNV", "period": "2025", "indicator": "I2", "recordedAt": "2026-01-02T00:00:00Z", "numerator": 80, "denominator": 100 }
        ] }
        """;
}

/// <summary><c>cchc appraisal</c> and <c>cchc evidence hash</c> (continued).</summary>
public sealed partial class AppraisalCommandTests
{
    private static string DocExample()
    {
        string doc = RepositoryFiles.Read("docs/appraisal.md");
        int at = doc.IndexOf("<!-- example: assessments -->", StringComparison.Ordinal);
        int start = doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private Cli.Outcome Run(params string[] extra) =>
        Cli.Run(["appraisal", "-f", _data.Write("fw.json", Framework), "-s", _data.Write("subs.json", Submissions), "--records", _data.Write("records.json", DocExample()), "--unit", "SNV", "--period", "2025", .. extra]);

    [Fact]
    public void Appraisal_ShowsEachStage_TheDifference_AndTheEvidence()
    {
        var run = Run("--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        // I1: self 8.5 (resubmitted), round 1 7, explanation accepted, round 2 8, final 8 → 8, 8 − 8.5 = −0.5.
        // I2: no records: 8 from the figures (80 × 10 ÷ 100), evidence not given.
        Assert.Contains("Unit SNV, period 2025: 16 of 20 points, index 80", run.Output, StringComparison.Ordinal);
        string i1 = run.OutputLines.Single(l => l.StartsWith("I1", StringComparison.Ordinal));
        Assert.Equal(["I1", "8.5", "7", "accepted", "8", "8", "8", "final", "decision", "(council),", "published", "-0.5", "-"], i1.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        string i2 = run.OutputLines.Single(l => l.StartsWith("I2", StringComparison.Ordinal));
        Assert.Contains("figures", i2, StringComparison.Ordinal);
        Assert.Contains("not given", i2, StringComparison.Ordinal);
    }

    [Fact]
    public void Appraisal_InVietnamese_ByDefault_NamesEachStage()
    {
        var run = Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        // The same figures as in English: I1 8.5 self, 7 in round 1, explanation accepted, 8 in round 2, 8 final;
        // 8 + 8 = 16 of 20 points, index 80.
        Assert.Contains("Đơn vị SNV, kỳ 2025: 16/20 điểm, chỉ số 80", run.Output, StringComparison.Ordinal);
        string header = run.OutputLines.Single(l => l.StartsWith("Tiêu chí", StringComparison.Ordinal));
        Assert.Contains("Thẩm định vòng 1", header, StringComparison.Ordinal);
        Assert.Contains("Tài liệu kiểm chứng", header, StringComparison.Ordinal);
        string i1 = run.OutputLines.Single(l => l.StartsWith("I1", StringComparison.Ordinal));
        Assert.Contains("chấp nhận", i1, StringComparison.Ordinal);
        Assert.Contains("quyết định cuối cùng (hội đồng), đã công bố", i1, StringComparison.Ordinal);
        Assert.Contains("-0.5", i1, StringComparison.Ordinal);
        string i2 = run.OutputLines.Single(l => l.StartsWith("I2", StringComparison.Ordinal));
        Assert.Contains("tính từ số liệu", i2, StringComparison.Ordinal);
        Assert.Contains("chưa có", i2, StringComparison.Ordinal);
        Assert.DoesNotContain("appraisal", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Appraisal_AsOf_ShowsTheResultAfterRound1()
    {
        var run = Run("--as-of", "2026-01-24T00:00:00Z", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        // As of 24 January: round 1 (7) is in force; 7 + 8 = 15 of 20 → 75.
        Assert.Contains("15 of 20 points, index 75", run.Output, StringComparison.Ordinal);
        Assert.Contains("appraisal round 1 (appraisal team)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Appraisal_RefusesAnIllegalRecordsFile_WithTheLocatedProblem()
    {
        string bad = DocExample().Replace("\"kind\": \"withdrawal\"", "\"kind\": \"publication\"", StringComparison.Ordinal).Replace("\"by\": \"unit\"\n    },", "\"by\": \"council\"\n    },", StringComparison.Ordinal);
        var run = Cli.Run("appraisal", "-f", _data.Write("fw.json", Framework), "-s", _data.Write("subs.json", Submissions), "--records", _data.Write("bad.json", bad), "--unit", "SNV", "--period", "2025");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("assessment-publication-before-final", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.entries[1]", run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void EvidenceHash_WritesReferences_WithTheSha256OfEachFile()
    {
        _data.Write("evidence/kh-12.pdf", "test");
        _data.Write("evidence/sub/bc.txt", "báo cáo");
        var run = Cli.Run("evidence", "hash", Path.Combine(_data.Directory, "evidence"));
        Assert.True(run.ExitCode == 0, run.ToString());
        // SHA-256 of the 4 bytes "test" is 9f86d081…0a08 (the value used in docs/appraisal.md).
        Assert.Contains("\"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"file\": \"sub/bc.txt\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"sha256\": \"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("báo cáo"))) + "\"", run.Output, StringComparison.Ordinal);
        Assert.True(run.Output.IndexOf("kh-12.pdf", StringComparison.Ordinal) < run.Output.IndexOf("sub/bc.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void EvidenceHash_MissingFolder_IsUnreadableFile()
    {
        var run = Cli.Run("evidence", "hash", Path.Combine(_data.Directory, "nowhere"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unreadable-file", run.Error, StringComparison.Ordinal);
    }
}

/// <summary><c>--records</c> on the scoring commands: the JSON and the explanation carry the stage.</summary>
public sealed class RecordsOptionTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Score_WithRecords_CarriesTheStage_InJsonAndExplain()
    {
        string doc = RepositoryFiles.Read("docs/appraisal.md");
        int at = doc.IndexOf("<!-- example: assessments -->", StringComparison.Ordinal);
        int start = doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        string records = _data.Write("records.json", doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)]);
        string framework = _data.Write("fw.json", AppraisalCommandTestsData.Framework);
        string submissions = _data.Write("subs.json", AppraisalCommandTestsData.Submissions);

        var json = Cli.Run("score", "-f", framework, "-s", submissions, "--period", "2025", "--records", records, "--format", "json");
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Contains("\"stage\": \"finalDecision\"", json.Output, StringComparison.Ordinal);

        var explain = Cli.Run("explain", "-f", framework, "-s", submissions, "--period", "2025", "--records", records, "-u", "SNV", "--lang", "en");
        Assert.True(explain.ExitCode == 0, explain.ToString());
        Assert.Contains("Assessment records: 8 (final decision (council), recorded 2026-02-10T00:00:00Z, published)", explain.Output, StringComparison.Ordinal);

        // Without --records: the figures count (10 + 8 = 18).
        var plain = Cli.Run("score", "-f", framework, "-s", submissions, "--period", "2025", "--format", "json");
        Assert.DoesNotContain("\"assessment\"", plain.Output, StringComparison.Ordinal);
    }
}
