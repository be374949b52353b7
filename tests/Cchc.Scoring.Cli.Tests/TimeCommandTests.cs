using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class TimeCommandTests : IDisposable
{
    private const string Revisions = """
        { "unit": "VP", "period": "2024", "indicator": "A1", "recordedAt": "2025-01-10T02:00:00Z", "numerator": 180, "denominator": 200 },
        { "unit": "VP", "period": "2025-Q3", "indicator": "A1", "recordedAt": "2025-10-02T02:00:00Z", "numerator": 40, "denominator": 50 },
        { "unit": "VP", "period": "2025-Q3", "indicator": "A1", "recordedAt": "2025-10-20T02:00:00Z", "numerator": 45, "denominator": 50, "note": "correction" },
        { "unit": "VP", "period": "2025-Q4", "indicator": "A1", "recordedAt": "2026-01-05T02:00:00Z", "numerator": 50, "denominator": 50 },
        { "unit": "VP", "period": "2025", "indicator": "B1", "recordedAt": "2026-01-10T02:00:00Z", "value": 85 },
        { "unit": "VP", "period": "2023", "indicator": "B1", "recordedAt": "2024-01-10T02:00:00Z", "value": 60 },
        { "unit": "VP", "period": "2024", "indicator": "B1", "recordedAt": "2025-01-10T02:00:00Z", "value": 70 }
        """;

    private readonly TestData _data = new();
    private readonly string _framework;
    private readonly string _submissions;

    public TimeCommandTests()
    {
        // The test framework with a deadline of 3 working days after the cut-off.
        _framework = _data.Write("deadline-framework.json", TestData.FrameworkJson.Replace("\"calendar\": \"calendar\",", "\"calendar\": \"calendar\",\n  \"deadline\": { \"workingDays\": 3 },", StringComparison.Ordinal));
        _submissions = _data.Write("revisions.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp, Revisions));
    }

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Run(params string[] args) => Cli.Run([.. args, "--framework", _framework, "--submissions", _submissions]);

    [Fact]
    public void History_lists_revisions_k_of_n_with_deadlines_and_lateness()
    {
        var run = Run("history", "--unit", "VP", "--indicator", "A1", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Period\s+Revision\s+Recorded at\s+Value\s+Due\s+Late\s+Note$"));

        // 2025-Q3 ends Tue 30 Sep 2025: due Fri 3 Oct; the correction of 20 Oct is late, the first revision of 2 Oct is not.
        var q3 = run.OutputLines.Where(l => l.StartsWith("2025-Q3", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, q3.Length);
        Assert.Matches(@"^2025-Q3\s+1/2\s+2025-10-02T02:00:00Z\s+40/50\s+2025-10-03$", q3[0]);
        Assert.Matches(@"^2025-Q3\s+2/2\s+2025-10-20T02:00:00Z\s+45/50\s+2025-10-03\s+yes\s+correction$", q3[1]);
        Assert.Equal(["2024", "2025-Q3", "2025-Q3", "2025-Q4"], run.OutputLines.SkipWhile(l => !l.StartsWith("Period", StringComparison.Ordinal)).Skip(1).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void History_period_and_json()
    {
        var run = Run("history", "-u", "VP", "-i", "A1", "--period", "2025-Q3", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var items = doc.RootElement.GetProperty("submissions").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.All(items, i => Assert.Equal("2025-Q3", i.GetProperty("period").GetString()));
    }

    [Fact]
    public void History_needs_unit_and_indicator_and_knows_the_indicator()
    {
        Assert.Equal(CliApp.UsageError, Run("history", "--unit", "VP").ExitCode);
        var unknown = Run("history", "--unit", "VP", "--indicator", "Z9");
        Assert.Equal(CliApp.InputProblems, unknown.ExitCode);
        Assert.Contains("unknown-indicator", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("(no revisions)", Run("history", "--unit", "XX", "--indicator", "A1", "--lang", "en").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_rolls_quarters_up_and_reports_revisions_and_lateness_in_json()
    {
        var run = Run("score", "--period", "2025", "--format", "json", "--unit", "VP");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var indicators = doc.RootElement.GetProperty("scorecards")[0].GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("indicators").EnumerateArray()).ToArray();
        var a1 = indicators.Single(i => i.GetProperty("code").GetString() == "A1");

        // Q3 (latest: 45/50) and Q4 (50/50) pooled: 95 ÷ 100 × 100 = 95 %; the Q3 correction was late.
        Assert.Equal(95m, a1.GetProperty("value").GetDecimal());
        Assert.Equal("pool", a1.GetProperty("rollUp").GetString());
        Assert.True(a1.GetProperty("late").GetBoolean());
        Assert.Equal(["2025-Q3", "2025-Q4"], a1.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.StartsWith("pool of 2 of 4 quarters", a1.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        var b1 = indicators.Single(i => i.GetProperty("code").GetString() == "B1");
        Assert.Equal(1, b1.GetProperty("revision").GetInt32());
        Assert.Equal(1, b1.GetProperty("revisions").GetInt32());
        Assert.Equal("2026-01-05", b1.GetProperty("deadline").GetString()); // 2025 ends Wed 31 Dec; no holidays declared: Thu 1, Fri 2, Mon 5 Jan
    }

    [Fact]
    public void Score_as_of_reproduces_what_was_known_then()
    {
        // As of 2025-10-10 only the first Q3 revision (40/50) was known: 80 %.
        var run = Run("score", "--period", "2025-Q3", "--as-of", "2025-10-10T00:00:00Z", "--format", "json", "--unit", "VP");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var a1 = doc.RootElement.GetProperty("scorecards")[0].GetProperty("areas")[0].GetProperty("indicators")[0];
        Assert.Equal(80m, a1.GetProperty("value").GetDecimal());
        Assert.Equal(1, a1.GetProperty("revisions").GetInt32());
        Assert.False(a1.TryGetProperty("late", out _));
    }

    [Fact]
    public void Trajectory_table_prints_baseline_milestones_latest_projection_status()
    {
        var run = Run("trajectory", "--unit", "VP", "--indicator", "B1", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());

        // B1 has no baseline in its target: it starts from 2023 = 60; ≥ 80 by 2025-12-31: milestones 2024: 70, 2025: 80.
        // Latest 2025 = 85 ≥ 80 → achieved.
        var row = Assert.Single(run.OutputLines, l => l.TrimStart().StartsWith("B1 ", StringComparison.Ordinal));
        Assert.Matches(@"B1\s+2023: 60\s+2024: 70, 2025: 80\s+2025: 85\s+2025: 85\s+>= 80\s+achieved", row);
        Assert.Contains(run.OutputLines, l => l.StartsWith("Unit VP Department office: achieved 1", StringComparison.Ordinal));
        Assert.DoesNotContain(run.OutputLines, l => l.TrimStart().StartsWith("A1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Trajectory_as_of_and_json_equal_the_library()
    {
        // As of 2025-06-01: B1 has 2023 = 60 and 2024 = 70: slope 10, projection 2025 = 80 → (80 − 60) ÷ (80 − 60) = 1 → on track.
        var run = Run("trajectory", "--unit", "VP", "--as-of", "2025-06-01T00:00:00Z", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var framework = FrameworkJson.Read(File.ReadAllText(_framework)).GetValueOrThrow();
        var submissions = SubmissionJson.Read(File.ReadAllText(_submissions), framework).GetValueOrThrow();
        var report = Trajectories.Compute(framework, submissions, "VP", InstantPattern.ExtendedIso.Parse("2025-06-01T00:00:00Z").Value);
        Assert.Equal(TrajectoryJson.Write([report]), run.Output);
        Assert.Equal(TrajectoryStatus.OnTrack, report.Indicators.Single(t => t.Indicator.Code == "B1").Status);
    }

    [Fact]
    public void Trajectory_vietnamese_words_and_bad_input()
    {
        var vi = Run("trajectory", "--unit", "VP", "-i", "B1");
        Assert.Contains("Đã đạt", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Mốc theo năm", vi.Output, StringComparison.Ordinal);
        Assert.Equal(CliApp.InputProblems, Run("trajectory", "--indicator", "Z9").ExitCode);
        Assert.Equal(CliApp.UsageError, Run("trajectory", "--as-of", "yesterday").ExitCode);
        Assert.Equal(CliApp.UsageError, Run("trajectory", "--format", "csv").ExitCode);
    }

    [Fact]
    public void Trajectory_builtin_sample_every_unit()
    {
        var run = Cli.Run("trajectory", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(9, doc.RootElement.GetProperty("units").GetArrayLength());
    }
}
