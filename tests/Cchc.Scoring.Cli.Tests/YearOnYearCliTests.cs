using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// <c>cchc rank --compare</c> and <c>cchc report --compare --status</c> on the test data. 2025: VP 100.00 (1st),
/// P1 40.10 (2nd). 2024: VP has only A1, 180/200 = 90 % against ≥ 95 % for 40 points: 40 × 90 ÷ 95 = 37.894… → 37.89,
/// with A2 and B1 missing (their 60 points count): index 37.89, 1st; P1 has nothing: 0.00, 2nd.
/// So VP +62.11 (100.00 − 37.89), P1 +40.10, both keep their ranks.
/// </summary>
public sealed class YearOnYearCliTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private Cli.Outcome Run(params string[] args) => Cli.Run([.. args, "--framework", _data.FrameworkPath, "-s", _data.SubmissionsPath, "--period", "2025"]);

    [Fact]
    public void Rank_Compare_ShowsSignedChangesArrowsAndRankChanges()
    {
        var run = Run("rank", "--compare", "2024", "--lang", "en");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Compared with: 2024 (2024-01-01..2024-12-31)", run.OutputLines);
        string vp = run.OutputLines.Single(l => l.Contains(" VP ", StringComparison.Ordinal));
        Assert.Matches(@"100\.00\s+Excellent\s+37\.89\s+\+62\.11 ▲\s+1\s+=$", vp);
        string p1 = run.OutputLines.Single(l => l.Contains(" P1 ", StringComparison.Ordinal));
        Assert.Matches(@"40\.10\s+Weak\s+0\.00\s+\+40\.10 ▲\s+2\s+=$", p1);
    }

    [Fact]
    public void Rank_Compare_Json()
    {
        var run = Run("rank", "--compare", "2024", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal("2024", doc.RootElement.GetProperty("comparedWith").GetString());
        var vp = doc.RootElement.GetProperty("ranks").EnumerateArray().Single(r => r.GetProperty("unit").GetString() == "VP");
        Assert.Equal(37.89m, vp.GetProperty("previousIndex").GetDecimal());
        Assert.Equal(62.11m, vp.GetProperty("change").GetDecimal());
        Assert.Equal(1, vp.GetProperty("previousRank").GetInt32());
        Assert.Equal(0, vp.GetProperty("rankChange").GetInt32());
    }

    [Fact]
    public void Rank_Compare_WithALaterOrBadPeriod_IsAUsageError()
    {
        var later = Run("rank", "--compare", "2026");
        Assert.Equal(2, later.ExitCode);
        Assert.Contains("does not end before", later.Error, StringComparison.Ordinal);
        Assert.Equal(2, Run("rank", "--compare", "last-year").ExitCode);
    }

    [Fact]
    public void Report_CompareAndStatus_AddTheSections()
    {
        string file = Path.Combine(_data.Directory, "report.html");
        var run = Run("report", "--compare", "2024", "--status", "--out", file);
        Assert.True(run.ExitCode == 0, run.ToString());
        string html = File.ReadAllText(file);
        Assert.Contains("id=\"year-on-year\" data-previous-period=\"2024\"", html, StringComparison.Ordinal);
        Assert.Contains("+62,11 ▲", html, StringComparison.Ordinal); // vi-VN: ',' before the decimals
        Assert.Contains("id=\"reporting-status\"", html, StringComparison.Ordinal);

        // Without the options, neither section.
        string plain = Path.Combine(_data.Directory, "plain.html");
        Assert.Equal(0, Run("report", "--out", plain).ExitCode);
        Assert.DoesNotContain("id=\"year-on-year\"", File.ReadAllText(plain), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"reporting-status\"", File.ReadAllText(plain), StringComparison.Ordinal);
    }
}
