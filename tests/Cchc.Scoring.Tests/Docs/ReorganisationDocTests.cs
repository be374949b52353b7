using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>
/// The synthetic 2025 reorganisation of docs/examples/data/reorganisation, scored as docs/reorganisation.md walks
/// through it: every table of scores in the guide is the scorer's result, and the numbers the guide derives by hand are
/// checked here with their arithmetic.
/// </summary>
public sealed class ReorganisationDocTests
{
    private static readonly Framework Plan = FrameworkJson.Read(RepositoryFiles.Read("docs/examples/data/reorganisation/framework.json")).Value!;

    private static SubmissionSet Sample()
    {
        var read = SubmissionJson.Read(RepositoryFiles.Read("docs/examples/data/reorganisation/submissions.json"), Plan);
        Assert.Empty(read.Problems);
        return read.Value!;
    }

    private static readonly string Doc = RepositoryFiles.Read("docs/reorganisation.md");

    /// <summary>The rows of the table after <c>&lt;!-- example: marker --&gt;</c>: unit → points, max, index.</summary>
    private static Dictionary<string, string[]> Table(string marker)
    {
        int at = Doc.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in Doc[at..].Split('\n').Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            rows[cells[0]] = cells[1..];
        }

        return rows;
    }

    private static string N(decimal? value) => value is decimal v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    [Theory]
    [InlineData("2021", "scores 2021")]
    [InlineData("2024", "scores 2024")]
    [InlineData("2025", "scores 2025")]
    public void ScoreTables_AreTheScorersResults(string period, string marker)
    {
        var result = Scorer.Score(Plan, Sample(), new ScoringRequest(ReportingPeriod.Parse(period, Plan.Calendar)));
        var table = Table(marker);
        Assert.Equal(result.Scorecards.Select(c => c.UnitId), table.Keys);
        foreach (var card in result.Scorecards)
        {
            Assert.Equal([N(card.Points), N(card.MaxPoints), N(card.Index)], table[card.UnitId].Take(3));
        }
    }

    [Fact]
    public void Year2025_ListsTheUnitsThatEnded()
    {
        var result = Scorer.Score(Plan, Sample(), new ScoringRequest(ReportingPeriod.Parse("2025", Plan.Calendar)));
        var table = Table("ended 2025");
        Assert.Equal(result.UnitsNotScored.Select(u => u.UnitId), table.Keys);
        Assert.All(result.UnitsNotScored, u => Assert.Equal(u.Describe(), table[u.UnitId][0]));
    }

    [Fact]
    public void HandDerivedNumbers_OfTheGuide()
    {
        var result = Scorer.Score(Plan, Sample(), new ScoringRequest(ReportingPeriod.Parse("2025", Plan.Calendar)));
        IndicatorScore Score(string unit, string code) => result.Find(unit)!.Indicators.Single(i => i.Indicator.Code == code);

        // QLGT's T02: QLKCHT H1 (21 + 22)/(25 + 25) = 43/50, QLVT H1 (18 + 19)/(20 + 20) = 37/40, QLGT H2 (46 + 48)/(50 + 50) = 94/100;
        // pooled (43 + 37 + 94)/(50 + 40 + 100) = 174/190 = 91.58 % ≥ 90: 40 points.
        Assert.Equal(Measurement.Ratio(174, 190), Score("QLGT", "T02").Trace.Figure);
        Assert.Equal(40m, Score("QLGT", "T02").Points);
        Assert.Contains("174 ÷ 190", Doc, StringComparison.Ordinal);

        // SXD-MOI's T10 (a stock): baseline 2021 = SO 6 + SXD 4 = 10, target 10 × 0.9 = 9; 2025 = the last part, its own H2: 8 ≤ 9.
        Assert.Equal(10m, Score("SXD-MOI", "T10").Baseline);
        Assert.Equal(9m, Score("SXD-MOI", "T10").Target);
        Assert.Equal(8m, Score("SXD-MOI", "T10").Value);
        Assert.Equal(30m, Score("SXD-MOI", "T10").Points);

        // TTSH-2's T07: TTSH's H1 18 min over 600 × 0.4 = 240 cases, its own H2 16 min over 300:
        // (18 × 240 + 16 × 300) ÷ 540 = 9120 ÷ 540 = 16.89 min; goalposts (60 − 16.89) ÷ (60 − 15) × 30 = 28.74.
        Assert.Equal(Math.Round(9120m / 540m, 6), Math.Round(Score("TTSH-2", "T07").Value!.Value, 6));
        Assert.Equal(28.74m, Score("TTSH-2", "T07").Points);
        Assert.Contains("TTSH (split into TTSH-1, TTSH-2 on 2025-07-01, share 0.4) 2025-H1: ", Score("TTSH-2", "T07").Explanation, StringComparison.Ordinal);

        // TTSH-1: (18 × 360 + 12 × 400) ÷ 760 = 11280 ÷ 760 = 14.84 ≤ 15: 30 points.
        Assert.Equal(Math.Round(11280m / 760m, 6), Math.Round(Score("TTSH-1", "T07").Value!.Value, 6));
        Assert.Equal(30m, Score("TTSH-1", "T07").Points);
    }

    [Fact]
    public void FinalEvaluation_TrajectoriesRunAcrossTheChange()
    {
        var set = Sample();
        var table = Table("final evaluation");
        foreach (var (unit, code) in new[] { ("QLGT", "T02"), ("SXD-MOI", "T10"), ("TTSH-1", "T07"), ("TTSH-2", "T07") })
        {
            var report = Trajectories.Compute(Plan, set, unit);
            var t = report.Indicators.Single(i => i.Indicator.Code == code);
            string key = unit + " " + code;
            Assert.True(table.ContainsKey(key), key + " is not in the final evaluation table");
            Assert.Equal([N(t.Baseline), N(t.Latest?.Value), t.Status.ToString()], table[key].Take(3));
            Assert.NotEmpty(report.Lineage);
            Assert.Contains("\"lineage\": [", TrajectoryJson.Write([report]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AsOfTheDayBefore_TheOldTree()
    {
        var units = Sample().Units;
        Assert.Equal(["QLKCHT", "QLVT", "SO", "SXD", "TTSH", "VP"], units.AsOf(new NodaTime.LocalDate(2025, 6, 30)).Units.Select(u => u.Id));
        Assert.Equal(["QLGT", "SXD-MOI", "TTSH-1", "TTSH-2", "VP"], units.AsOf(new NodaTime.LocalDate(2025, 12, 31)).Units.Select(u => u.Id));
        Assert.Equal("SXD-MOI", units.AsOf(new NodaTime.LocalDate(2025, 12, 31)).Find("VP")!.ParentId);
    }
}
