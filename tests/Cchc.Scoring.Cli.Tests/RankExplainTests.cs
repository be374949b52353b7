using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class RankExplainTests : IDisposable
{
    private const string UnitsV2 = """
        { "id": "V2", "name": { "vi": "Văn phòng 2", "en": "Second office" }, "kind": "office" }
        """;

    private const string SubmissionsV2 = """
        { "unit": "V2", "period": "2025", "indicator": "A1", "recordedAt": "2026-01-10T02:00:00Z", "numerator": 96, "denominator": 100 },
        { "unit": "V2", "period": "2025", "indicator": "A2", "recordedAt": "2026-01-10T02:00:00Z", "answer": true },
        { "unit": "V2", "period": "2025", "indicator": "B1", "recordedAt": "2026-01-10T02:00:00Z", "value": 80 }
        """;

    private readonly TestData _data = new();
    private readonly string _three;

    public RankExplainTests()
    {
        _three = _data.Write("three.json", TestData.SubmissionsFile("test-fw", TestData.UnitsVp + ",\n" + TestData.UnitsP1 + ",\n" + UnitsV2, TestData.SubmissionsVp + ",\n" + TestData.SubmissionsP1 + ",\n" + SubmissionsV2));
    }

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Run(string command, params string[] extra) =>
        Cli.Run([command, "--framework", _data.FrameworkPath, "--submissions", _three, .. extra]);

    [Fact]
    public void Rank_EqualIndicesShareARank_NextSkips()
    {
        // VP: 98.5 % ≥ 95 → 40, yes → 30, 85 ≥ 80 → 30: 100. V2: 96 % → 40, yes → 30, 80 → 30: 100. P1: 40.10.
        var run = Run("rank", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.OutputLines.SkipWhile(l => !l.StartsWith("Rank", StringComparison.Ordinal)).Skip(1).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("   1  V2 ", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("   1  VP ", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("   3  P1 ", rows[2], StringComparison.Ordinal);
        Assert.Contains("100.00  Excellent", rows[0], StringComparison.Ordinal);
        Assert.Contains("40.10  Weak", rows[2], StringComparison.Ordinal);
        Assert.Matches("^Fingerprint \\(SHA-256\\): [0-9a-f]{64}$", run.OutputLines[2]);
    }

    [Fact]
    public void Rank_GroupByKind_RanksWithinKinds()
    {
        var run = Run("rank", "--group-by", "kind");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Loại đơn vị: Phòng chuyên môn", run.OutputLines); // division
        Assert.Contains("Loại đơn vị: Văn phòng", run.OutputLines); // office
        Assert.Contains(run.OutputLines, l => l.StartsWith("   1  P1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_Json_ListsRanksIndicesClassesAndFingerprints()
    {
        var run = Run("rank", "--format", "json", "--group-by", "kind");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var ranks = doc.RootElement.GetProperty("ranks").EnumerateArray().ToArray();
        Assert.Equal(["P1", "V2", "VP"], ranks.Select(r => r.GetProperty("unit").GetString()));
        Assert.Equal([1, 1, 1], ranks.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal("weak", ranks[0].GetProperty("class").GetString());
        Assert.Equal(40.1m, ranks[0].GetProperty("index").GetDecimal());
        Assert.Equal(64, doc.RootElement.GetProperty("fingerprint").GetString()!.Length);
    }

    [Fact]
    public void Rank_BadGroupBy_IsAUsageError()
    {
        Assert.Equal(2, Run("rank", "--group-by", "parent").ExitCode);
    }

    [Fact]
    public void Explain_OneIndicator_InEnglishAndVietnamese()
    {
        // P1 A1: 2 ÷ 3 × 100 = 66.67 %; 66.666… × 40 ÷ 95 = 28.070175… → 28.07.
        var en = Run("explain", "--unit", "P1", "--indicator", "A1", "--lang", "en");
        Assert.True(en.ExitCode == 0, en.ToString());
        Assert.Contains("A1 Share of dossiers on time — unit P1, period 2025", en.OutputLines);
        Assert.Contains("Submission: P1 2025 A1 = 2/3, recorded 2026-01-11T02:00:00Z, revision 1 of 1", en.OutputLines);
        Assert.Contains("Calculation: 66.666667… < 95 → 66.666667… × 40 ÷ 95 = 28.070175…", en.OutputLines);
        Assert.Contains("Points: 28.07 of 40", en.OutputLines);
        Assert.DoesNotContain(en.OutputLines, l => l.StartsWith("A2 ", StringComparison.Ordinal));

        var vi = Run("explain", "--unit", "P1", "--indicator", "A1");
        Assert.Contains("Số liệu: P1 2025 A1 = 2/3, ghi nhận 2026-01-11T02:00:00Z, lần 1/1", vi.OutputLines);
        Assert.Contains("Điểm: 28,07/40", vi.OutputLines);
    }

    [Fact]
    public void Explain_WholeUnit_EndsWithWhereToImprove()
    {
        // P1: A2 "no" leaves 30 points, A1 leaves 40 − 28.07 = 11.93; B1 does not apply.
        var run = Run("explain", "--unit", "P1", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        var tail = run.OutputLines.SkipWhile(l => !l.StartsWith("Where to improve", StringComparison.Ordinal)).ToArray();
        Assert.StartsWith("  A2 ", tail[2], StringComparison.Ordinal);
        Assert.StartsWith("  A1 ", tail[3], StringComparison.Ordinal);
        Assert.Contains("11.93", tail[3], StringComparison.Ordinal);
        Assert.Contains(">= 95", tail[3], StringComparison.Ordinal);
        Assert.Contains("+1", tail[3], StringComparison.Ordinal); // 95 % of 3 = 2.85 → 3 qualifying, 2 now: 1 more
        Assert.Equal(4, tail.Length);
    }

    [Fact]
    public void Explain_UnknownUnitOrIndicator_ExitOne()
    {
        var unit = Run("explain", "--unit", "NOPE");
        Assert.Equal(1, unit.ExitCode);
        Assert.Contains("unknown-unit", unit.Error, StringComparison.Ordinal);
        var indicator = Run("explain", "--unit", "VP", "--indicator", "Z9");
        Assert.Equal(1, indicator.ExitCode);
        Assert.Contains("unknown-indicator", indicator.Error, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("explain").ExitCode);
    }

    [Fact]
    public void Score_Json_CarriesTracesAndFingerprints()
    {
        var run = Run("score", "--format", "json", "--unit", "VP");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        var card = doc.RootElement.GetProperty("scorecards")[0];
        Assert.Equal(64, card.GetProperty("fingerprint").GetString()!.Length);
        var trace = card.GetProperty("areas")[0].GetProperty("indicators")[0].GetProperty("trace");
        Assert.Equal("scored", trace.GetProperty("outcome").GetString());
        Assert.Equal("197 ÷ 200 × 100 = 98.5 %", trace.GetProperty("value").GetString());
        Assert.Equal("proportional", trace.GetProperty("rule").GetProperty("kind").GetString());
        Assert.Equal(1, trace.GetProperty("sources")[0].GetProperty("revision").GetInt32());
    }

    [Fact]
    public void BuiltIn_RollUp_DepartmentRanksAsARollUp()
    {
        var score = Cli.Run("score", "--roll-up", "--unit", "SO", "--format", "json");
        Assert.True(score.ExitCode == 0, score.ToString());
        using var doc = JsonDocument.Parse(score.Output);
        Assert.True(doc.RootElement.GetProperty("rollUpUnits").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("scorecards")[0].GetProperty("rollUp").GetBoolean());

        var rank = Cli.Run("rank", "--roll-up", "--group-by", "kind", "--lang", "en");
        Assert.True(rank.ExitCode == 0, rank.ToString());
        Assert.Contains(rank.OutputLines, l => l.Contains(" SO* ", StringComparison.Ordinal));
        Assert.Contains("* rolled up from its units", rank.OutputLines);
    }
}
