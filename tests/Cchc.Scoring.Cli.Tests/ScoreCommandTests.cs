using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Score(params string[] extra) =>
        Cli.Run(["score", "--framework", _data.FrameworkPath, "--submissions", _data.SubmissionsPath, .. extra]);

    [Fact]
    public void Table_lists_every_unit_with_points_index_and_class()
    {
        var run = Score();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        var p1 = Assert.Single(run.OutputLines, l => l.StartsWith("P1 ", StringComparison.Ordinal));
        var vp = Assert.Single(run.OutputLines, l => l.StartsWith("VP ", StringComparison.Ordinal));
        Assert.Contains("Văn phòng Sở", vp, StringComparison.Ordinal);
        Assert.Contains("100.00", vp, StringComparison.Ordinal);
        Assert.Contains("Xuất sắc", vp, StringComparison.Ordinal);
        Assert.Contains("28.07", p1, StringComparison.Ordinal);
        Assert.Contains("40.10", p1, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, l => l.Contains("2025 (2025-01-01..2025-12-31)", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_period_is_the_latest_year_with_submissions_and_period_option_chooses_another()
    {
        var latest = Score("--format", "json");
        var earlier = Score("--format", "json", "--period", "2024");

        Assert.Equal("2025", JsonDocument.Parse(latest.Output).RootElement.GetProperty("period").GetString());
        Assert.Equal("2024", JsonDocument.Parse(earlier.Output).RootElement.GetProperty("period").GetString());
    }

    [Fact]
    public void Json_is_exactly_what_the_library_writes()
    {
        var run = Score("--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var parsed = JsonDocument.Parse(run.Output);
        var framework = FrameworkJson.Read(TestData.FrameworkJson).GetValueOrThrow();
        var submissions = SubmissionJson.Read(File.ReadAllText(_data.SubmissionsPath), framework).GetValueOrThrow();
        var result = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.ForYear(2025, framework.Calendar)));
        Assert.Equal(ScorecardJson.Write(result), run.Output);
    }

    [Fact]
    public void Json_honours_as_of_and_units()
    {
        var run = Score("--format", "json", "--as-of", "2026-01-10T12:00:00Z", "--unit", "P1", "--unit", "VP", "--period", "2025");

        Assert.True(run.ExitCode == 0, run.ToString());
        var framework = FrameworkJson.Read(TestData.FrameworkJson).GetValueOrThrow();
        var submissions = SubmissionJson.Read(File.ReadAllText(_data.SubmissionsPath), framework).GetValueOrThrow();
        var request = new ScoringRequest(ReportingPeriod.ForYear(2025), InstantPattern.ExtendedIso.Parse("2026-01-10T12:00:00Z").Value, ["VP", "P1"]);
        Assert.Equal(ScorecardJson.Write(Scorer.Score(framework, submissions, request)), run.Output);
    }

    [Fact]
    public void Csv_has_a_header_and_one_quoted_row_per_unit_and_indicator()
    {
        var run = Score("--format", "csv", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\r\n", run.Output, StringComparison.Ordinal);
        var records = Csv.Parse(run.Output);
        Assert.Equal(["Unit", "Unit name", "Area", "Indicator", "Indicator name", "Status", "Value", "Target", "Points", "Max points", "Index", "Class", "Partial data"], records[0]);
        Assert.Equal(1 + (2 * 3), records.Count);
        Assert.All(records, r => Assert.Equal(13, r.Count));
        Assert.All(records.Skip(1), r => Assert.Equal(string.Empty, r[12])); // every figure covers its whole period
        Assert.Equal(["P1", "A1", "P1", "A2", "P1", "B1", "VP", "A1", "VP", "A2", "VP", "B1"], records.Skip(1).SelectMany(r => new[] { r[0], r[3] }));
        var p1a1 = records[1];
        Assert.Equal("Transport division, \"vehicles\"", p1a1[1]);
        Assert.Equal("not met", p1a1[5]);
        Assert.Equal("66.67", p1a1[6]); // 2 ÷ 3 × 100 = 66.666…, rounded to the framework's 2 digits (--exact writes every digit)
        Assert.Equal("95", p1a1[7]);
        Assert.Equal("28.07", p1a1[8]);
        Assert.Equal("40", p1a1[9]);
        Assert.Equal("not applicable", records[3][5]);
        Assert.Equal("Excellent", records[4][11]);
    }

    [Fact]
    public void Lang_chooses_headers_names_and_status_words()
    {
        var vi = Score("--detail");
        var en = Score("--detail", "--lang", "en");

        Assert.True(vi.ExitCode == 0, vi.ToString());
        Assert.True(en.ExitCode == 0, en.ToString());
        string viHeader = vi.OutputLines.First(l => l.StartsWith("Đơn vị", StringComparison.Ordinal));
        string enHeader = en.OutputLines.First(l => l.StartsWith("Unit", StringComparison.Ordinal));
        Assert.NotEqual(viHeader, enHeader);
        Assert.Contains("Xếp loại", viHeader, StringComparison.Ordinal);
        Assert.Contains("Class", enHeader, StringComparison.Ordinal);
        Assert.Contains("Department office", en.Output, StringComparison.Ordinal);
        Assert.Contains("Không đạt", vi.Output, StringComparison.Ordinal);
        Assert.Contains("not met", en.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng Sở", en.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_prints_each_indicator_with_its_explanation()
    {
        var run = Score("--detail", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.OutputLines, l => l.Contains("A1", StringComparison.Ordinal) && l.Contains("66.67", StringComparison.Ordinal) && l.Contains(">= 95", StringComparison.Ordinal) && l.Contains("28.07/40", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains("Value: 197 ÷ 200 × 100 = 98.5 %", StringComparison.Ordinal));
    }

    [Fact]
    public void One_unit_prints_its_details_and_no_other_unit()
    {
        var run = Score("--unit", "VP", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.OutputLines, l => l.StartsWith("P1", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains("85 ≥ 80 → 30", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_detail_the_table_is_a_summary()
    {
        var run = Score("--lang", "en");

        Assert.DoesNotContain("threshold", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_before_every_submission_gives_no_data()
    {
        var run = Score("--format", "csv", "--lang", "en", "--as-of", "2020-01-01T00:00:00Z", "--period", "2025");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Csv.Parse(run.Output).Skip(1).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal("no data", r[5]));
        Assert.All(rows, r => Assert.Equal("0", r[8]));
    }

    [Fact]
    public void An_unknown_unit_is_an_error_and_nothing_is_scored()
    {
        var run = Score("--unit", "XX", "--unit", "VP");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("error unknown-unit", StringComparison.Ordinal) && l.Contains("'XX'", StringComparison.Ordinal));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_broken_framework_file_exits_1_with_a_located_problem_and_no_scorecards()
    {
        string broken = _data.Write("broken.json", TestData.FrameworkJson.Replace("\"points\": 40", "\"points\": 41", StringComparison.Ordinal));

        var run = Cli.Run("score", "--framework", broken, "--submissions", _data.SubmissionsPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(broken + ": $.totalPoints: error points-total-mismatch: ", run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void Invalid_json_exits_1_with_its_line()
    {
        string broken = _data.Write("broken.json", "{\n  \"id\": \"x\",\n  oops\n}");

        var run = Cli.Run("score", "--framework", broken, "--submissions", _data.SubmissionsPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(broken + ":3", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid-json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_submissions_exit_1_with_every_problem()
    {
        string bad = _data.Write("bad.json", TestData.SubmissionsFile(
            "test-fw",
            TestData.UnitsVp,
            """
            { "unit": "VP", "period": "2025", "indicator": "A1", "recordedAt": "2026-01-10T02:00:00Z", "numerator": 201, "denominator": 200 },
            { "unit": "VP", "period": "2025-Q5", "indicator": "A2", "recordedAt": "2026-01-10T02:00:00Z", "answer": true }
            """));

        var run = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(bad + ": $.submissions[0].numerator: error numerator-exceeds-denominator: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(bad + ": $.submissions[1].period: error invalid-period: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_while_reading_are_printed_and_scoring_goes_on()
    {
        string other = _data.Write("other.json", TestData.SubmissionsFile("another-framework", TestData.UnitsVp, TestData.SubmissionsVp));

        var run = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", other);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(other + ": $.framework: warning invalid-value: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, l => l.StartsWith("VP ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_directory_of_submissions_files_is_merged()
    {
        _data.Write("parts/vp.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp));
        _data.Write("parts/p1.json", TestData.SubmissionsFile("test-fw", TestData.UnitsP1, TestData.SubmissionsP1));
        _data.Write("parts/readme.txt", "not read");

        var merged = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", Path.Combine(_data.Directory, "parts"), "--format", "json");
        var whole = Score("--format", "json");

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Equal(whole.Output, merged.Output);
    }

    [Fact]
    public void A_unit_declared_differently_in_two_files_is_an_error()
    {
        _data.Write("parts/a.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp));
        string b = _data.Write("parts/b.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp.Replace("Văn phòng Sở", "Văn phòng", StringComparison.Ordinal), "{ \"unit\": \"VP\", \"period\": \"2023\", \"indicator\": \"A2\", \"recordedAt\": \"2024-01-10T02:00:00Z\", \"answer\": true }"));

        var run = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", Path.Combine(_data.Directory, "parts"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(b + ": $.units: error duplicate: Unit 'VP'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_unit_declared_alike_in_two_files_is_fine_but_clashing_revisions_are_not()
    {
        _data.Write("parts/a.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, TestData.SubmissionsVp));
        string b = _data.Write("parts/b.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, "{ \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"B1\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"value\": 50 }"));

        var run = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", Path.Combine(_data.Directory, "parts"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(b + ": $.submissions: error duplicate: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "2025-Q5")]
    [InlineData("--period", "last year")]
    [InlineData("--as-of", "20/10/2024")] // A date alone (2024-10-20) is accepted since dates mean the end of that day.
    [InlineData("--format", "xml")]
    [InlineData("--lang", "fr")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_2_without_output(params string[] extra)
    {
        var run = Score(extra);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.NotEqual(string.Empty, run.Error);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void Every_period_form_is_accepted()
    {
        foreach (string period in new[] { "2025", "2025-H1", "2025-Q3", "2025-07", "2025-01-01..2025-03-31" })
        {
            var run = Score("--period", period, "--format", "json");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(period, JsonDocument.Parse(run.Output).RootElement.GetProperty("period").GetString());
        }
    }

    [Theory]
    [InlineData("--framework")]
    [InlineData("--submissions")]
    public void A_missing_file_exits_1_with_one_line_and_no_stack_trace(string option)
    {
        string missing = Path.Combine(_data.Directory, "missing.json");
        var run = option == "--framework"
            ? Cli.Run("score", "--framework", missing, "--submissions", _data.SubmissionsPath)
            : Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(missing + ": error unreadable-file: ", line, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void A_directory_given_as_framework_is_one_line()
    {
        var run = Cli.Run("score", "--framework", _data.Directory, "--submissions", _data.SubmissionsPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void An_unknown_framework_id_exits_1()
    {
        var run = Cli.Run("score", "--framework", "no-such-framework");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown-framework", run.Error, StringComparison.Ordinal);
    }
}
