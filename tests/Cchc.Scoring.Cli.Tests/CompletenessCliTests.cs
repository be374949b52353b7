using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>An index on partial data (3 of 4 quarters) is marked in the <c>score</c> and <c>rank</c> tables and in JSON, not only in the trace.</summary>
public sealed class CompletenessCliTests : IDisposable
{
    // VP reports A1 for three quarters only (9 of 12 months); P1 reports the whole year.
    private const string Submissions = """
        { "unit": "VP", "period": "2025-Q1", "indicator": "A1", "recordedAt": "2025-04-02T02:00:00Z", "numerator": 10, "denominator": 10 },
        { "unit": "VP", "period": "2025-Q2", "indicator": "A1", "recordedAt": "2025-07-02T02:00:00Z", "numerator": 10, "denominator": 10 },
        { "unit": "VP", "period": "2025-Q3", "indicator": "A1", "recordedAt": "2025-10-02T02:00:00Z", "numerator": 10, "denominator": 10 },
        { "unit": "VP", "period": "2025", "indicator": "A2", "recordedAt": "2026-01-10T02:00:00Z", "answer": true },
        { "unit": "VP", "period": "2025", "indicator": "B1", "recordedAt": "2026-01-10T02:00:00Z", "value": 85 },
        { "unit": "P1", "period": "2025", "indicator": "A1", "recordedAt": "2026-01-11T02:00:00Z", "numerator": 2, "denominator": 3 },
        { "unit": "P1", "period": "2025", "indicator": "A2", "recordedAt": "2026-01-11T02:00:00Z", "answer": false },
        { "unit": "P1", "period": "2025", "indicator": "B1", "recordedAt": "2026-01-11T02:00:00Z", "applicable": false }
        """;

    private readonly TestData _data = new();
    private readonly string _file;

    public CompletenessCliTests() =>
        _file = _data.Write("partial.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp + ",\n" + TestData.UnitsP1, Submissions));

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Run(params string[] args) => Cli.Run([.. args, "--framework", _data.FrameworkPath, "-s", _file, "--period", "2025", "--lang", "en"]);

    [Fact]
    public void Score_MarksThePartialIndex_WithAFootnote()
    {
        // VP: 30/30 = 100 % ≥ 95 → 40, yes → 30, 85 ≥ 80 → 30: 100, on 9 months of A1.
        var run = Run("score");
        Assert.True(run.ExitCode == 0, run.ToString());
        string vp = run.OutputLines.Single(l => l.StartsWith("VP ", StringComparison.Ordinal));
        Assert.Contains("~100.00", vp, StringComparison.Ordinal);
        string p1 = run.OutputLines.Single(l => l.StartsWith("P1 ", StringComparison.Ordinal));
        Assert.DoesNotContain("~", p1, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, l => l.StartsWith("~ index on partial data", StringComparison.Ordinal));
    }

    [Fact]
    public void ScoreCsv_MarksTheIndicatorOnPartialData()
    {
        // VP's A1 rests on 9 of 12 months: its record says so in the last column; every other record is empty there.
        var run = Run("score", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var records = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToArray();
        Assert.Equal("Partial data", records[0][^1]);
        Assert.Equal(["VP/A1"], records.Skip(1).Where(r => r[^1] == "yes").Select(r => r[0] + "/" + r[3]));
        Assert.Equal(5, records.Skip(1).Count(r => r[^1].Length == 0));

        var vi = Cli.Run("score", "--framework", _data.FrameworkPath, "-s", _file, "--period", "2025", "--format", "csv");
        Assert.Contains(",Số liệu một phần\r\n", vi.Output, StringComparison.Ordinal);
        Assert.Contains(",có\r\n", vi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_MarksThePartialIndex_TableAndJson()
    {
        var run = Run("rank");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.OutputLines, l => l.Contains(" VP ", StringComparison.Ordinal) && l.Contains("~100.00", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("~ index on partial data", StringComparison.Ordinal));

        var json = Run("rank", "--format", "json");
        using var doc = JsonDocument.Parse(json.Output);
        var ranks = doc.RootElement.GetProperty("ranks").EnumerateArray().ToArray();
        Assert.True(ranks.Single(r => r.GetProperty("unit").GetString() == "VP").GetProperty("partial").GetBoolean());
        Assert.False(ranks.Single(r => r.GetProperty("unit").GetString() == "P1").TryGetProperty("partial", out _));
    }

    [Fact]
    public void ScoreJson_SaysSoOnTheCard()
    {
        var run = Run("score", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var vp = doc.RootElement.GetProperty("scorecards").EnumerateArray().Single(c => c.GetProperty("unit").GetString() == "VP");
        Assert.True(vp.GetProperty("partial").GetBoolean());
        Assert.Equal(1, vp.GetProperty("coverage").GetProperty("partial").GetInt32());
    }
}
